using System.Globalization;
using System.Text;
using Remiv.Domain.Common;
using Remiv.Domain.Youths;

namespace Remiv.Bench.Generation;

/// <summary>One young person's file as built through the domain, with the entries written about them.</summary>
internal sealed record CaseFile(Youth Youth, List<YouthDocument> Documents, List<FollowUpEntry> Entries);

/// <summary>
/// Builds a young person's file the way the hub would have filled it over time, only through the domain's own
/// methods (<see cref="Youth.Register"/>, <see cref="Youth.AddAlias"/>, <see cref="Youth.RecordStatusChange"/>,
/// <see cref="Youth.AddToGroup"/>, <see cref="YouthDocument.Record"/>, <see cref="FollowUpEntry.Write"/>,
/// <see cref="Youth.Archive"/>...), each called "on the day" it happened, so every invariant is checked.
/// Later issues add their own steps here (deadlines from the status path, psychologists' sessions, workshops).
/// </summary>
internal sealed class CaseFileBuilder(int seed, DateOnly today, Staff staff)
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    private static readonly (Track Track, int Weight)[] WriterTracks =
    [
        (Track.Administrative, 26), (Track.Legal, 14), (Track.Social, 16), (Track.Health, 11), (Track.EducationTraining, 13),
        (Track.Housing, 9), (Track.Language, 6), (Track.CultureSport, 5),
    ];

    private static readonly Dictionary<Track, (EntryKind Kind, int Weight)[]> Kinds = new()
    {
        [Track.Administrative] = [(EntryKind.Paperwork, 40), (EntryKind.Accompaniment, 25), (EntryKind.PhoneCall, 20), (EntryKind.Conversation, 15)],
        [Track.Legal] = [(EntryKind.Conversation, 30), (EntryKind.Accompaniment, 25), (EntryKind.PhoneCall, 25), (EntryKind.Paperwork, 20)],
        [Track.Social] = [(EntryKind.Conversation, 50), (EntryKind.Accompaniment, 20), (EntryKind.PhoneCall, 15), (EntryKind.Other, 15)],
        [Track.Psychological] = [(EntryKind.Conversation, 90), (EntryKind.Other, 10)],
        [Track.Health] = [(EntryKind.Accompaniment, 40), (EntryKind.Conversation, 25), (EntryKind.PhoneCall, 20), (EntryKind.Paperwork, 15)],
        [Track.EducationTraining] = [(EntryKind.Conversation, 30), (EntryKind.Accompaniment, 25), (EntryKind.Paperwork, 25), (EntryKind.PhoneCall, 20)],
        [Track.Housing] = [(EntryKind.PhoneCall, 35), (EntryKind.Conversation, 30), (EntryKind.Accompaniment, 25), (EntryKind.Paperwork, 10)],
        [Track.Language] = [(EntryKind.Workshop, 70), (EntryKind.Conversation, 30)],
        [Track.CultureSport] = [(EntryKind.Workshop, 80), (EntryKind.Other, 20)],
    };

    private static readonly (Origin Origin, int Weight)[] WeightedOrigins = [.. Names.Origins.Select(o => (o, o.Weight))];

    private static readonly string[] Departments = ["86", "86", "86", "86", "86", "86", "79", "16", "17", "87", "37", "33", "75"];

    public CaseFile Build(YouthPlan plan)
    {
        var rng = Rng.For(seed, plan.Index, 1);
        var end = plan.ExitDate ?? today;
        var origin = rng.PickWeighted(WeightedOrigins);
        var female = rng.Chance(origin.FemaleShare);
        var first = rng.Pick(female ? origin.Female : origin.Male);
        var last = rng.Chance(origin.SingleNameShare) ? null : rng.Pick(origin.Last);
        var firstSpelling = Spelling(rng, first);
        var lastSpelling = last is null ? string.Empty : Spelling(rng, last);
        var native = first.Native is not null && (last is null || last.Native is not null) && rng.Chance(origin.NativePrimaryShare);

        // Registration, on the day of first contact, by the youth worker who becomes referent.
        var referent = rng.Chance(0.9) ? rng.Pick(staff.YouthWorkers).Id : rng.Pick(staff.Coordinators).Id;
        var birth = BirthDate(rng, plan);
        var languages = rng.PickWeighted(origin.LanguageSets);
        var speaksFrenchOrEnglish = languages.Contains("fr") || languages.Contains("en");
        var identity = new YouthIdentity(
            native ? first.Native! : firstSpelling,
            native ? last?.Native ?? string.Empty : lastSpelling,
            birth,
            birth is null ? BirthDateStanding.Declared : rng.PickWeighted<BirthDateStanding>([(BirthDateStanding.Declared, 60), (BirthDateStanding.Documented, 30), (BirthDateStanding.Contested, 10)]),
            female ? Sex.Female : rng.Chance(0.995) ? Sex.Male : Sex.Unknown,
            origin.Country,
            languages,
            speaksFrenchOrEnglish ? rng.Chance(0.1) : rng.Chance(0.85),
            rng.Chance(0.7) ? Phone(rng) : null,
            rng.Chance(0.9) ? plan.FirstContact.AddDays(-rng.Between(0, 120)) : null,
            rng.Chance(0.85) ? rng.Pick(Texts.ReferredBy) : null,
            rng.Chance(0.85) ? rng.Pick(Texts.Accommodation) : null);
        var youth = Youth.Register(identity, plan.FirstContact, referent, plan.FirstContact, At(rng, plan.FirstContact));

        AddAliases(rng, youth, native, first, last, firstSpelling, lastSpelling, plan.Heavy);
        var path = RecordPath(rng, youth, plan, end, referent);
        var members = FormGroup(rng, youth, plan, end, referent);
        SetSituations(rng, youth, plan, end, members);
        var documents = RecordDocuments(rng, youth, plan, end, path, referent);
        var entries = WriteEntries(rng, youth, plan, end, members, native ? first.Main : firstSpelling);

        if (plan.ExitDate is { } exit)
        {
            youth.Archive(exit, rng.Pick(Enum.GetValues<ExitReason>()), rng.Pick(Texts.ExitReasons), rng.Chance(0.7) ? referent : rng.Pick(staff.Coordinators).Id, exit, At(rng, exit));
        }

        return new CaseFile(youth, documents, entries);
    }

    private static string Spelling(Rng rng, NameForm name) =>
        name.Spellings.Length == 1 || rng.Chance(0.7) ? name.Main : name.Spellings[rng.Between(1, name.Spellings.Length - 1)];

    /// <summary>14 to 20 years old today, 14 to 18 at first contact; some born "on 1 January" as many documents say.</summary>
    private DateOnly? BirthDate(Rng rng, YouthPlan plan)
    {
        if (!plan.Heavy && rng.Chance(0.03))
        {
            return null;
        }

        var followedYears = (today.DayNumber - plan.FirstContact.DayNumber) / 365.25;
        var oldest = Math.Min(17.9, 20.9 - followedYears);
        var ageAtContact = rng.Between(Math.Min(14.0, oldest - 0.5), oldest);
        var birth = plan.FirstContact.AddDays(-(int)(ageAtContact * 365.25));
        var firstOfJanuary = new DateOnly(birth.Year, 1, 1);
        return rng.Chance(0.15) && firstOfJanuary > today.AddYears(-21) ? firstOfJanuary : birth;
    }

    private static string Phone(Rng rng) => string.Create(
        CultureInfo.InvariantCulture,
        $"0{rng.Between(6, 7)} {rng.Between(10, 99)} {rng.Between(10, 99)} {rng.Between(10, 99)} {rng.Between(10, 99)}");

    /// <summary>About 30 % of files carry another spelling: the Latin transcription, a variant from a document, the other script, or the names inverted.</summary>
    private static void AddAliases(Rng rng, Youth youth, bool native, NameForm first, NameForm? last, string firstSpelling, string lastSpelling, bool heavy)
    {
        var candidates = new List<(string Name, string Note)>();
        if (native)
        {
            candidates.Add(($"{first.Main} {last?.Main}".Trim(), "Transcription latine (passeport)"));
        }

        if (native || heavy || rng.Chance(0.27))
        {
            var variantFirst = first.Spellings.FirstOrDefault(s => s != firstSpelling);
            var variantLast = last?.Spellings.FirstOrDefault(s => s != lastSpelling);
            if (variantFirst is not null || variantLast is not null)
            {
                candidates.Add(($"{variantFirst ?? firstSpelling} {variantLast ?? lastSpelling}".Trim(), rng.Pick(["Orthographe du jugement", "Orthographe de l'ASE", "Acte de naissance"])));
            }

            if (!native && first.Native is not null)
            {
                candidates.Add(($"{first.Native} {last?.Native}".Trim(), "Écrit par le jeune"));
            }

            if (last is not null)
            {
                candidates.Add(($"{lastSpelling} {firstSpelling}", "Nom et prénom inversés sur un document"));
            }
        }

        var wanted = heavy ? 3 : native ? 1 + (rng.Chance(0.3) ? 1 : 0) : candidates.Count == 0 ? 0 : 1 + (rng.Chance(0.2) ? 1 : 0);
        foreach (var (name, note) in candidates.Take(wanted))
        {
            try
            {
                youth.AddAlias(name, note);
            }
            catch (DomainRuleException)
            {
                // The same spelling once folded (accents, case): the domain refuses it, as it would in the form.
            }
        }
    }

    /// <summary>The dated path: age assessment, then recognised and placed, or refused, appeal, decision; young adult support after 18.</summary>
    private List<YouthStatus> RecordPath(Rng rng, Youth youth, YouthPlan plan, DateOnly end, Guid referent)
    {
        var path = new List<YouthStatus> { YouthStatus.FirstContact };
        var day = plan.FirstContact;
        bool Step(YouthStatus status, int minDays, int maxDays, string? note, bool withDepartment = false)
        {
            var next = day.AddDays(rng.Between(minDays, maxDays));
            if (next > end || (plan.ExitDate is not null && next >= end))
            {
                return false;
            }

            day = next;
            var by = rng.Chance(0.75) ? referent : rng.Pick(staff.Coordinators).Id;
            youth.RecordStatusChange(status, day, withDepartment ? rng.Pick(Departments) : null, note, by, day, At(rng, day));
            path.Add(status);
            return true;
        }

        if (!Step(YouthStatus.AgeAssessment, 0, 3, rng.Pick<string?>(["Évaluation par le département, mise à l'abri à l'hôtel.", "Entretien d'évaluation prévu.", null])))
        {
            return path;
        }

        var recognised = plan.Heavy || rng.Chance(0.58);
        if (recognised)
        {
            if (!Step(YouthStatus.RecognisedMinorPlaced, 5, 15, "Minorité reconnue, confié à l'ASE.", withDepartment: true))
            {
                return path;
            }
        }
        else
        {
            if (!Step(YouthStatus.MinorityRefused, 5, 15, "Refus de minorité notifié par le département.")
                || rng.Chance(0.15)
                || !Step(YouthStatus.AppealPending, 3, 14, "Saisine du juge des enfants par l'avocat."))
            {
                return path;
            }

            recognised = rng.Chance(0.55);
            if (!Step(recognised ? YouthStatus.RecognisedAfterAppeal : YouthStatus.RefusedAfterAppeal, 45, 240,
                    recognised ? "Minorité reconnue par le juge des enfants." : "Le juge des enfants confirme le refus.", withDepartment: recognised))
            {
                return path;
            }
        }

        if (recognised && youth.EighteenthBirthday is { } eighteen && eighteen > day && (plan.Heavy || rng.Chance(0.7)))
        {
            var gap = eighteen.DayNumber - day.DayNumber;
            Step(YouthStatus.YoungAdultSupport, gap, gap + 30, "Contrat jeune majeur signé jusqu'à 21 ans.");
        }

        return path;
    }

    /// <summary>The follow-up group: the referent, often a second youth worker, sometimes a psychologist or a coordinator; some leave.</summary>
    private List<(Guid UserId, DateOnly From, DateOnly? Until)> FormGroup(Rng rng, Youth youth, YouthPlan plan, DateOnly end, Guid referent)
    {
        var members = new List<(Guid UserId, DateOnly From, DateOnly? Until)> { (referent, plan.FirstContact, null) };
        var span = Math.Max(0, end.DayNumber - plan.FirstContact.DayNumber - 1);
        void Join(Guid userId)
        {
            if (members.Count >= 3 || members.Any(m => m.UserId == userId))
            {
                return;
            }

            var from = plan.FirstContact.AddDays(rng.Between(0, span / 2));
            youth.AddToGroup(userId, from);
            DateOnly? until = null;
            if (rng.Chance(0.12) && from.AddDays(30) < end)
            {
                until = from.AddDays(rng.Between(30, Math.Max(30, end.DayNumber - from.DayNumber - 1)));
                youth.RemoveFromGroup(userId, until.Value);
            }

            members.Add((userId, from, until));
        }

        if (plan.Heavy || rng.Chance(0.55))
        {
            Join(rng.Pick(staff.YouthWorkers).Id);
        }

        if (plan.Heavy || rng.Chance(0.25))
        {
            Join(rng.Pick(staff.Psychologists).Id);
        }

        if (rng.Chance(0.08))
        {
            Join(rng.Pick(staff.Coordinators).Id);
        }

        return members;
    }

    private void SetSituations(Rng rng, Youth youth, YouthPlan plan, DateOnly end, List<(Guid UserId, DateOnly From, DateOnly? Until)> members)
    {
        var tracks = WriterTracks.Select(t => t.Track).OrderBy(_ => rng.Next()).Take(rng.Between(1, 4)).ToList();
        var psychologist = members.FirstOrDefault(m => staff.IsPsychologist(m.UserId) && m.Until is null).UserId;
        if (psychologist != Guid.Empty && rng.Chance(0.6))
        {
            tracks.Add(Track.Psychological);
        }

        foreach (var track in tracks)
        {
            var by = track == Track.Psychological ? psychologist : members[0].UserId;
            youth.SetSituation(track, rng.Pick(Texts.Situations[track]), by, At(rng, Day(rng, plan.FirstContact, end)));
        }
    }

    private static List<YouthDocument> RecordDocuments(Rng rng, Youth youth, YouthPlan plan, DateOnly end, List<YouthStatus> path, Guid by)
    {
        var documents = new List<YouthDocument>();
        void Record(DocumentKind kind, double probability, int validityDays = 0)
        {
            if (!rng.Chance(probability))
            {
                return;
            }

            var day = Day(rng, plan.FirstContact, end);
            var status = rng.PickWeighted<DocumentStatus>([(DocumentStatus.Obtained, 60), (DocumentStatus.Requested, 25), (DocumentStatus.Missing, 15)]);
            DateOnly? expiry = status == DocumentStatus.Obtained && validityDays > 0 ? day.AddDays(validityDays) : null;
            var note = rng.Chance(0.2) ? rng.Pick(["Original gardé par le jeune", "Copie au dossier", "Demandé par courrier", "À légaliser"]) : null;
            documents.Add(YouthDocument.Record(youth, kind, status, expiry, note, by, At(rng, day)));
        }

        Record(DocumentKind.BirthCertificate, 0.7);
        Record(DocumentKind.PassportOrIdCard, 0.4, 5 * 365);
        Record(DocumentKind.ConsularCard, 0.3, 3 * 365);
        Record(DocumentKind.SchoolCertificates, 0.25);
        Record(DocumentKind.AsePlacementOrder, path.Contains(YouthStatus.RecognisedMinorPlaced) || path.Contains(YouthStatus.RecognisedAfterAppeal) ? 0.8 : 0);
        Record(DocumentKind.CourtDecisions, path.Contains(YouthStatus.AppealPending) ? 0.7 : 0);
        Record(DocumentKind.AsylumCertificate, 0.08, 180);
        Record(DocumentKind.ResidencePermitOrReceipt, youth.EighteenthBirthday <= end ? 0.6 : 0, rng.Chance(0.5) ? 90 : 365);
        Record(DocumentKind.HealthCoverageCard, 0.6, 365);
        return documents;
    }

    private List<FollowUpEntry> WriteEntries(Rng rng, Youth youth, YouthPlan plan, DateOnly end, List<(Guid UserId, DateOnly From, DateOnly? Until)> members, string latinFirstName)
    {
        var entries = new List<FollowUpEntry>(plan.Entries);
        if (plan.Entries == 0)
        {
            return entries;
        }

        var span = end.DayNumber - plan.FirstContact.DayNumber;
        var days = new int[plan.Entries];
        for (var i = 0; i < days.Length; i++)
        {
            days[i] = rng.Between(0, span);
        }

        Array.Sort(days);
        var name = latinFirstName.Split(' ')[0];
        foreach (var offset in days)
        {
            var date = plan.FirstContact.AddDays(offset);
            var present = members.Where(m => m.From <= date && (m.Until is null || m.Until >= date)).ToList();
            var (author, _, _) = present.Count == 0 ? members[0] : rng.PickWeighted(present.Select(m => (m, staff.IsPsychologist(m.UserId) ? 1 : 6)).ToList());
            var track = staff.IsPsychologist(author) ? Track.Psychological : rng.PickWeighted(WriterTracks);
            var written = date.AddDays(rng.Chance(0.8) ? 0 : rng.Between(1, 3));
            if (written > today)
            {
                written = today;
            }

            entries.Add(FollowUpEntry.Write(
                youth,
                rng.Guid(),
                date,
                track,
                rng.PickWeighted(Kinds[track]),
                Text(rng, track, name, date),
                author,
                rng.Chance(0.35) ? rng.Pick(Texts.Partners[track]) : null,
                rng.Chance(0.3) ? rng.Pick(Texts.NextSteps) : null,
                rng.Chance(track == Track.Psychological ? 0.1 : 0.03) ? EntryVisibility.AuthorOnly : EntryVisibility.FollowUpGroup,
                written,
                At(rng, written)));
        }

        return entries;
    }

    /// <summary>One to three sentences of the track, sometimes a closing remark; now and then a long note.</summary>
    private static string Text(Rng rng, Track track, string name, DateOnly date)
    {
        var pool = Texts.Sentences[track];
        var sentences = rng.Chance(0.04) ? rng.Between(4, 6) : rng.Chance(0.35) ? 2 : 1;
        var text = new StringBuilder();
        for (var i = 0; i < sentences; i++)
        {
            text.Append(i == 0 ? string.Empty : " ").Append(rng.Pick(pool));
        }

        if (rng.Chance(0.25))
        {
            text.Append(' ').Append(rng.Pick(Texts.Closers));
        }

        return text
            .Replace("{p}", name)
            .Replace("{d}", date.AddDays(rng.Between(2, 30)).ToString("d MMMM", French))
            .Replace("{a}", rng.Pick(Texts.Lawyers))
            .Replace("{w}", rng.Pick(Texts.Weekdays))
            .ToString();
    }

    private static DateOnly Day(Rng rng, DateOnly from, DateOnly to) => from.AddDays(rng.Between(0, Math.Max(0, to.DayNumber - from.DayNumber)));

    /// <summary>A moment of the working day (8:00 to 19:00 in Poitiers, written in UTC).</summary>
    private static DateTimeOffset At(Rng rng, DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(new TimeOnly(rng.Between(7, 17), rng.Between(0, 59), rng.Between(0, 59))), TimeSpan.Zero);
}
