namespace Remiv.Application.Reports;

/// <summary>The stable identifiers of the activity report's tables (API, exports, templates).</summary>
public static class ReportTableKeys
{
    /// <summary>Young people followed in the period, new arrivals, exits.</summary>
    public const string YoungPeople = "young-people";

    /// <summary>Exits of the period by reason.</summary>
    public const string Exits = "exits";

    /// <summary>New arrivals by age on the day of their first contact.</summary>
    public const string AgeAtArrival = "age-at-arrival";

    /// <summary>Young people followed by nationality.</summary>
    public const string Nationalities = "nationalities";

    /// <summary>Young people followed by main language.</summary>
    public const string Languages = "languages";

    /// <summary>Follow-up entries of the period by track and kind.</summary>
    public const string Entries = "entries";

    /// <summary>Psychological sessions and waiting time.</summary>
    public const string Psychology = "psychology";

    /// <summary>Workshops: sessions, attendance, distinct participants, by kind.</summary>
    public const string Workshops = "workshops";

    /// <summary>Referrals proposed in the period by partner type and status.</summary>
    public const string Referrals = "referrals";

    /// <summary>Deadlines due in the period: met, missed, cancelled, open.</summary>
    public const string Deadlines = "deadlines";

    /// <summary>Every table, in the order of the full report.</summary>
    public static IReadOnlyList<string> All { get; } =
        [YoungPeople, Exits, AgeAtArrival, Nationalities, Languages, Entries, Psychology, Workshops, Referrals, Deadlines];
}
