namespace Remiv.Domain.Notifications;

public enum NotificationKind
{
    DeadlineReminder = 1,

    /// <summary>A session takes place tomorrow.</summary>
    SessionTomorrow = 2,

    SessionBooked = 3,

    SessionMoved = 4,

    SessionCancelled = 5,
}

/// <summary>
/// An in-app notice for one person: a reminder of a deadline, or news of a psychological session (booked, moved,
/// cancelled, tomorrow). It stores identifiers and figures only; what it says is rendered when read, from the deadline or
/// session as it stands and as far as the reader may still see it.
/// </summary>
public sealed class Notification
{
    private Notification()
    {
    }

    public Notification(Guid userId, Guid deadlineId, Guid youthId, DateOnly dueDate, int daysBefore, bool awaitsDigest, DateTimeOffset at)
        : this(userId, NotificationKind.DeadlineReminder, youthId, dueDate, daysBefore, awaitsDigest, at)
    {
        DeadlineId = deadlineId;
    }

    private Notification(Guid userId, NotificationKind kind, Guid youthId, DateOnly dueDate, int daysBefore, bool awaitsDigest, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        UserId = userId;
        Kind = kind;
        YouthId = youthId;
        DueDate = dueDate;
        DaysBefore = daysBefore;
        AwaitsDigest = awaitsDigest;
        CreatedAt = at;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public NotificationKind Kind { get; private set; }

    /// <summary>The deadline reminded, for <see cref="NotificationKind.DeadlineReminder"/>.</summary>
    public Guid? DeadlineId { get; private set; }

    /// <summary>The session concerned, for the session kinds.</summary>
    public Guid? SessionId { get; private set; }

    public Guid YouthId { get; private set; }

    /// <summary>The deadline's due date, or the session's day (Europe/Paris) when the notice was written.</summary>
    public DateOnly DueDate { get; private set; }

    /// <summary>Days before the due date or session (0 on the day, negative once overdue).</summary>
    public int DaysBefore { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    /// <summary>True until the next daily digest has carried it, for those who chose one email a day.</summary>
    public bool AwaitsDigest { get; private set; }

    public bool IsRead => ReadAt is not null;

    /// <summary>News of a session for one person: <paramref name="day"/> is the session's day, as it stood then.</summary>
    public static Notification ForSession(
        Guid userId, NotificationKind kind, Guid sessionId, Guid youthId, DateOnly day, int daysBefore, bool awaitsDigest, DateTimeOffset at)
    {
        if (kind == NotificationKind.DeadlineReminder || !Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a session notice.");
        }

        return new Notification(userId, kind, youthId, day, daysBefore, awaitsDigest, at) { SessionId = sessionId };
    }

    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;

    public void CarriedByDigest() => AwaitsDigest = false;
}
