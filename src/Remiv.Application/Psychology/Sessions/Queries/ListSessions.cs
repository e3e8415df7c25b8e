using FluentValidation;
using Mediator;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Security;

namespace Remiv.Application.Psychology.Sessions.Queries;

public sealed record SessionList(IReadOnlyList<SessionItem> Items, bool Truncated);

/// <summary>
/// The sessions one may see that meet the period [From, To), earliest first, cancelled ones included; optionally of one
/// psychologist, room or young person. Each list read is written to the audit log (one line, with the young person when
/// the list is theirs).
/// </summary>
[RequiresPermission(Permission.ViewSessions)]
public sealed record ListSessions(DateTimeOffset From, DateTimeOffset To, Guid? PsychologistId = null, Guid? RoomId = null, Guid? YouthId = null)
    : IQuery<SessionList>;

public sealed class ListSessionsValidator : AbstractValidator<ListSessions>
{
    public ListSessionsValidator()
    {
        RuleFor(q => q.To).GreaterThan(q => q.From).WithMessage("La fin de la période doit venir après son début.");
        RuleFor(q => q.To).Must((q, to) => to - q.From <= TimeSpan.FromDays(366)).WithMessage("Choisissez une période d'un an au plus.");
    }
}

public sealed class ListSessionsHandler(IApplicationDbContext db, IIdentityService identity, YouthAccess access, ICurrentUser user, IAuditLog audit)
    : IQueryHandler<ListSessions, SessionList>
{
    private readonly SessionRules rules = new(db, access, user, identity);

    public const int MaxItems = 1000;

    public async ValueTask<SessionList> Handle(ListSessions query, CancellationToken cancellationToken)
    {
        var (from, to) = (query.From.ToUniversalTime(), query.To.ToUniversalTime());
        var sessions = rules.VisibleSessions().Where(s => s.Start < to && from < s.End);
        if (query.PsychologistId is { } psychologist)
        {
            sessions = sessions.Where(s => s.PsychologistId == psychologist);
        }

        if (query.RoomId is { } room)
        {
            sessions = sessions.Where(s => s.RoomId == room);
        }

        if (query.YouthId is { } youth)
        {
            sessions = sessions.Where(s => s.YouthId == youth);
        }

        var items = await SessionViews.ItemsAsync(db, identity, sessions, MaxItems + 1, cancellationToken);
        audit.Record("psychology.sessions-listed", query.YouthId is null ? "Session" : "Youth", query.YouthId?.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return new SessionList([.. items.Take(MaxItems)], items.Count > MaxItems);
    }
}
