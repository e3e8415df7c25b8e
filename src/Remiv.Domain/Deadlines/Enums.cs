namespace Remiv.Domain.Deadlines;

public enum DeadlineStatus
{
    Open = 1,
    Done = 2,
    Cancelled = 3,
    Missed = 4,
}

/// <summary>What the deadline asks the hub to do.</summary>
public enum DeadlineKind
{
    Appeal = 1,
    Application = 2,
    Renewal = 3,
    Appointment = 4,
    Assessment = 5,
    Other = 6,
}

/// <summary>The event a deadline is computed from.</summary>
public enum DeadlineEvent
{
    EmergencyShelterStart = 1,
    JuvenileJudgeDecisionNotified = 2,
    SeventeenthBirthday = 3,
    EighteenthBirthday = 4,
    AsylumCertificateIssued = 5,
    OfpraDecisionNotified = 6,
    OqtfNotified = 7,
    AmeGranted = 8,
    C2sGranted = 9,
    DocumentExpiry = 10,
    HealthCoverageEnd = 11,
    Other = 12,
}

public enum OffsetUnit
{
    Days = 1,
    Months = 2,
}

public enum OffsetDirection
{
    After = 1,
    Before = 2,
}

/// <summary>Which automatic deadlines the hub keeps in step with a date of the file.</summary>
public enum AutomaticSource
{
    SeventeenthBirthday = 1,
    EighteenthBirthday = 2,
    DocumentExpiry = 3,
    HealthCoverageEnd = 4,
}

public static class DeadlineEvents
{
    /// <summary>
    /// Events that lie ahead (a birthday, an expiry, the end of a coverage): a deadline may fall before them.
    /// For the others (a decision notified, a certificate handed over), the deadline cannot come before the event.
    /// </summary>
    public static bool MayPrecedeDeadline(DeadlineEvent kind) =>
        kind is DeadlineEvent.SeventeenthBirthday or DeadlineEvent.EighteenthBirthday or DeadlineEvent.DocumentExpiry
            or DeadlineEvent.HealthCoverageEnd or DeadlineEvent.Other;

    public static DeadlineEvent EventOf(AutomaticSource source) => source switch
    {
        AutomaticSource.SeventeenthBirthday => DeadlineEvent.SeventeenthBirthday,
        AutomaticSource.EighteenthBirthday => DeadlineEvent.EighteenthBirthday,
        AutomaticSource.DocumentExpiry => DeadlineEvent.DocumentExpiry,
        _ => DeadlineEvent.HealthCoverageEnd,
    };
}
