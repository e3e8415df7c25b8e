using System.Globalization;
using Microsoft.Extensions.Localization;
using Remiv.Domain.Deadlines;
using Remiv.Web.Pages.Jeunes;

namespace Remiv.Web.Pages.Echeances;

/// <summary>
/// How the deadline pages write dates, offsets and reminders, and read the reminder days typed in a form.
/// The localizer is named <c>L</c>, as in the views, so that the translation test finds these texts too.
/// </summary>
public static class DeadlineText
{
    /// <summary>A due date, with its time when there is one (26/11/2026 à 14:30).</summary>
    public static string When(IStringLocalizer L, DateOnly day, TimeOnly? time) =>
        time is { } at ? L["{0} à {1}", DossierModel.Day(day), Time(at)] : DossierModel.Day(day);

    /// <summary>The value of a time input, and the time as shown (14:30).</summary>
    public static string Time(TimeOnly? time) => time?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>
    /// "15 jours après l'événement", "Un mois avant l'événement", "Le jour de l'événement": one whole sentence per case,
    /// so that each language can say its singulars and plurals.
    /// </summary>
    public static string Offset(IStringLocalizer L, int amount, OffsetUnit unit, OffsetDirection direction)
    {
        var before = direction == OffsetDirection.Before;
        return (amount, unit) switch
        {
            (0, _) => L["Le jour de l'événement"],
            (1, OffsetUnit.Days) => before ? L["La veille de l'événement"] : L["Le lendemain de l'événement"],
            (1, _) => before ? L["Un mois avant l'événement"] : L["Un mois après l'événement"],
            (_, OffsetUnit.Days) => before ? L["{0} jours avant l'événement", amount] : L["{0} jours après l'événement", amount],
            _ => before ? L["{0} mois avant l'événement", amount] : L["{0} mois après l'événement", amount],
        };
    }

    /// <summary>One reminder as the team says it: days before the deadline, or after it once overdue (negative).</summary>
    public static string ReminderDay(IStringLocalizer L, int daysBefore) => daysBefore switch
    {
        0 => L["le jour même"],
        1 => L["la veille"],
        > 1 => L["{0} jours avant", daysBefore],
        -1 => L["le lendemain de l'échéance"],
        _ => L["{0} jours après l'échéance", -daysBefore],
    };

    public static string Reminders(IStringLocalizer L, IReadOnlyList<int> days) =>
        days.Count == 0 ? L["aucun rappel avant l'échéance"] : string.Join(", ", days.Select(d => ReminderDay(L, d)));

    /// <summary>The reminder days as the form's text field shows them ("7, 2, 0").</summary>
    public static string DaysField(IEnumerable<int> days) => string.Join(", ", days.Select(d => d.ToString(CultureInfo.InvariantCulture)));

    /// <summary>
    /// Reads "7, 2, 0": whole numbers of days separated by commas, nothing else. Empty means "no choice" (null).
    /// Returns false for anything else ("7, abc", "7,,2", "-1"); the ranges are the use case's to check.
    /// </summary>
    public static bool TryParseDays(string? text, out IReadOnlyList<int>? days)
    {
        days = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var parsed = new List<int>();
        foreach (var part in text.Split(','))
        {
            if (!int.TryParse(part.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var day))
            {
                return false;
            }

            parsed.Add(day);
        }

        days = parsed;
        return true;
    }

    /// <summary>A young person's names exactly as stored.</summary>
    public static string Name(string firstName, string lastName) =>
        string.Join(' ', new[] { firstName, lastName }.Where(n => n.Length > 0));
}
