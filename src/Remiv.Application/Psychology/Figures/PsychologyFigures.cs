namespace Remiv.Application.Psychology.Figures;

/// <summary>
/// The figures of psychological follow-up over the hub days <see cref="From"/> to <see cref="To"/> (both included,
/// Europe/Paris): counts only, of the whole hub, never a name. A session counts in the period where it starts.
/// </summary>
/// <param name="Sessions">Every session of the period, by status.</param>
/// <param name="FirstSessions">The first sessions (kind "first session") of the period, by status.</param>
/// <param name="Cancellations">Who cancelled the cancelled sessions of the period.</param>
/// <param name="YoungPeopleSeen">Distinct young people with at least one session held in the period.</param>
/// <param name="Waiting">The waits that ended in the period.</param>
/// <param name="Interpreters">Per language, the sessions of the period that needed an interpreter (cancelled ones left out), most first.</param>
public sealed record PsychologyFigures(
    DateOnly From,
    DateOnly To,
    SessionCounts Sessions,
    SessionCounts FirstSessions,
    CancellationCounts Cancellations,
    int YoungPeopleSeen,
    WaitingTimes Waiting,
    IReadOnlyList<InterpreterUse> Interpreters);

/// <param name="Planned">Still planned: to come, or their outcome not recorded yet.</param>
public sealed record SessionCounts(int Held, int YouthAbsent, int Cancelled, int Planned)
{
    public int Total => Held + YouthAbsent + Cancelled + Planned;
}

/// <param name="ByPsychologist">Cancelled by the session's psychologist.</param>
/// <param name="ByHub">Cancelled by the coordination of the hub.</param>
/// <param name="ByOther">Cancelled by anyone else (an account that is no longer a coordinator, for example).</param>
public sealed record CancellationCounts(int ByPsychologist, int ByHub, int ByOther);

/// <summary>
/// Waiting from a request for follow-up to the first session that answered it (the one booked from the waiting list, or
/// else the first "first session" after the request; not cancelled: held, youth absent, or booked and still to come), in
/// whole hub days. A wait counts in the period where that session starts; requests still waiting or withdrawn are left
/// out, and ordinary follow-up sessions never end a wait.
/// </summary>
/// <param name="Count">How many requests saw their wait end in the period.</param>
/// <param name="MedianDays">Null when <see cref="Count"/> is 0.</param>
/// <param name="AverageDays">Null when <see cref="Count"/> is 0.</param>
public sealed record WaitingTimes(int Count, double? MedianDays, double? AverageDays);

/// <param name="Language">ISO 639 code.</param>
/// <param name="Sessions">Sessions that needed an interpreter in this language (held, youth absent or planned).</param>
/// <param name="Booked">Those for which an interpreter was booked.</param>
public sealed record InterpreterUse(string Language, int Sessions, int Booked)
{
    public int NotBooked => Sessions - Booked;
}
