using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Domain.Workshops;
using Remiv.Domain.Youths;

namespace Remiv.Application.Workshops;

/// <summary>What a workshop kind says, as a form or an API call sends it.</summary>
public interface IWorkshopKindFields
{
    string Name { get; }

    Track Track { get; }
}

/// <summary>Rules shared by adding and changing a kind; the domain refuses the psychological track.</summary>
public sealed class WorkshopKindFieldRules : AbstractValidator<IWorkshopKindFields>
{
    public WorkshopKindFieldRules()
    {
        RuleFor(k => k.Name).NotEmpty().WithMessage("Donnez un nom à ce type d'atelier (par exemple : Cours de français).")
            .Must(name => name is null || name.Trim().Length <= WorkshopKind.NameMaxLength).WithMessage("Le nom est trop long (80 caractères au plus).");
        RuleFor(k => k.Track).IsInEnum().WithMessage("Choisissez le volet dans la liste.");
    }

    /// <summary>
    /// Refuses a name another kind already has (retired kinds included), whatever the case; the unique index stays the
    /// last guard against a race.
    /// </summary>
    public static async Task EnsureNameFreeAsync(IApplicationDbContext db, string name, Guid? exceptKindId, CancellationToken cancellationToken)
    {
        var wanted = name.Trim();
        var except = exceptKindId ?? Guid.Empty;
        var names = await db.WorkshopKinds.AsNoTracking().Where(k => k.Id != except).Select(k => k.Name).ToListAsync(cancellationToken);
        if (names.Any(n => string.Equals(n, wanted, StringComparison.OrdinalIgnoreCase)))
        {
            throw new RequestValidationException(nameof(IWorkshopKindFields.Name), "Un type d'atelier porte déjà ce nom : choisissez-en un autre, ou réactivez l'ancien s'il est retiré.");
        }
    }
}

/// <summary>What a session says, as a form or an API call sends it (Paris wall clock).</summary>
#pragma warning disable CA1716 // Date and End are the domain's names: a refusal lands beside the field of that name.
public interface IWorkshopSessionFields
{
    Guid KindId { get; }

    string? Title { get; }

    DateOnly Date { get; }

    TimeOnly Start { get; }

    TimeOnly End { get; }

    string? Place { get; }

    Guid? FacilitatorUserId { get; }

    Guid? FacilitatorPartnerId { get; }

    string? FacilitatorName { get; }
}
#pragma warning restore CA1716

/// <summary>Rules shared by planning and changing a session; the domain keeps the last word on each.</summary>
public sealed class WorkshopSessionFieldRules : AbstractValidator<IWorkshopSessionFields>
{
    public WorkshopSessionFieldRules()
    {
        RuleFor(s => s.KindId).NotEmpty().WithMessage("Choisissez le type d'atelier dans la liste.");
        RuleFor(s => s.Date).NotEmpty().WithMessage("Indiquez le jour de la séance (jj/mm/aaaa).");
        RuleFor(s => s.End).GreaterThan(s => s.Start).WithMessage("L'heure de fin doit venir après l'heure de début.");
        RuleFor(s => s.Place).NotEmpty().WithMessage("Indiquez le lieu (par exemple : Salle polyvalente de la M3Q).")
            .Must(place => place is null || place.Trim().Length <= WorkshopSession.PlaceMaxLength).WithMessage("Le lieu est trop long (120 caractères au plus).");
        RuleFor(s => s.Title).Must(title => title is null || title.Trim().Length <= WorkshopSession.TitleMaxLength)
            .WithMessage("Le thème est trop long (120 caractères au plus).");
        RuleFor(s => s.FacilitatorName).Must(name => name is null || name.Trim().Length <= WorkshopSession.FacilitatorNameMaxLength)
            .WithMessage("Le nom de l'intervenant est trop long (100 caractères au plus).");
        RuleFor(s => s.FacilitatorUserId).Must((s, user) => (user is null) != (s.FacilitatorPartnerId is null))
            .WithMessage("Indiquez qui anime la séance : un membre de l'équipe ou un partenaire.");
    }

    /// <summary>
    /// The kind must exist and still be offered (a session keeping its retired kind may stay so); the facilitator must be
    /// an active member of staff or an active partner (a session keeping its withdrawn partner may stay so).
    /// </summary>
    public static async Task CheckReferencesAsync(
        IApplicationDbContext db, IIdentityService identity, IWorkshopSessionFields fields, WorkshopSession? current, CancellationToken cancellationToken)
    {
        var kind = await db.WorkshopKinds.AsNoTracking().FirstOrDefaultAsync(k => k.Id == fields.KindId, cancellationToken);
        if (kind is null)
        {
            throw new RequestValidationException(nameof(IWorkshopSessionFields.KindId), "Ce type d'atelier n'existe pas : choisissez-en un dans la liste.");
        }

        if (!kind.IsActive && current?.KindId != kind.Id)
        {
            throw new RequestValidationException(nameof(IWorkshopSessionFields.KindId), "Ce type d'atelier n'est plus proposé : choisissez-en un autre dans la liste.");
        }

        if (fields.FacilitatorUserId is { } userId && current?.FacilitatorUserId != userId)
        {
            var staff = await identity.ListStaffAsync(cancellationToken);
            if (staff.All(s => s.Id != userId))
            {
                throw new RequestValidationException(nameof(IWorkshopSessionFields.FacilitatorUserId), "Ce membre de l'équipe est introuvable : choisissez l'animateur dans la liste.");
            }
        }

        if (fields.FacilitatorPartnerId is { } partnerId && current?.FacilitatorPartnerId != partnerId
            && !await db.Partners.AsNoTracking().AnyAsync(p => p.Id == partnerId && p.IsActive, cancellationToken))
        {
            throw new RequestValidationException(nameof(IWorkshopSessionFields.FacilitatorPartnerId), "Ce partenaire est introuvable ou ne travaille plus avec le pôle : choisissez-en un dans la liste.");
        }
    }

    public static WorkshopDetails Details(IWorkshopSessionFields fields) =>
        new(fields.Title, fields.Date, fields.Start, fields.End, fields.Place, fields.FacilitatorUserId, fields.FacilitatorPartnerId, fields.FacilitatorName);
}
