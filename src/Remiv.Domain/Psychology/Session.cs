using Remiv.Domain.Common;

namespace Remiv.Domain.Psychology;

public enum SessionKind
{
    /// <summary>The first meeting with the young person.</summary>
    First = 1,

    FollowUp = 2,
}

public enum SessionStatus
{
    Planned = 1,
    Held = 2,
    YouthAbsent = 3,
    Cancelled = 4,
}

public enum SessionChangeKind
{
    Booked = 1,
    Rescheduled = 2,
    Cancelled = 3,
    Held = 4,
    YouthAbsent = 5,
}

/// <summary>
/// A session between a psychologist and a young person, in a room of the hub, from <see cref="Start"/> to <see cref="End"/>
/// (UTC instants; the hub counts in Europe/Paris). Two sessions clash when their half-open intervals [start, end) meet:
/// one may start when the other ends. A cancelled session clashes with nothing.
/// </summary>
public sealed class Session
{
    public const int InterpreterBookingMaxLength = 200;
    public const int CancellationReasonMaxLength = 500;
    public static readonly TimeSpan MaxDuration = TimeSpan.FromHours(3);

    /// <summary>How far ahead a session may be booked or moved.</summary>
    public static readonly TimeSpan MaxAdvance = TimeSpan.FromDays(2 * 365);

    public const string PsychologistTaken = "La psychologue a déjà une séance à cette heure-là.";
    public const string RoomTaken = "La salle est déjà prise à cette heure-là.";
    public const string YouthTaken = "Ce jeune a déjà une séance à cette heure-là.";

    private readonly List<SessionChange> _history = [];

    private Session()
    {
    }

    public Guid Id { get; private set; }

    public Guid YouthId { get; private set; }

    /// <summary>The psychologist's account.</summary>
    public Guid PsychologistId { get; private set; }

    public Guid RoomId { get; private set; }

    public DateTimeOffset Start { get; private set; }

    public DateTimeOffset End { get; private set; }

    public SessionKind Kind { get; private set; }

    /// <summary>ISO 639 code of the language an interpreter translates, when one is needed.</summary>
    public string? InterpreterLanguage { get; private set; }

    /// <summary>Who interprets: a name or an organisation.</summary>
    public string? InterpreterBooking { get; private set; }

    public SessionStatus Status { get; private set; }

    public Guid? CancelledBy { get; private set; }

    public string? CancellationReason { get; private set; }

    /// <summary>The request for follow-up this session answers, if any.</summary>
    public Guid? RequestId { get; private set; }

    public Guid CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<SessionChange> History => _history;

    public static Session Book(
        Guid youthId,
        Guid psychologistId,
        Guid roomId,
        DateTimeOffset start,
        DateTimeOffset end,
        SessionKind kind,
        string? interpreterLanguage,
        string? interpreterBooking,
        Guid? requestId,
        Guid by,
        DateTimeOffset now)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new DomainRuleException(nameof(Kind), "Choisissez : première séance ou séance de suivi.");
        }

        var session = new Session
        {
            Id = Guid.NewGuid(),
            YouthId = youthId,
            PsychologistId = psychologistId,
            RoomId = roomId,
            Kind = kind,
            InterpreterLanguage = Language(interpreterLanguage),
            InterpreterBooking = DomainText.Optional(interpreterBooking, nameof(InterpreterBooking), InterpreterBookingMaxLength),
            Status = SessionStatus.Planned,
            RequestId = requestId,
            CreatedBy = by,
            CreatedAt = now,
        };
        session.SetTimes(start, end, now);
        session._history.Add(new SessionChange(now, by, SessionChangeKind.Booked, null, null));
        return session;
    }

    /// <summary>Whether [start, end) meets this session's [Start, End): touching edges do not.</summary>
    public bool Overlaps(DateTimeOffset start, DateTimeOffset end) => Status != SessionStatus.Cancelled && Start < end && start < End;

    /// <summary>
    /// Refuses a slot that clashes with one of <paramref name="others"/> (the sessions of the same psychologist, room or
    /// young person; <paramref name="exceptSessionId"/> is the session being moved), with the message of the first clash:
    /// the psychologist's, then the room's, then the young person's.
    /// </summary>
    public static void EnsureNoClash(
        IEnumerable<Session> others,
        Guid psychologistId,
        Guid roomId,
        Guid youthId,
        DateTimeOffset start,
        DateTimeOffset end,
        Guid? exceptSessionId = null)
    {
        var clashing = others.Where(s => s.Id != exceptSessionId && s.Overlaps(start, end)).ToList();
        if (clashing.Any(s => s.PsychologistId == psychologistId))
        {
            throw new DomainRuleException(nameof(Start), PsychologistTaken);
        }

        if (clashing.Any(s => s.RoomId == roomId))
        {
            throw new DomainRuleException(nameof(RoomId), RoomTaken);
        }

        if (clashing.Any(s => s.YouthId == youthId))
        {
            throw new DomainRuleException(nameof(Start), YouthTaken);
        }
    }

    /// <summary>Moves a planned session (another time, another room); the history keeps the previous times.</summary>
    public void Reschedule(DateTimeOffset start, DateTimeOffset end, Guid roomId, Guid by, DateTimeOffset now)
    {
        EnsurePlanned();
        var (previousStart, previousEnd) = (Start, End);
        SetTimes(start, end, now);
        RoomId = roomId;
        _history.Add(new SessionChange(now, by, SessionChangeKind.Rescheduled, previousStart, previousEnd));
        Version++;
    }

    public void Cancel(string reason, Guid by, DateTimeOffset now)
    {
        EnsurePlanned();
        CancellationReason = DomainText.Required(reason, nameof(CancellationReason), CancellationReasonMaxLength,
            "Indiquez pourquoi la séance est annulée.");
        CancelledBy = by;
        Status = SessionStatus.Cancelled;
        _history.Add(new SessionChange(now, by, SessionChangeKind.Cancelled, null, null));
        Version++;
    }

    /// <summary>Records that the session was held, or that the young person did not come: once it has started.</summary>
    public void RecordOutcome(SessionStatus outcome, Guid by, DateTimeOffset now)
    {
        if (outcome is not (SessionStatus.Held or SessionStatus.YouthAbsent))
        {
            throw new DomainRuleException("Outcome", "Choisissez : séance tenue ou jeune absent.");
        }

        EnsurePlanned();
        if (now < Start)
        {
            throw new DomainRuleException("Outcome", "La séance n'a pas encore commencé : vous pourrez l'indiquer à partir de son heure de début.");
        }

        Status = outcome;
        _history.Add(new SessionChange(now, by, outcome == SessionStatus.Held ? SessionChangeKind.Held : SessionChangeKind.YouthAbsent, null, null));
        Version++;
    }

    private void SetTimes(DateTimeOffset start, DateTimeOffset end, DateTimeOffset now)
    {
        if (end <= start)
        {
            throw new DomainRuleException(nameof(End), "La fin de la séance doit venir après son début.");
        }

        if (end - start > MaxDuration)
        {
            throw new DomainRuleException(nameof(End), "Une séance dure au plus 3 heures.");
        }

        if (start < now)
        {
            throw new DomainRuleException(nameof(Start), "Cette heure est déjà passée : choisissez un créneau à venir.");
        }

        if (start - now > MaxAdvance)
        {
            throw new DomainRuleException(nameof(Start), "Une séance se réserve au plus deux ans à l'avance : choisissez une date plus proche.");
        }

        Start = start.ToUniversalTime();
        End = end.ToUniversalTime();
    }

    private void EnsurePlanned()
    {
        if (Status != SessionStatus.Planned)
        {
            throw new DomainRuleException(nameof(Status), "Cette séance n'est plus prévue (tenue, manquée ou annulée) : rechargez la page.");
        }
    }

    private static string? Language(string? code)
    {
        var cleaned = code?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(cleaned))
        {
            return null;
        }

        if (cleaned.Length is < 2 or > 3 || !cleaned.All(char.IsAsciiLetterLower))
        {
            throw new DomainRuleException(nameof(InterpreterLanguage), "Choisissez la langue de l'interprète dans la liste.");
        }

        return cleaned;
    }
}

/// <summary>A line of a session's history: who booked, moved, cancelled or closed it, and when (a move keeps the previous times).</summary>
public sealed class SessionChange
{
    private SessionChange()
    {
    }

    internal SessionChange(DateTimeOffset at, Guid by, SessionChangeKind kind, DateTimeOffset? previousStart, DateTimeOffset? previousEnd)
    {
        Id = Guid.NewGuid();
        At = at;
        By = by;
        Kind = kind;
        PreviousStart = previousStart;
        PreviousEnd = previousEnd;
    }

    public Guid Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public Guid By { get; private set; }

    public SessionChangeKind Kind { get; private set; }

    public DateTimeOffset? PreviousStart { get; private set; }

    public DateTimeOffset? PreviousEnd { get; private set; }
}

/// <summary>
/// A row that booking takes before it looks for clashes ("psy:{id}", "room:{id}", "youth:{id}"): two bookings touching the
/// same psychologist, room or young person wait for each other instead of both seeing a free slot.
/// </summary>
public sealed class ScheduleLock
{
    private ScheduleLock()
    {
        Key = string.Empty;
    }

    public string Key { get; private set; }

    public int Version { get; private set; }

    public static ScheduleLock For(string key) => new() { Key = key };

    public static string Psychologist(Guid id) => $"psy:{id:N}";

    public static string Room(Guid id) => $"room:{id:N}";

    public static string Youth(Guid id) => $"youth:{id:N}";
}
