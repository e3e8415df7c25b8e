using Remiv.Domain.Common;

namespace Remiv.Domain.Psychology;

/// <summary>
/// A volunteer psychologist's profile and hours: the languages they work in, their approaches, their weekly slots
/// (Europe/Paris wall-clock times) and their absences (holidays, unavailability). One per psychologist account.
/// </summary>
public sealed class PsychologistSchedule
{
    public const int ApproachesMaxLength = 300;
    public const int MaxLanguages = 10;
    public const int MaxSlots = 30;
    public const int AbsenceReasonMaxLength = 200;

    private readonly List<AvailabilitySlot> _slots = [];
    private readonly List<Absence> _absences = [];

    private PsychologistSchedule()
    {
        Languages = [];
    }

    /// <summary>The psychologist's account.</summary>
    public Guid UserId { get; private set; }

    /// <summary>ISO 639-1 codes of the languages they can hold a session in without an interpreter.</summary>
    public List<string> Languages { get; private set; }

    public string? Approaches { get; private set; }

    public IReadOnlyList<AvailabilitySlot> Slots => _slots;

    public IReadOnlyList<Absence> Absences => _absences;

    public int Version { get; private set; }

    public static PsychologistSchedule For(Guid userId) => new() { UserId = userId };

    public void SetProfile(IEnumerable<string> languages, string? approaches)
    {
        var codes = languages.Select(l => l.Trim().ToLowerInvariant()).Where(l => l.Length > 0).Distinct().ToList();
        if (codes.Count > MaxLanguages)
        {
            throw new DomainRuleException(nameof(Languages), "Dix langues au plus.");
        }

        if (codes.Any(c => c.Length is < 2 or > 3 || !c.All(char.IsAsciiLetterLower)))
        {
            throw new DomainRuleException(nameof(Languages), "Choisissez les langues dans la liste.");
        }

        Languages = codes;
        Approaches = DomainText.Optional(approaches, nameof(Approaches), ApproachesMaxLength, multiline: true);
        Version++;
    }

    public AvailabilitySlot AddSlot(DayOfWeek day, TimeOnly start, TimeOnly end)
    {
        if (!Enum.IsDefined(day))
        {
            throw new DomainRuleException("Day", "Choisissez un jour de la semaine.");
        }

        if (end <= start)
        {
            throw new DomainRuleException("End", "La fin du créneau doit venir après son début.");
        }

        if (_slots.Count >= MaxSlots)
        {
            throw new DomainRuleException("Day", "Trente créneaux au plus : supprimez-en un d'abord.");
        }

        if (_slots.Any(s => s.Day == day && s.Start < end && start < s.End))
        {
            throw new DomainRuleException("Start", "Ce créneau chevauche un créneau déjà prévu ce jour-là.");
        }

        var slot = new AvailabilitySlot(day, start, end);
        _slots.Add(slot);
        Version++;
        return slot;
    }

    public void RemoveSlot(Guid slotId)
    {
        var slot = _slots.FirstOrDefault(s => s.Id == slotId) ?? throw new DomainRuleException("Slot", "Ce créneau n'existe plus : rechargez la page.");
        _slots.Remove(slot);
        Version++;
    }

    public Absence AddAbsence(DateOnly from, DateOnly to, string? reason, DateOnly today)
    {
        if (to < from)
        {
            throw new DomainRuleException("To", "La fin de l'absence doit venir après son début (ou le même jour).");
        }

        if (to < today)
        {
            throw new DomainRuleException("To", "Cette absence est déjà passée.");
        }

        if (to.DayNumber - from.DayNumber > 366)
        {
            throw new DomainRuleException("To", "Une absence dure au plus un an.");
        }

        var absence = new Absence(from, to, DomainText.Optional(reason, "Reason", AbsenceReasonMaxLength));
        _absences.Add(absence);
        Version++;
        return absence;
    }

    public void RemoveAbsence(Guid absenceId)
    {
        var absence = _absences.FirstOrDefault(a => a.Id == absenceId) ?? throw new DomainRuleException("Absence", "Cette absence n'existe plus : rechargez la page.");
        _absences.Remove(absence);
        Version++;
    }

    /// <summary>Whether a session from <paramref name="start"/> to <paramref name="end"/> (Paris wall-clock) fits one slot on a day without absence.</summary>
    public bool IsAvailable(DateTime start, DateTime end) =>
        start.Date == end.Date
        && !_absences.Any(a => a.Covers(DateOnly.FromDateTime(start)))
        && _slots.Any(s => s.Day == start.DayOfWeek && s.Start <= TimeOnly.FromDateTime(start) && TimeOnly.FromDateTime(end) <= s.End);
}

/// <summary>A weekly slot: every such weekday, from <see cref="Start"/> to <see cref="End"/> (Europe/Paris).</summary>
public sealed class AvailabilitySlot
{
    private AvailabilitySlot()
    {
    }

    internal AvailabilitySlot(DayOfWeek day, TimeOnly start, TimeOnly end)
    {
        Id = Guid.NewGuid();
        Day = day;
        Start = start;
        End = end;
    }

    public Guid Id { get; private set; }

    public DayOfWeek Day { get; private set; }

    public TimeOnly Start { get; private set; }

    public TimeOnly End { get; private set; }
}

/// <summary>Days off (holidays, absence), both ends included.</summary>
public sealed class Absence
{
    private Absence()
    {
    }

    internal Absence(DateOnly from, DateOnly to, string? reason)
    {
        Id = Guid.NewGuid();
        From = from;
        To = to;
        Reason = reason;
    }

    public Guid Id { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    public string? Reason { get; private set; }

    public bool Covers(DateOnly day) => From <= day && day <= To;
}
