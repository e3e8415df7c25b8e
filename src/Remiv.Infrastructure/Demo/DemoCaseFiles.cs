using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common;
using Remiv.Application.Deadlines;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Psychology;
using Remiv.Domain.Youths;
using Remiv.Infrastructure.Persistence;

namespace Remiv.Infrastructure.Demo;

/// <summary>
/// Fictional young people for the demo: names in the scripts and spellings they would give (Latin with its variants,
/// Arabic, Ge'ez, Bengali, Pashto), paths at different stages, follow-up groups, entries on several tracks
/// (a psychological one among them) and documents. Every name and event is invented.
/// </summary>
internal static class DemoCaseFiles
{
    private sealed record Person(
        string First,
        string Last,
        string[] Aliases,
        int AgeYears,
        Sex Sex,
        string Nationality,
        string[] Languages,
        bool Interpreter,
        int ArrivedDaysAgo,
        YouthStatus[] Path);

    private static readonly Person[] People =
    [
        new("Abdoulaye", "Diallo", ["Abdullahi Jallow"], 16, Sex.Male, "GN", ["ff", "fr"], false, 120,
            [YouthStatus.AgeAssessment, YouthStatus.MinorityRefused, YouthStatus.AppealPending]),
        new("Mohamed", "Camara", ["Muhammad Kamara"], 17, Sex.Male, "GN", ["sus", "fr"], false, 300,
            [YouthStatus.AgeAssessment, YouthStatus.RecognisedMinorPlaced]),
        new("Aïssatou", "Bâ", [], 15, Sex.Female, "SN", ["wo", "fr"], false, 60, [YouthStatus.AgeAssessment]),
        new("ተስፋዬ", "ገብረሚካኤል", ["Tesfaye Gebremichael"], 16, Sex.Male, "ER", ["ti"], true, 200,
            [YouthStatus.AgeAssessment, YouthStatus.RecognisedMinorPlaced]),
        new("محمد", "الأمين", ["Mohamed El Amine", "Mohammed Lamine"], 17, Sex.Male, "SD", ["ar"], true, 150,
            [YouthStatus.AgeAssessment, YouthStatus.MinorityRefused]),
        new("Wahid", "Karimi", ["وحید کریمی"], 17, Sex.Male, "AF", ["ps", "fa"], true, 400,
            [YouthStatus.AgeAssessment, YouthStatus.RecognisedMinorPlaced, YouthStatus.YoungAdultSupport]),
        new("রহিম", "উদ্দিন", ["Rahim Uddin"], 16, Sex.Male, "BD", ["bn"], true, 90, [YouthStatus.AgeAssessment]),
        new("Ousmane", "Traoré", ["Usman Traore"], 16, Sex.Male, "ML", ["bm", "fr"], false, 40, []),
        new("Fatoumata", "Koné", [], 16, Sex.Female, "CI", ["fr"], false, 500,
            [YouthStatus.AgeAssessment, YouthStatus.MinorityRefused, YouthStatus.AppealPending, YouthStatus.RecognisedAfterAppeal]),
        new("Youssef", "Ben Salah", ["Yusuf Bensalah"], 17, Sex.Male, "TN", ["ar", "fr"], false, 250,
            [YouthStatus.AgeAssessment, YouthStatus.RecognisedMinorPlaced]),
        new("Ibrahima", "N'Diaye", ["Brahim Ndiaye"], 17, Sex.Male, "SN", ["wo", "fr"], false, 700,
            [YouthStatus.AgeAssessment, YouthStatus.RecognisedMinorPlaced, YouthStatus.Exited]),
        new("Mamadou", "Sow", [], 15, Sex.Male, "GN", ["ff"], true, 20, []),
    ];

    private static readonly (Track Track, EntryKind Kind, string Text, string? NextStep)[] Entries =
    [
        (Track.Administrative, EntryKind.Paperwork, "Demande d'acte de naissance envoyée au consulat.", "Relancer le consulat dans 15 jours."),
        (Track.Legal, EntryKind.Accompaniment, "Rendez-vous avec l'avocate pour préparer l'audience devant le juge des enfants.", "Rassembler les documents d'état civil."),
        (Track.Social, EntryKind.Conversation, "Entretien d'accueil : le jeune raconte son parcours, fatigué mais souriant.", null),
        (Track.Health, EntryKind.Accompaniment, "Accompagné à la PASS du CHU pour un bilan de santé.", "Récupérer les résultats mardi."),
        (Track.EducationTraining, EntryKind.PhoneCall, "Appel au CASNAV pour un test de positionnement.", "Test prévu la semaine prochaine."),
        (Track.Housing, EntryKind.PhoneCall, "Appel au 115 : place confirmée pour la semaine.", null),
        (Track.Language, EntryKind.Workshop, "Atelier de français : très assidu, progresse vite à l'oral.", null),
        (Track.CultureSport, EntryKind.Workshop, "Séance de football avec l'UFOLEP.", null),
    ];

    public static async Task SeedAsync(RemivDbContext db, IReadOnlyDictionary<string, Guid> staff, AutomaticDeadlines automatic, TimeProvider clock)
    {
        if (await db.Youths.AnyAsync())
        {
            return;
        }

        var now = clock.GetUtcNow();
        var today = clock.Today();
        var workers = new[] { staff["educateur@remiv.example"], staff["coordination@remiv.example"] };
        var psychologist = staff["psychologue@remiv.example"];
        for (var i = 0; i < People.Length; i++)
        {
            var person = People[i];
            var arrival = today.AddDays(-person.ArrivedDaysAgo);
            var firstContact = arrival.AddDays(3);
            var referent = workers[i % 2];
            var youth = Youth.Register(
                new YouthIdentity(person.First, person.Last, today.AddYears(-person.AgeYears).AddDays(-40 * (i + 1)), BirthDateStanding.Declared,
                    person.Sex, person.Nationality, person.Languages, person.Interpreter, null, arrival, "Maraude de la gare", "Hôtel (115)"),
                firstContact, referent, today, now);
            foreach (var alias in person.Aliases)
            {
                youth.AddAlias(alias, "autre orthographe");
            }

            for (var step = 0; step < person.Path.Length; step++)
            {
                var date = firstContact.AddDays((step + 1) * Math.Max(1, person.ArrivedDaysAgo / (person.Path.Length + 1)));
                var status = person.Path[step];
                if (status == YouthStatus.Exited)
                {
                    youth.Archive(date, ExitReason.MovedAway, "Installé à Bordeaux chez un proche.", referent, today, now);
                }
                else
                {
                    youth.RecordStatusChange(status, date, status == YouthStatus.RecognisedMinorPlaced ? "86" : null, null, referent, today, now);
                }
            }

            if (!youth.IsArchived)
            {
                youth.AddToGroup(psychologist, firstContact);
                youth.SetSituation(Track.Housing, "Hébergé à l'hôtel par le 115 en attendant une place.", referent, now);
                youth.SetSituation(Track.Legal, "Dossier suivi avec une avocate du barreau de Poitiers.", referent, now);
                if (person.Interpreter)
                {
                    youth.SetSituation(Track.Psychological, "Suivi proposé, premier entretien avec interprète à prévoir.", psychologist, now);
                }
            }

            db.Youths.Add(youth);
            if (!youth.IsArchived)
            {
                for (var e = 0; e < Entries.Length; e++)
                {
                    var (track, kind, text, next) = Entries[(e + i) % Entries.Length];
                    var date = today.AddDays(-((e * 7) % Math.Max(1, person.ArrivedDaysAgo - 3)));
                    db.FollowUpEntries.Add(FollowUpEntry.Write(youth, Guid.NewGuid(), date < firstContact ? firstContact : date, track, kind, text,
                        referent, track == Track.Legal ? "Avocate" : null, next, EntryVisibility.FollowUpGroup, today, now));
                }

                db.FollowUpEntries.Add(FollowUpEntry.Write(youth, Guid.NewGuid(), today, Track.Psychological, EntryKind.Conversation,
                    "Entretien avec interprète : sommeil difficile, évoque le trajet. À revoir dans deux semaines.", psychologist, null, null,
                    EntryVisibility.FollowUpGroup, today, now));
                db.YouthDocuments.Add(YouthDocument.Record(youth, DocumentKind.BirthCertificate, i % 3 == 0 ? DocumentStatus.Requested : DocumentStatus.Obtained, null, null, referent, now));
                db.YouthDocuments.Add(YouthDocument.Record(youth, DocumentKind.HealthCoverageCard, DocumentStatus.Obtained, today.AddMonths(2 + i), "AME", referent, now));
            }
        }

        await db.SaveChangesAsync();
        await SeedDeadlinesAsync(db, automatic, clock);
        await SeedPsychologyAsync(db, psychologist, clock);
    }

    /// <summary>Two rooms, the demo psychologist's hours, and two requests on the waiting list (one urgent).</summary>
    private static async Task SeedPsychologyAsync(RemivDbContext db, Guid psychologist, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        db.Rooms.Add(Room.Create("Salle d'écoute", "Au rez-de-chaussée, accessible en fauteuil."));
        db.Rooms.Add(Room.Create("Bureau du 1er étage", "Téléphone pour l'interprète."));
        var schedule = PsychologistSchedule.For(psychologist);
        schedule.SetProfile(["fr", "en"], "Approche transculturelle, psychotraumatisme.");
        schedule.AddSlot(DayOfWeek.Tuesday, new TimeOnly(14, 0), new TimeOnly(18, 0));
        schedule.AddSlot(DayOfWeek.Thursday, new TimeOnly(9, 0), new TimeOnly(12, 0));
        db.PsychologistSchedules.Add(schedule);

        var waiting = await db.Youths.Where(y => y.CurrentStatus != YouthStatus.Exited).OrderByDescending(y => y.CreatedAt).Take(2).ToListAsync();
        var reasons = new[]
        {
            (RequestUrgency.Urgent, "Cauchemars toutes les nuits depuis l'annonce du refus de minorité ; ne mange plus. Il accepte de rencontrer quelqu'un."),
            (RequestUrgency.Normal, "Parle souvent de sa famille restée au pays, semble isolé au foyer. Demande à parler à quelqu'un, en anglais."),
        };
        for (var i = 0; i < waiting.Count; i++)
        {
            db.FollowUpRequests.Add(FollowUpRequest.Make(waiting[i], reasons[i].Item1, reasons[i].Item2, waiting[i].ReferentId ?? psychologist, now.AddDays(-3 * (i + 1))));
        }

        await db.SaveChangesAsync();
    }

    /// <summary>
    /// The automatic deadlines of each open file (birthdays, coverage ends), and a few set by hand: an appeal due soon,
    /// one overdue, an OQTF whose delay is to be confirmed. Due dates follow today, so the demo always has something to show.
    /// </summary>
    private static async Task SeedDeadlinesAsync(RemivDbContext db, AutomaticDeadlines automatic, TimeProvider clock)
    {
        var today = clock.Today();
        var now = clock.GetUtcNow();
        var presets = await db.DeadlinePresets.ToListAsync();
        var open = await db.Youths.Where(y => y.CurrentStatus != YouthStatus.Exited).OrderBy(y => y.CreatedAt).ToListAsync();
        foreach (var youth in open)
        {
            await automatic.SyncAsync(youth, CancellationToken.None);
        }

        var manual = new (string PresetName, int EventDaysAgo)[]
        {
            ("Appel de la décision du juge des enfants", 12),
            ("Dépôt de la demande complète à l'OFPRA", 23),
            ("Recours contre l'OQTF", 5),
            ("Fin de la mise à l'abri (évaluation)", 4),
        };
        for (var i = 0; i < manual.Length && i < open.Count; i++)
        {
            var youth = open[i];
            var preset = presets.First(p => p.Name == manual[i].PresetName);
            var eventDate = today.AddDays(-manual[i].EventDaysAgo);
            db.Deadlines.Add(Deadline.Create(youth, new DeadlineDetails(preset.Track, preset.Kind, preset.Name, preset.Event, eventDate,
                preset.ComputeDue(eventDate), null, null, preset.ReminderDays), preset, youth.ReferentId, today, now));
        }

        await db.SaveChangesAsync();
    }
}
