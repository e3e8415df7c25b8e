namespace Remiv.Domain.Notifications;

/// <summary>
/// The record that the day-before reminder of one session, at one start time, went to one person. A unique key on the
/// three makes a second one impossible; a moved session, keyed on its new start, is reminded again.
/// </summary>
public sealed class SessionReminder
{
    private SessionReminder()
    {
    }

    public SessionReminder(Guid sessionId, DateTimeOffset start, Guid recipientId, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        SessionId = sessionId;
        Start = start;
        RecipientId = recipientId;
        RecordedAt = at;
    }

    public Guid Id { get; private set; }

    public Guid SessionId { get; private set; }

    public DateTimeOffset Start { get; private set; }

    public Guid RecipientId { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
}
