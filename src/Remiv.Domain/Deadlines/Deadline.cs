using Remiv.Domain.Common;
using Remiv.Domain.Youths;

namespace Remiv.Domain.Deadlines;

/// <summary>
/// A dated obligation for a young person: an appeal, an application, a renewal, an appointment. It remembers the
/// event it was computed from, who answers for it, and which reminder is due next
/// (<see cref="NextReminderOn"/>, so that the daily scan reads only the deadlines with something to send).
/// </summary>
public sealed class Deadline
{
    public const int TitleMaxLength = 200;
    public const int NoteMaxLength = 1000;

    /// <summary>Days after the due date on which the responsible person, then the coordinators, hear of an open deadline.</summary>
    public const int ResponsibleOverdueDay = 1;
    public const int CoordinatorsOverdueDay = 2;

    private Deadline()
    {
        Title = string.Empty;
        ReminderDays = [];
    }

    public Guid Id { get; private set; }

    public Guid YouthId { get; private set; }

    public Track Track { get; private set; }

    public DeadlineKind Kind { get; private set; }

    public string Title { get; private set; }

    /// <summary>A Europe/Paris calendar day.</summary>
    public DateOnly DueDate { get; private set; }

    public TimeOnly? DueTime { get; private set; }

    public DeadlineEvent Event { get; private set; }

    public DateOnly EventDate { get; private set; }

    public Guid? PresetId { get; private set; }

    /// <summary>Set when the user chose another date than the one the preset computed.</summary>
    public bool DueDateOverridden { get; private set; }

    public AutomaticSource? Automatic { get; private set; }

    /// <summary>For automatic deadlines from the documents checklist: which document.</summary>
    public DocumentKind? Document { get; private set; }

    /// <summary>Who answers for it; null for "the young person's referent", whoever that is when a reminder goes out.</summary>
    public Guid? ResponsibleUserId { get; private set; }

    public DeadlineStatus Status { get; private set; }

    public string? CompletionNote { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public Guid? ClosedBy { get; private set; }

    public List<int> ReminderDays { get; private set; }

    /// <summary>The first day on which a reminder not yet handled is due; null when none is left.</summary>
    public DateOnly? NextReminderOn { get; private set; }

    public Guid? CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public int Version { get; private set; }

    public static Deadline Create(Youth youth, DeadlineDetails details, DeadlinePreset? preset, Guid? createdBy, DateOnly today, DateTimeOffset now)
    {
        youth.EnsureOpen();
        var deadline = new Deadline
        {
            Id = Guid.NewGuid(),
            YouthId = youth.Id,
            Status = DeadlineStatus.Open,
            PresetId = preset?.Id,
            Automatic = preset?.Automatic,
            CreatedBy = createdBy,
            CreatedAt = now,
        };
        deadline.Apply(details, preset, today);
        return deadline;
    }

    public void Update(Youth youth, DeadlineDetails details, DeadlinePreset? preset, DateOnly today)
    {
        youth.EnsureOpen();
        EnsureOpen();
        Apply(details, preset, today);
        Version++;
    }

    /// <summary>
    /// The date an automatic deadline starts from has changed: the deadline moves with it. A date the user chose
    /// by hand moves by as many days as the event did; otherwise the preset computes it again.
    /// </summary>
    public void FollowEvent(DateOnly eventDate, DeadlinePreset preset, DateOnly today)
    {
        EnsureOpen();
        if (eventDate == EventDate)
        {
            return;
        }

        DueDate = DueDateOverridden ? DueDate.AddDays(eventDate.DayNumber - EventDate.DayNumber) : preset.ComputeDue(eventDate);
        EventDate = eventDate;
        Reschedule(today);
        Version++;
    }

    public void Close(DeadlineStatus outcome, string? note, Guid? closedBy, DateTimeOffset now)
    {
        EnsureOpen();
        if (outcome is not (DeadlineStatus.Done or DeadlineStatus.Cancelled or DeadlineStatus.Missed))
        {
            throw new DomainRuleException(nameof(Status), "Choisissez : faite, annulée ou manquée.");
        }

        var cleaned = DomainText.Optional(note, nameof(CompletionNote), NoteMaxLength, multiline: true);
        if (outcome != DeadlineStatus.Done && cleaned is null)
        {
            throw new DomainRuleException(nameof(CompletionNote), "Expliquez en une phrase pourquoi l'échéance est annulée ou manquée.");
        }

        Status = outcome;
        CompletionNote = cleaned;
        ClosedAt = now;
        ClosedBy = closedBy;
        NextReminderOn = null;
        Version++;
    }

    /// <summary>Reopens a deadline closed by mistake; its reminders start again from today.</summary>
    public void Reopen(Youth youth, DateOnly today)
    {
        youth.EnsureOpen();
        if (Status == DeadlineStatus.Open)
        {
            throw new DomainRuleException(nameof(Status), "Cette échéance est déjà ouverte.");
        }

        Status = DeadlineStatus.Open;
        CompletionNote = null;
        ClosedAt = null;
        ClosedBy = null;
        Reschedule(today);
        Version++;
    }

    /// <summary>Every reminder of the deadline as it stands: who hears of it, on which day.</summary>
    public IEnumerable<ScheduledReminder> Schedule()
    {
        foreach (var days in ReminderDays)
        {
            yield return new ScheduledReminder(DueDate.AddDays(-days), days, ReminderAudience.Responsible);
        }

        yield return new ScheduledReminder(DueDate.AddDays(ResponsibleOverdueDay), -ResponsibleOverdueDay, ReminderAudience.Responsible);
        yield return new ScheduledReminder(DueDate.AddDays(CoordinatorsOverdueDay), -CoordinatorsOverdueDay, ReminderAudience.Coordinators);
    }

    /// <summary>
    /// The reminders due by <paramref name="today"/> that have not been handled yet (after downtime, several at
    /// once), and moves <see cref="NextReminderOn"/> past them.
    /// </summary>
    public IReadOnlyList<ScheduledReminder> TakeDueReminders(DateOnly today)
    {
        if (Status != DeadlineStatus.Open || NextReminderOn is not { } from || from > today)
        {
            return [];
        }

        var due = Schedule().Where(r => r.On >= from && r.On <= today).ToList();
        NextReminderOn = FirstReminderFrom(today.AddDays(1));
        return due;
    }

    public bool IsOverdueOn(DateOnly today) => Status == DeadlineStatus.Open && DueDate < today;

    private void Apply(DeadlineDetails d, DeadlinePreset? preset, DateOnly today)
    {
        if (!Enum.IsDefined(d.Track) || !Enum.IsDefined(d.Kind) || !Enum.IsDefined(d.Event))
        {
            throw new DomainRuleException(nameof(Kind), "Choisissez une valeur dans la liste.");
        }

        var title = DomainText.Required(d.Title, nameof(Title), TitleMaxLength, "Donnez un intitulé à l'échéance (par exemple : recours contre la décision du juge).");
        if (d.DueDate < d.EventDate && !DeadlineEvents.MayPrecedeDeadline(d.Event))
        {
            throw new DomainRuleException(nameof(DueDate), "L'échéance ne peut pas précéder l'événement dont elle découle. Vérifiez les deux dates.");
        }

        if (Math.Abs(d.DueDate.DayNumber - d.EventDate.DayNumber) > 5 * 366)
        {
            throw new DomainRuleException(nameof(DueDate), "L'échéance est à plus de cinq ans de l'événement : vérifiez les dates.");
        }

        var reminders = Deadlines.ReminderDays.Normalise(d.ReminderDays);
        Track = d.Track;
        Kind = d.Kind;
        Title = title;
        Event = d.Event;
        EventDate = d.EventDate;
        DueDate = d.DueDate;
        DueTime = d.DueTime;
        DueDateOverridden = preset is not null && preset.ComputeDue(d.EventDate) != d.DueDate;
        ResponsibleUserId = d.ResponsibleUserId;
        // Which document an automatic deadline follows is set when it is created; a later change keeps it.
        Document ??= d.Document;
        ReminderDays = reminders;
        Reschedule(today);
    }

    private void Reschedule(DateOnly today) => NextReminderOn = FirstReminderFrom(today);

    private DateOnly? FirstReminderFrom(DateOnly day) =>
        Schedule().Select(r => r.On).Where(on => on >= day).Order().Cast<DateOnly?>().FirstOrDefault();

    private void EnsureOpen()
    {
        if (Status != DeadlineStatus.Open)
        {
            throw new DomainRuleException(nameof(Status), "Cette échéance est close : rouvrez-la pour la modifier.");
        }
    }
}

public sealed record DeadlineDetails(
    Track Track,
    DeadlineKind Kind,
    string Title,
    DeadlineEvent Event,
    DateOnly EventDate,
    DateOnly DueDate,
    TimeOnly? DueTime,
    Guid? ResponsibleUserId,
    IReadOnlyList<int> ReminderDays,
    DocumentKind? Document = null);

public enum ReminderAudience
{
    Responsible = 1,
    Coordinators = 2,
}

/// <summary>One reminder: the day it is due, how many days before the deadline (negative once overdue), to whom.</summary>
public sealed record ScheduledReminder(DateOnly On, int DaysBefore, ReminderAudience Audience);
