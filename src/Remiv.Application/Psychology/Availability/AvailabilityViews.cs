using Remiv.Domain.Psychology;

namespace Remiv.Application.Psychology.Availability;

/// <summary>A weekly slot: every such weekday, from <see cref="Start"/> to <see cref="End"/> (Europe/Paris wall clock).</summary>
public sealed record SlotItem(Guid Id, DayOfWeek Day, TimeOnly Start, TimeOnly End);

/// <summary>Days off, both ends included. <see cref="Reason"/> is shown to the psychologist alone.</summary>
public sealed record AbsenceItem(Guid Id, DateOnly From, DateOnly To, string? Reason);

/// <summary>A slot or an absence just added, and the schedule's new version.</summary>
public sealed record ScheduleItemAdded(Guid Id, int Version);

/// <summary>How a schedule is shown: the week from Monday to Sunday, the absences still to come.</summary>
public static class AvailabilityViews
{
    /// <summary>The week as the hub counts it, Monday first.</summary>
    public static IReadOnlyList<DayOfWeek> Week { get; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>The slots from Monday to Sunday, each day's in the order of the hours.</summary>
    public static IReadOnlyList<SlotItem> Slots(PsychologistSchedule schedule) =>
        [.. schedule.Slots.OrderBy(s => DayIndex(s.Day)).ThenBy(s => s.Start).Select(s => new SlotItem(s.Id, s.Day, s.Start, s.End))];

    /// <summary>The absences not over by <paramref name="today"/>, soonest first; their reasons only when <paramref name="withReasons"/>.</summary>
    public static IReadOnlyList<AbsenceItem> UpcomingAbsences(PsychologistSchedule schedule, DateOnly today, bool withReasons) =>
        [.. schedule.Absences.Where(a => a.To >= today).OrderBy(a => a.From).ThenBy(a => a.To)
            .Select(a => new AbsenceItem(a.Id, a.From, a.To, withReasons ? a.Reason : null))];

    /// <summary>Monday 0 ... Sunday 6.</summary>
    public static int DayIndex(DayOfWeek day) => ((int)day + 6) % 7;
}
