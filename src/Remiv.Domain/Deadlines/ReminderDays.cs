using Remiv.Domain.Common;

namespace Remiv.Domain.Deadlines;

/// <summary>
/// The days before a deadline on which its responsible person is reminded (0 = on the day). Overdue reminders are
/// not listed here: they always follow, the responsible person the day after and the coordinators two days after.
/// </summary>
public static class ReminderDays
{
    public const int MaxCount = 6;
    public const int MaxDaysBefore = 365;

    public static IReadOnlyList<int> Default { get; } = [7, 2, 0];

    public static List<int> Normalise(IEnumerable<int> days)
    {
        var list = days.Distinct().OrderDescending().ToList();
        if (list.Count > MaxCount)
        {
            throw new DomainRuleException(nameof(ReminderDays), "Six rappels au plus.");
        }

        if (list.Any(d => d is < 0 or > MaxDaysBefore))
        {
            throw new DomainRuleException(nameof(ReminderDays), "Un rappel se place entre 0 et 365 jours avant l'échéance.");
        }

        return list;
    }
}
