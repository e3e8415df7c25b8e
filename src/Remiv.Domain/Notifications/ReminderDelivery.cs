namespace Remiv.Domain.Notifications;

/// <summary>
/// The record that one reminder went to one person: for one deadline, due on one date, at one offset. A unique key on
/// all four makes a second delivery impossible, whatever retries, restarts or concurrent servers try. Keyed on the
/// due date, a deadline that moves gets its reminders again for its new date, and never for the old one.
/// </summary>
public sealed class ReminderDelivery
{
    private ReminderDelivery()
    {
    }

    public ReminderDelivery(Guid deadlineId, DateOnly dueDate, int daysBefore, Guid recipientId, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        DeadlineId = deadlineId;
        DueDate = dueDate;
        DaysBefore = daysBefore;
        RecipientId = recipientId;
        RecordedAt = at;
    }

    public Guid Id { get; private set; }

    public Guid DeadlineId { get; private set; }

    public DateOnly DueDate { get; private set; }

    public int DaysBefore { get; private set; }

    public Guid RecipientId { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
}
