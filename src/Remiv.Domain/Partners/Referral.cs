using Remiv.Domain.Common;
using Remiv.Domain.Youths;

namespace Remiv.Domain.Partners;

public enum ReferralStatus
{
    Proposed = 1,
    Accepted = 2,
    InProgress = 3,
    Done = 4,
    Refused = 5,
    NoAnswer = 6,
}

/// <summary>
/// A young person sent to a partner for a need, on one track, and what came of it. Every change of status is dated and
/// kept. Done and refused are final; a partner that did not answer may still answer later.
/// </summary>
public sealed class Referral
{
    public const int NeedMaxLength = 300;
    public const int OutcomeMaxLength = 1000;

    private readonly List<ReferralStep> _history = [];

    private Referral()
    {
        Need = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid YouthId { get; private set; }

    public Guid PartnerId { get; private set; }

    public Track Track { get; private set; }

    public string Need { get; private set; }

    public ReferralStatus Status { get; private set; }

    /// <summary>What came of it, written when the referral ends (or along the way).</summary>
    public string? Outcome { get; private set; }

    public DateOnly ProposedOn { get; private set; }

    /// <summary>The date of the latest status.</summary>
    public DateOnly StatusDate { get; private set; }

    public Guid CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<ReferralStep> History => _history;

    public bool IsFinal => Status is ReferralStatus.Done or ReferralStatus.Refused;

    public static Referral Propose(Youth youth, Partner partner, Track track, string? need, DateOnly proposedOn, Guid by, DateOnly today, DateTimeOffset now)
    {
        if (youth.IsArchived)
        {
            throw new DomainRuleException(nameof(YouthId), "Ce dossier est archivé : il n'est plus possible d'orienter ce jeune.");
        }

        if (!partner.IsActive)
        {
            throw new DomainRuleException(nameof(PartnerId), "Ce partenaire ne travaille plus avec le pôle : choisissez-en un autre.");
        }

        if (!Enum.IsDefined(track))
        {
            throw new DomainRuleException(nameof(Track), "Choisissez le volet dans la liste.");
        }

        CheckDate(proposedOn, youth.FirstContact, today, nameof(ProposedOn), "Une orientation ne peut pas précéder le premier contact avec le jeune.");
        var referral = new Referral
        {
            Id = Guid.NewGuid(),
            YouthId = youth.Id,
            PartnerId = partner.Id,
            Track = track,
            Need = DomainText.Required(need, nameof(Need), NeedMaxLength, "Indiquez le besoin (par exemple : hébergement, inscription en CAP)."),
            Status = ReferralStatus.Proposed,
            ProposedOn = proposedOn,
            StatusDate = proposedOn,
            CreatedBy = by,
            CreatedAt = now,
        };
        referral._history.Add(new ReferralStep(ReferralStatus.Proposed, proposedOn, null, by, now));
        return referral;
    }

    /// <summary>Whether the status may follow the current one.</summary>
    public bool MayMoveTo(ReferralStatus status) => Enum.IsDefined(status) && status != Status && !IsFinal && status != ReferralStatus.Proposed;

    public void ChangeStatus(ReferralStatus status, DateOnly date, string? outcome, Guid by, DateOnly today, DateTimeOffset now)
    {
        if (!MayMoveTo(status))
        {
            throw new DomainRuleException(nameof(Status), IsFinal
                ? "Cette orientation est terminée : créez-en une nouvelle si besoin."
                : "Ce changement de statut n'est pas possible : choisissez un autre statut.");
        }

        CheckDate(date, StatusDate, today, nameof(StatusDate), "Cette date ne peut pas précéder celle du statut précédent.");
        var cleaned = DomainText.Optional(outcome, nameof(Outcome), OutcomeMaxLength, multiline: true);
        if (status == ReferralStatus.Done && cleaned is null && Outcome is null)
        {
            throw new DomainRuleException(nameof(Outcome), "Indiquez le résultat de l'orientation (par exemple : inscrit en CAP cuisine).");
        }

        Outcome = cleaned ?? Outcome;
        Status = status;
        StatusDate = date;
        _history.Add(new ReferralStep(status, date, cleaned, by, now));
        Version++;
    }

    private static void CheckDate(DateOnly date, DateOnly notBefore, DateOnly today, string field, string whenTooEarly)
    {
        if (date > today)
        {
            throw new DomainRuleException(field, "Cette date ne peut pas être dans le futur.");
        }

        if (date < notBefore)
        {
            throw new DomainRuleException(field, whenTooEarly);
        }
    }
}

/// <summary>One dated status of a referral.</summary>
public sealed class ReferralStep
{
    private ReferralStep()
    {
    }

    internal ReferralStep(ReferralStatus status, DateOnly date, string? note, Guid recordedBy, DateTimeOffset recordedAt)
    {
        Id = Guid.NewGuid();
        (Status, Date, Note, RecordedBy, RecordedAt) = (status, date, note, recordedBy, recordedAt);
    }

    public Guid Id { get; private set; }

    public ReferralStatus Status { get; private set; }

    public DateOnly Date { get; private set; }

    public string? Note { get; private set; }

    public Guid RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
}
