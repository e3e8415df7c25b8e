namespace Remiv.Domain.Notifications;

/// <summary>
/// An in-app notice for one person: a reminder of a deadline. It stores identifiers and figures only; what it says
/// is rendered when read, from the deadline as it stands and as far as the reader may still see it.
/// </summary>
public sealed class Notification
{
    private Notification()
    {
    }

    public Notification(Guid userId, Guid deadlineId, Guid youthId, DateOnly dueDate, int daysBefore, bool awaitsDigest, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        UserId = userId;
        DeadlineId = deadlineId;
        YouthId = youthId;
        DueDate = dueDate;
        DaysBefore = daysBefore;
        AwaitsDigest = awaitsDigest;
        CreatedAt = at;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public Guid DeadlineId { get; private set; }

    public Guid YouthId { get; private set; }

    public DateOnly DueDate { get; private set; }

    /// <summary>Days before the due date (0 on the day, negative once overdue).</summary>
    public int DaysBefore { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    /// <summary>True until the next daily digest has carried it, for those who chose one email a day.</summary>
    public bool AwaitsDigest { get; private set; }

    public bool IsRead => ReadAt is not null;

    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;

    public void CarriedByDigest() => AwaitsDigest = false;
}
