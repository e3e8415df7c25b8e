using Remiv.Domain.Common;

namespace Remiv.Domain.Notifications;

public enum EmailStatus
{
    Pending = 1,
    Sending = 2,
    Sent = 3,
    Failed = 4,
}

/// <summary>
/// An email waiting in the outbox, written in the same transaction as the reminders it carries. The dispatcher claims
/// it, sends it, and records the outcome; a failure is retried with growing delays, then left for an administrator.
/// </summary>
public sealed class OutgoingEmail
{
    public const int MaxAttempts = 6;
    public const int SubjectMaxLength = 200;
    public const int ErrorMaxLength = 500;

    private OutgoingEmail()
    {
        Recipient = string.Empty;
        Subject = string.Empty;
        Body = string.Empty;
    }

    public OutgoingEmail(Guid recipientId, string recipient, string subject, string body, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        RecipientId = recipientId;
        Recipient = recipient;
        Subject = subject.Length > SubjectMaxLength ? subject[..SubjectMaxLength] : subject;
        Body = body;
        Status = EmailStatus.Pending;
        CreatedAt = at;
        NextAttemptAt = at;
    }

    public Guid Id { get; private set; }

    public Guid RecipientId { get; private set; }

    /// <summary>The staff member's address at the time of writing.</summary>
    public string Recipient { get; private set; }

    public string Subject { get; private set; }

    public string Body { get; private set; }

    public EmailStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When a pending email may be tried; for one being sent, when its claim lapses.</summary>
    public DateTimeOffset NextAttemptAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public string? LastError { get; private set; }

    public void Sent(DateTimeOffset at)
    {
        Status = EmailStatus.Sent;
        SentAt = at;
        LastError = null;
    }

    /// <summary>
    /// A failed attempt: tried again after 1, 2, 4, 8, 16 minutes; a permanent refusal (an address that cannot exist)
    /// or the last attempt leaves it failed, for an administrator to see and retry.
    /// </summary>
    public void AttemptFailed(string error, bool permanent, DateTimeOffset at)
    {
        Attempts++;
        LastError = error.Length > ErrorMaxLength ? error[..ErrorMaxLength] : error;
        if (permanent || Attempts >= MaxAttempts)
        {
            Status = EmailStatus.Failed;
            return;
        }

        Status = EmailStatus.Pending;
        NextAttemptAt = at.AddMinutes(Math.Pow(2, Attempts - 1));
    }

    /// <summary>An administrator asks for a failed email to be sent again, to the account's current address.</summary>
    public void Retry(string? currentAddress, DateTimeOffset at)
    {
        if (Status != EmailStatus.Failed)
        {
            throw new DomainRuleException(nameof(Status), "Seul un envoi en échec peut être relancé.");
        }

        if (string.IsNullOrWhiteSpace(currentAddress))
        {
            throw new DomainRuleException(nameof(Recipient), "Ce compte n'existe plus : le message ne peut pas être renvoyé.");
        }

        Recipient = currentAddress;
        Status = EmailStatus.Pending;
        Attempts = 0;
        NextAttemptAt = at;
    }
}
