namespace Remiv.Domain.Notifications;

public enum ReminderEmailMode
{
    /// <summary>An email at each reminder (grouped when several fall due at once).</summary>
    EachReminder = 1,

    /// <summary>One email a day at 07:30, listing the day's reminders.</summary>
    DailyDigest = 2,
}

/// <summary>How one person wants to hear of reminders by email. In-app notifications always come.</summary>
public sealed class NotificationPreference
{
    private NotificationPreference()
    {
    }

    public NotificationPreference(Guid userId, ReminderEmailMode mode)
    {
        UserId = userId;
        Mode = mode;
    }

    public Guid UserId { get; private set; }

    public ReminderEmailMode Mode { get; private set; }

    public void Change(ReminderEmailMode mode) => Mode = mode;
}

/// <summary>The record that a person's digest of one day was written: at most one a day, whoever runs the job.</summary>
public sealed class DigestRun
{
    private DigestRun()
    {
    }

    public DigestRun(Guid userId, DateOnly day, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        UserId = userId;
        Day = day;
        RecordedAt = at;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public DateOnly Day { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
}
