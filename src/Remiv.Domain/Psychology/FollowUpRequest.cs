using Remiv.Domain.Common;
using Remiv.Domain.Youths;

namespace Remiv.Domain.Psychology;

public enum RequestUrgency
{
    Low = 1,
    Normal = 2,
    High = 3,
    Urgent = 4,
}

public enum RequestStatus
{
    /// <summary>On the waiting list.</summary>
    Waiting = 1,

    /// <summary>A first session has been set: off the waiting list.</summary>
    Scheduled = 2,

    /// <summary>No longer needed (the young person left, declined, is followed elsewhere).</summary>
    Withdrawn = 3,
}

/// <summary>
/// A request for psychological follow-up, made by a youth worker or a coordinator: an urgency and a reason, which the
/// psychologists read. The waiting list orders the open requests by urgency, then by age.
/// </summary>
public sealed class FollowUpRequest
{
    public const int ReasonMaxLength = 1000;
    public const int NoteMaxLength = 300;

    private FollowUpRequest()
    {
        Reason = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid YouthId { get; private set; }

    public RequestUrgency Urgency { get; private set; }

    public string Reason { get; private set; }

    public RequestStatus Status { get; private set; }

    public Guid RequestedBy { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public Guid? ClosedBy { get; private set; }

    public string? ClosingNote { get; private set; }

    public int Version { get; private set; }

    public static FollowUpRequest Make(Youth youth, RequestUrgency urgency, string reason, Guid requestedBy, DateTimeOffset now)
    {
        youth.EnsureOpen();
        if (!Enum.IsDefined(urgency))
        {
            throw new DomainRuleException(nameof(Urgency), "Choisissez l'urgence.");
        }

        return new FollowUpRequest
        {
            Id = Guid.NewGuid(),
            YouthId = youth.Id,
            Urgency = urgency,
            Reason = DomainText.Required(reason, nameof(Reason), ReasonMaxLength,
                "Expliquez en quelques lignes ce qui motive la demande (ce que les psychologues doivent savoir).", multiline: true),
            Status = RequestStatus.Waiting,
            RequestedBy = requestedBy,
            RequestedAt = now,
        };
    }

    public void ChangeUrgency(RequestUrgency urgency)
    {
        EnsureWaiting();
        if (!Enum.IsDefined(urgency))
        {
            throw new DomainRuleException(nameof(Urgency), "Choisissez l'urgence.");
        }

        Urgency = urgency;
        Version++;
    }

    /// <summary>A first session is set: the request leaves the waiting list.</summary>
    public void MarkScheduled(Guid by, DateTimeOffset now)
    {
        EnsureWaiting();
        Status = RequestStatus.Scheduled;
        ClosedAt = now;
        ClosedBy = by;
        Version++;
    }

    /// <summary>
    /// The first session that answered it was cancelled: the request goes back to the waiting list, at its place (its
    /// date of request is kept).
    /// </summary>
    public void BackToWaiting()
    {
        if (Status != RequestStatus.Scheduled)
        {
            throw new DomainRuleException(nameof(Status), "Cette demande n'attend pas de séance : rechargez la page.");
        }

        Status = RequestStatus.Waiting;
        ClosedAt = null;
        ClosedBy = null;
        Version++;
    }

    public void Withdraw(string note, Guid by, DateTimeOffset now)
    {
        EnsureWaiting();
        ClosingNote = DomainText.Required(note, nameof(ClosingNote), NoteMaxLength, "Indiquez pourquoi la demande est retirée.");
        Status = RequestStatus.Withdrawn;
        ClosedAt = now;
        ClosedBy = by;
        Version++;
    }

    private void EnsureWaiting()
    {
        if (Status != RequestStatus.Waiting)
        {
            throw new DomainRuleException(nameof(Status), "Cette demande n'est plus en attente : rechargez la page.");
        }
    }
}
