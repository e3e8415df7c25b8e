using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Security;

namespace Remiv.Application.Workshops.Queries;

/// <summary>The sessions held or planned from <see cref="From"/> to <see cref="To"/> (both days included, a year at most), earliest first, of one kind if asked.</summary>
[RequiresPermission(Permission.ViewWorkshops)]
public sealed record ListWorkshopSessions(DateOnly From, DateOnly To, Guid? KindId = null) : IQuery<IReadOnlyList<WorkshopSessionItem>>;

public sealed class ListWorkshopSessionsValidator : AbstractValidator<ListWorkshopSessions>
{
    /// <summary>The days a workshop can be looked for on: beyond them a date is a typing error.</summary>
    public static readonly DateOnly Earliest = new(1900, 1, 1);

    public static readonly DateOnly Latest = new(2199, 12, 31);

    public ListWorkshopSessionsValidator()
    {
        RuleFor(q => q.From).InclusiveBetween(Earliest, Latest).WithMessage("Saisissez une date valide (jj/mm/aaaa).");
        RuleFor(q => q.To).InclusiveBetween(Earliest, Latest).WithMessage("Saisissez une date valide (jj/mm/aaaa).");
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).WithMessage("La période se termine avant de commencer : la fin doit venir après le début.");
        RuleFor(q => q.To).Must((q, to) => to.DayNumber - q.From.DayNumber <= 366).When(q => q.To >= q.From)
            .WithMessage("Choisissez une période d'un an au plus.");
    }
}

public sealed class ListWorkshopSessionsHandler(IApplicationDbContext db, IIdentityService identity)
    : IQueryHandler<ListWorkshopSessions, IReadOnlyList<WorkshopSessionItem>>
{
    public async ValueTask<IReadOnlyList<WorkshopSessionItem>> Handle(ListWorkshopSessions query, CancellationToken cancellationToken)
    {
        if (query.KindId is { } kindId && !await db.WorkshopKinds.AnyAsync(k => k.Id == kindId, cancellationToken))
        {
            throw new RequestValidationException(nameof(query.KindId), "Ce type d'atelier n'existe pas : choisissez-en un dans la liste.");
        }

        var sessions = db.WorkshopSessions.Where(s => s.Date >= query.From && s.Date <= query.To);
        if (query.KindId is { } kind)
        {
            sessions = sessions.Where(s => s.KindId == kind);
        }

        return await WorkshopViews.ItemsAsync(db, identity, sessions, cancellationToken);
    }
}
