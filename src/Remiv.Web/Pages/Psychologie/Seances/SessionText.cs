using System.Globalization;
using Remiv.Application.Common;
using Remiv.Domain.Psychology;
using Remiv.Web.Pages.Jeunes;

namespace Remiv.Web.Pages.Psychologie.Seances;

/// <summary>
/// The session pages' words (French keys, translated by the localizer) and the hub's week: Monday to Sunday, Europe/Paris,
/// whatever the server's zone.
/// </summary>
public static class SessionText
{
    public static string For(SessionKind kind) => kind switch
    {
        SessionKind.First => "Première séance",
        SessionKind.FollowUp => "Séance de suivi",
        _ => kind.ToString(),
    };

    public static string For(SessionStatus status) => status switch
    {
        SessionStatus.Planned => "Prévue",
        SessionStatus.Held => "Tenue",
        SessionStatus.YouthAbsent => "Jeune absent",
        SessionStatus.Cancelled => "Annulée",
        _ => status.ToString(),
    };

    public static string For(SessionChangeKind kind) => kind switch
    {
        SessionChangeKind.Booked => "Réservée",
        SessionChangeKind.Rescheduled => "Déplacée",
        SessionChangeKind.Cancelled => "Annulée",
        SessionChangeKind.Held => "Tenue",
        SessionChangeKind.YouthAbsent => "Jeune absent",
        _ => kind.ToString(),
    };

    /// <summary>The young person's names as stored, first name then last name.</summary>
    public static string Name(string firstName, string lastName) =>
        string.Join(' ', new[] { firstName, lastName }.Where(n => n.Length > 0));

    /// <summary>"10:00–11:00", in the hub's zone.</summary>
    public static string Hours(DateTimeOffset start, DateTimeOffset end) => $"{DossierModel.Time(start)}–{DossierModel.Time(end)}";

    /// <summary>The interpreter's language by its name in the interface's language.</summary>
    public static string Language(string code) => CodeChoices.LanguageName(code);

    /// <summary>The Monday of the week of <paramref name="day"/>.</summary>
    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>Reads "yyyy-MM-dd" from a link; null when it is not a date, or not one between 1900 and 2199 (the pages then show today).</summary>
    public static DateOnly? ParseDay(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year is >= 1900 and < 2200
            ? day
            : null;

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The hub's day of an instant.</summary>
    public static DateOnly DayOf(DateTimeOffset instant) => HubCalendar.DayOf(instant);

    /// <summary>
    /// A Paris wall-clock time as an instant; null when that time does not exist that day (the spring change of hour).
    /// An ambiguous time (the autumn change) is read as the first one.
    /// </summary>
    public static DateTimeOffset? At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        if (HubCalendar.Zone.IsInvalidTime(local))
        {
            return null;
        }

        var offset = HubCalendar.Zone.IsAmbiguousTime(local) ? HubCalendar.Zone.GetAmbiguousTimeOffsets(local).Max() : HubCalendar.Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    /// <summary>The start of a hub day (midnight in Paris) as an instant.</summary>
    public static DateTimeOffset StartOf(DateOnly day) =>
        At(day, TimeOnly.MinValue) ?? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), HubCalendar.Zone.BaseUtcOffset);
}
