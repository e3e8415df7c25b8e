using Remiv.Domain.Common;
using Remiv.Domain.Youths;

namespace Remiv.Domain.Workshops;

/// <summary>
/// One workshop held on a day, at a place, led by a member of staff or by a partner, with the young people present.
/// Attendance is taken once the session has begun (the same day or later) and never adds a young person whose file is archived.
/// </summary>
public sealed class WorkshopSession
{
    public const int TitleMaxLength = 120;
    public const int PlaceMaxLength = 120;
    public const int FacilitatorNameMaxLength = 100;
    public const int MaxAttendees = 200;

    private readonly List<WorkshopAttendance> _attendance = [];

    private WorkshopSession()
    {
        Place = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid KindId { get; private set; }

    /// <summary>An optional theme of the day ("Le passé composé", "Visite du musée Sainte-Croix").</summary>
    public string? Title { get; private set; }

    public DateOnly Date { get; private set; }

    /// <summary>Paris wall-clock time.</summary>
    public TimeOnly Start { get; private set; }

    public TimeOnly End { get; private set; }

    public string Place { get; private set; }

    /// <summary>The member of staff leading the session, or null when a partner leads it.</summary>
    public Guid? FacilitatorUserId { get; private set; }

    /// <summary>The partner leading the session, or null when a member of staff leads it.</summary>
    public Guid? FacilitatorPartnerId { get; private set; }

    /// <summary>The name of the partner's facilitator, when known.</summary>
    public string? FacilitatorName { get; private set; }

    public Guid CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<WorkshopAttendance> Attendance => _attendance;

    public static WorkshopSession Plan(Guid kindId, WorkshopDetails details, Guid createdBy, DateOnly today, DateTimeOffset now)
    {
        var session = new WorkshopSession { Id = Guid.NewGuid(), KindId = kindId, CreatedBy = createdBy, CreatedAt = now };
        session.Apply(details, today);
        return session;
    }

    public void Update(Guid kindId, WorkshopDetails details, DateOnly today)
    {
        if (_attendance.Count > 0 && details.Date > today)
        {
            throw new DomainRuleException(nameof(Date), "La présence a déjà été relevée : la séance ne peut pas être déplacée dans le futur.");
        }

        KindId = kindId;
        Apply(details, today);
        Version++;
    }

    /// <summary>
    /// Sets who was present, as ticked on the sheet. Young people already recorded stay unless unticked; a young person
    /// whose file is archived cannot be added.
    /// </summary>
    public void RecordAttendance(IReadOnlyCollection<Youth> present, Guid recordedBy, DateOnly today, DateTimeOffset now)
    {
        if (Date > today)
        {
            throw new DomainRuleException(nameof(Attendance), "La présence se relève le jour de l'atelier ou après : cette séance n'a pas encore eu lieu.");
        }

        var wanted = present.DistinctBy(y => y.Id).ToList();
        if (wanted.Count > MaxAttendees)
        {
            throw new DomainRuleException(nameof(Attendance), $"Une séance compte au plus {MaxAttendees} présents.");
        }

        var added = wanted.Where(y => _attendance.All(a => a.YouthId != y.Id)).ToList();
        if (added.Any(y => y.IsArchived))
        {
            throw new DomainRuleException(
                nameof(Attendance), "Un des jeunes cochés a un dossier archivé : sa présence ne peut plus être relevée. Décochez son nom.");
        }

        _attendance.RemoveAll(a => wanted.All(y => y.Id != a.YouthId));
        _attendance.AddRange(added.Select(y => new WorkshopAttendance(y.Id, recordedBy, now)));
        Version++;
    }

    private void Apply(WorkshopDetails details, DateOnly today)
    {
        if (details.Date < today.AddYears(-5) || details.Date > today.AddYears(2))
        {
            throw new DomainRuleException(nameof(Date), "Choisissez une date entre il y a cinq ans et dans deux ans.");
        }

        if (details.End <= details.Start)
        {
            throw new DomainRuleException(nameof(End), "L'heure de fin doit venir après l'heure de début.");
        }

        if ((details.FacilitatorUserId is null) == (details.FacilitatorPartnerId is null))
        {
            throw new DomainRuleException(nameof(FacilitatorUserId), "Indiquez qui anime la séance : un membre de l'équipe ou un partenaire.");
        }

        Title = DomainText.Optional(details.Title, nameof(Title), TitleMaxLength);
        Place = DomainText.Required(details.Place, nameof(Place), PlaceMaxLength, "Indiquez le lieu (par exemple : Salle polyvalente de la M3Q).");
        FacilitatorName = details.FacilitatorPartnerId is null
            ? null
            : DomainText.Optional(details.FacilitatorName, nameof(FacilitatorName), FacilitatorNameMaxLength);
        (Date, Start, End, FacilitatorUserId, FacilitatorPartnerId) =
            (details.Date, details.Start, details.End, details.FacilitatorUserId, details.FacilitatorPartnerId);
    }
}

public sealed record WorkshopDetails(
    string? Title, DateOnly Date, TimeOnly Start, TimeOnly End, string? Place, Guid? FacilitatorUserId, Guid? FacilitatorPartnerId, string? FacilitatorName);

/// <summary>A young person present at a workshop session.</summary>
public sealed class WorkshopAttendance
{
    private WorkshopAttendance()
    {
    }

    internal WorkshopAttendance(Guid youthId, Guid recordedBy, DateTimeOffset recordedAt)
    {
        Id = Guid.NewGuid();
        YouthId = youthId;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    public Guid YouthId { get; private set; }

    public Guid RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
}
