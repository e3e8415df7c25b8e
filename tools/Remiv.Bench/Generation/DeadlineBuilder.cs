using Remiv.Application.Common;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Youths;

namespace Remiv.Bench.Generation;

/// <summary>Where a generated deadline stands on the benchmark day.</summary>
internal enum DeadlineRole
{
    /// <summary>One of its reminders falls on the benchmark day: the scan of that day takes it.</summary>
    DueOnDay,

    /// <summary>Its next reminder comes after the benchmark day (up to two years later).</summary>
    Later,

    /// <summary>Overdue and still open, every reminder sent already (the coordinators' two days after): nothing left to send.</summary>
    OverdueReminded,
}

/// <summary>
/// Builds open deadlines through the domain only: <see cref="Deadline.Create"/> on the day the deadline was entered
/// (a preset of French law, or one entered by hand), then <see cref="Deadline.TakeDueReminders"/> for the day before the
/// benchmark day, as the daily scans up to yesterday left it. The benchmark day's own reminders are the scan's to send.
/// </summary>
internal sealed class DeadlineBuilder(int seed, DateOnly day, IReadOnlyList<DeadlinePreset> presets, IReadOnlyList<Youth> youths, Staff staff)
{
    /// <summary>Deadlines entered by hand: hearings, appointments, papers to send, by track.</summary>
    private static readonly (Track Track, DeadlineKind Kind, string Title, int Weight)[] ByHand =
    [
        (Track.Administrative, DeadlineKind.Appointment, "Rendez-vous en préfecture", 10),
        (Track.Administrative, DeadlineKind.Application, "Déposer le dossier de demande de titre de séjour", 6),
        (Track.Administrative, DeadlineKind.Renewal, "Renouveler le récépissé", 6),
        (Track.Administrative, DeadlineKind.Other, "Fournir l'acte de naissance traduit", 4),
        (Track.Legal, DeadlineKind.Appointment, "Audience devant le juge des enfants", 6),
        (Track.Legal, DeadlineKind.Appointment, "Rendez-vous avec l'avocate", 6),
        (Track.Legal, DeadlineKind.Other, "Envoyer les pièces au greffe", 3),
        (Track.Social, DeadlineKind.Appointment, "Point de situation avec l'ASE", 6),
        (Track.Social, DeadlineKind.Assessment, "Bilan d'autonomie", 3),
        (Track.Health, DeadlineKind.Appointment, "Rendez-vous médical", 8),
        (Track.Health, DeadlineKind.Appointment, "Bilan de santé", 3),
        (Track.Health, DeadlineKind.Other, "Compléter les vaccinations", 2),
        (Track.EducationTraining, DeadlineKind.Application, "Inscription en CAP", 4),
        (Track.EducationTraining, DeadlineKind.Assessment, "Test de positionnement", 3),
        (Track.EducationTraining, DeadlineKind.Other, "Signer le contrat d'apprentissage", 3),
        (Track.Housing, DeadlineKind.Appointment, "Visite du foyer de jeunes travailleurs", 3),
        (Track.Housing, DeadlineKind.Application, "Déposer la demande de logement", 3),
        (Track.Psychological, DeadlineKind.Appointment, "Rendez-vous au centre médico-psychologique", 6),
        (Track.Psychological, DeadlineKind.Other, "Point avec la psychologue", 4),
    ];

    private static readonly (int[] Days, int Weight)[] HandReminders = [([7, 2, 0], 60), ([2, 0], 15), ([14, 7, 1], 15), ([30, 7, 0], 10)];

    private readonly (int Index, int Weight)[] _byHand = [.. ByHand.Select((d, i) => (i, d.Weight))];

    public Deadline Build(int index, DeadlineRole role)
    {
        var rng = Rng.For(seed, index, 20);
        var youth = rng.Pick(youths);
        var preset = rng.Chance(0.75) ? rng.Pick(presets) : null;
        var byHand = ByHand[rng.PickWeighted(_byHand)];
        var reminderDays = (IReadOnlyList<int>?)preset?.ReminderDays ?? rng.PickWeighted(HandReminders);
        var due = role switch
        {
            DeadlineRole.DueOnDay => day.AddDays(OffsetDueToday(rng, reminderDays)),
            DeadlineRole.Later => LaterDue(rng, reminderDays),
            _ => day.AddDays(-rng.Between(3, 180)),
        };

        // A preset runs from an event that has happened (a decision notified, a certificate handed over): further off
        // than its offset reaches, the deadline is one entered by hand (a hearing, an appointment), with the same reminders.
        var eventDate = preset is null ? day : EventOf(preset, due);
        if (eventDate >= day)
        {
            preset = null;
        }

        DateOnly entered;
        if (preset is null)
        {
            entered = role == DeadlineRole.Later ? day.AddDays(-rng.Between(1, 120)) : Min(due, day.AddDays(-1)).AddDays(-rng.Between(3, 60));
            eventDate = entered;
        }
        else
        {
            entered = Min(eventDate.AddDays(rng.Between(0, 3)), day.AddDays(-1));
        }

        var track = preset?.Track ?? byHand.Track;
        var kind = preset?.Kind ?? byHand.Kind;
        var dueTime = kind == DeadlineKind.Appointment && rng.Chance(0.6) ? new TimeOnly(rng.Between(9, 16), rng.Chance(0.5) ? 0 : 30) : (TimeOnly?)null;
        var responsible = rng.Chance(0.25) ? Responsible(rng, youth, track) : null;
        var details = new DeadlineDetails(track, kind, preset?.Name ?? byHand.Title, preset?.Event ?? DeadlineEvent.Other, eventDate, due, dueTime, responsible, reminderDays);
        var deadline = Deadline.Create(youth, details, preset, responsible ?? youth.ReferentId, entered, At(rng, entered));

        // The daily scans up to yesterday.
        deadline.TakeDueReminders(day.AddDays(-1));
        var expected = role switch
        {
            DeadlineRole.DueOnDay => deadline.NextReminderOn == day,
            DeadlineRole.Later => deadline.NextReminderOn > day,
            _ => deadline.NextReminderOn is null,
        };
        return expected
            ? deadline
            : throw new InvalidOperationException($"Deadline {index} ({role}): next reminder on {deadline.NextReminderOn}, benchmark day {day}.");
    }

    /// <summary>Which of its reminders falls today: mostly one before the date, sometimes the day after, now and then the coordinators' (two days after).</summary>
    private static int OffsetDueToday(Rng rng, IReadOnlyList<int> reminderDays) =>
        rng.Next() switch
        {
            < 0.85 => rng.Pick(reminderDays),
            < 0.95 => -Deadline.ResponsibleOverdueDay,
            _ => -Deadline.CoordinatorsOverdueDay,
        };

    /// <summary>Within two years, on a day none of its reminders falls on the benchmark day.</summary>
    private DateOnly LaterDue(Rng rng, IReadOnlyList<int> reminderDays)
    {
        while (true)
        {
            var ahead = rng.Between(1, 730);
            if (!reminderDays.Contains(ahead))
            {
                return day.AddDays(ahead);
            }
        }
    }

    private static DateOnly EventOf(DeadlinePreset preset, DateOnly due)
    {
        var back = preset.OffsetDirection == OffsetDirection.After ? -preset.OffsetAmount : preset.OffsetAmount;
        return preset.OffsetUnit == OffsetUnit.Days ? due.AddDays(back) : due.AddMonths(back);
    }

    /// <summary>A member of the follow-up group who works on that track (a psychologist for the psychological one), if any.</summary>
    private Guid? Responsible(Rng rng, Youth youth, Track track)
    {
        var candidates = youth.FollowUpGroup
            .Where(m => m.IsActive && staff.IsPsychologist(m.UserId) == (track == Track.Psychological))
            .Select(m => m.UserId)
            .ToList();
        return candidates.Count == 0 ? null : rng.Pick(candidates);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateTimeOffset At(Rng rng, DateOnly date) =>
        new(TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(new TimeOnly(rng.Between(8, 18), rng.Between(0, 59)), DateTimeKind.Unspecified), HubCalendar.Zone), TimeSpan.Zero);
}
