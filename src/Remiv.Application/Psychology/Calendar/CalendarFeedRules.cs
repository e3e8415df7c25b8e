using Remiv.Application.Reminders;

namespace Remiv.Application.Psychology.Calendar;

/// <summary>
/// What the calendar feed shows, and how its address is made. The feed leaves Remiv for the psychologist's phone and
/// calendar provider: a session there is "Séance – A. B." (the young person's initials only) in a room, never a name,
/// a reason, a note or an interpreter.
/// </summary>
public static class CalendarFeedRules
{
    /// <summary>How far back the feed goes, so that last month's sessions stay in the calendar.</summary>
    public static readonly TimeSpan Past = TimeSpan.FromDays(30);

    /// <summary>How far ahead the feed goes.</summary>
    public static readonly TimeSpan Ahead = TimeSpan.FromDays(180);

    /// <summary>A bound on the work of one request (a psychologist has a few hundred sessions over these seven months at most).</summary>
    public const int MaxEvents = 2000;

    public const string CalendarName = "Remiv – mes séances";

    /// <summary>"Séance – A. B.", or "Séance annulée – A. B." (calendar apps that ignore STATUS still show it as cancelled).</summary>
    public static string Summary(string firstName, string lastName, bool cancelled) =>
        $"{(cancelled ? "Séance annulée" : "Séance")} – {ReminderMessages.InitialsOf(firstName, lastName)}";
}
