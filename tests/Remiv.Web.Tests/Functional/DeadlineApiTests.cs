using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Security;
using Remiv.Infrastructure.Persistence;
using Remiv.Web.Tests.Support;

namespace Remiv.Web.Tests.Functional;

/// <summary>
/// The deadlines API through the real pipeline and database: deadlines computed from a preset (the date shown, and
/// overridable), made by hand, moved, closed and reopened from the version read; the French refusals of incoherent
/// dates, archived files and absurd presets, with nothing saved; and who sees and changes which deadline, for every role.
/// </summary>
public sealed class DeadlineApiTests(string provider) : FunctionalFixture(provider)
{
    public enum Member
    {
        /// <summary>Not in the young person's follow-up group (a coordinator sees every file anyway).</summary>
        OutsideGroup,

        /// <summary>In the young person's follow-up group.</summary>
        InGroup,
    }

    private const string JudgeAppeal = "Appel de la décision du juge des enfants";
    private const string ArchivedMessage = "Ce dossier est archivé : il ne peut plus être modifié.";
    private const string BeforeEventMessage = "L'échéance ne peut pas précéder l'événement dont elle découle. Vérifiez les deux dates.";
    private const string NoteRequiredMessage = "Expliquez en une phrase pourquoi l'échéance est annulée ou manquée.";
    private const string ReminderRangeMessage = "Un rappel se place entre 0 et 365 jours avant l'échéance.";
    private const string TooManyRemindersMessage = "Six rappels au plus.";
    private const string OffsetBeforeEventMessage = "Ce délai court à partir de l'événement : il ne peut pas se placer avant lui.";
    private const string ConflictTitleStart = "Cet élément a été modifié par quelqu'un d'autre";

    private const string Anonymous = "Anonymous";

    private const string ListMine = "GET /deadlines";
    private const string Overview = "GET /deadlines?scope=All";
    private const string ReadLegal = "GET /deadlines/{legal}";
    private const string ReadPsychological = "GET /deadlines/{psychological}";
    private const string CreateLegal = "POST /youths/{id}/deadlines (Legal)";
    private const string CreatePsychological = "POST /youths/{id}/deadlines (Psychological)";
    private const string CloseLegal = "POST /deadlines/{legal}/close";
    private const string ListPresets = "GET /deadline-presets";
    private const string Preview = "GET /deadline-presets/{id}/preview";
    private const string CreatePreset = "POST /deadline-presets";
    private const string UpdatePreset = "PUT /deadline-presets/{id}";

    private const HttpStatusCode Ok = HttpStatusCode.OK;
    private const HttpStatusCode Created = HttpStatusCode.Created;
    private const HttpStatusCode Unauthorized = HttpStatusCode.Unauthorized;
    private const HttpStatusCode Forbidden = HttpStatusCode.Forbidden;
    private const HttpStatusCode NotFound = HttpStatusCode.NotFound;

    /// <summary>
    /// The specification. Each case's young person is followed by the in-group youth worker (referent) and the in-group
    /// psychologist, and has a legal deadline and a psychological one. 404 where the caller may use the function but not see
    /// that file or that track (its existence is not revealed); 403 where the caller's role may not use the function at all.
    /// </summary>
    private static readonly (string Role, Member Member, string Endpoint, HttpStatusCode Expected)[] Matrix =
    [
        (Anonymous,          Member.OutsideGroup, ListMine,            Unauthorized),
        (Anonymous,          Member.OutsideGroup, ReadLegal,           Unauthorized),
        (Anonymous,          Member.OutsideGroup, CreateLegal,         Unauthorized),
        (Anonymous,          Member.OutsideGroup, ListPresets,         Unauthorized),
        (Anonymous,          Member.OutsideGroup, CreatePreset,        Unauthorized),

        (Roles.Admin,        Member.OutsideGroup, ListMine,            Forbidden),
        (Roles.Admin,        Member.OutsideGroup, Overview,            Forbidden),
        (Roles.Admin,        Member.OutsideGroup, ReadLegal,           Forbidden),
        (Roles.Admin,        Member.OutsideGroup, ReadPsychological,   Forbidden),
        (Roles.Admin,        Member.OutsideGroup, CreateLegal,         Forbidden),
        (Roles.Admin,        Member.OutsideGroup, CloseLegal,          Forbidden),
        (Roles.Admin,        Member.OutsideGroup, ListPresets,         Forbidden),
        (Roles.Admin,        Member.OutsideGroup, Preview,             Forbidden),
        (Roles.Admin,        Member.OutsideGroup, CreatePreset,        Forbidden),
        (Roles.Admin,        Member.OutsideGroup, UpdatePreset,        Forbidden),

        (Roles.Coordinator,  Member.OutsideGroup, ListMine,            Ok),
        (Roles.Coordinator,  Member.OutsideGroup, Overview,            Ok),
        (Roles.Coordinator,  Member.OutsideGroup, ReadLegal,           Ok),
        (Roles.Coordinator,  Member.OutsideGroup, ReadPsychological,   NotFound),
        (Roles.Coordinator,  Member.OutsideGroup, CreateLegal,         Created),
        (Roles.Coordinator,  Member.OutsideGroup, CreatePsychological, Forbidden),
        (Roles.Coordinator,  Member.OutsideGroup, CloseLegal,          Ok),
        (Roles.Coordinator,  Member.OutsideGroup, ListPresets,         Ok),
        (Roles.Coordinator,  Member.OutsideGroup, Preview,             Ok),
        (Roles.Coordinator,  Member.OutsideGroup, CreatePreset,        Created),
        (Roles.Coordinator,  Member.OutsideGroup, UpdatePreset,        Ok),

        (Roles.YouthWorker,  Member.InGroup,      ListMine,            Ok),
        (Roles.YouthWorker,  Member.InGroup,      Overview,            Forbidden),
        (Roles.YouthWorker,  Member.InGroup,      ReadLegal,           Ok),
        (Roles.YouthWorker,  Member.InGroup,      ReadPsychological,   NotFound),
        (Roles.YouthWorker,  Member.InGroup,      CreateLegal,         Created),
        (Roles.YouthWorker,  Member.InGroup,      CreatePsychological, Forbidden),
        (Roles.YouthWorker,  Member.InGroup,      CloseLegal,          Ok),
        (Roles.YouthWorker,  Member.InGroup,      ListPresets,         Ok),
        (Roles.YouthWorker,  Member.InGroup,      Preview,             Ok),
        (Roles.YouthWorker,  Member.InGroup,      CreatePreset,        Forbidden),
        (Roles.YouthWorker,  Member.InGroup,      UpdatePreset,        Forbidden),

        (Roles.YouthWorker,  Member.OutsideGroup, Overview,            Forbidden),
        (Roles.YouthWorker,  Member.OutsideGroup, ReadLegal,           NotFound),
        (Roles.YouthWorker,  Member.OutsideGroup, CreateLegal,         NotFound),
        (Roles.YouthWorker,  Member.OutsideGroup, CloseLegal,          NotFound),

        (Roles.Psychologist, Member.InGroup,      ListMine,            Ok),
        (Roles.Psychologist, Member.InGroup,      Overview,            Forbidden),
        (Roles.Psychologist, Member.InGroup,      ReadLegal,           NotFound),
        (Roles.Psychologist, Member.InGroup,      ReadPsychological,   Ok),
        (Roles.Psychologist, Member.InGroup,      CreateLegal,         Forbidden),
        (Roles.Psychologist, Member.InGroup,      CreatePsychological, Created),
        (Roles.Psychologist, Member.InGroup,      CloseLegal,          NotFound),
        (Roles.Psychologist, Member.InGroup,      ListPresets,         Ok),
        (Roles.Psychologist, Member.InGroup,      Preview,             Ok),
        (Roles.Psychologist, Member.InGroup,      CreatePreset,        Forbidden),
        (Roles.Psychologist, Member.InGroup,      UpdatePreset,        Forbidden),

        (Roles.Psychologist, Member.OutsideGroup, ReadPsychological,   NotFound),
        (Roles.Psychologist, Member.OutsideGroup, CreatePsychological, NotFound),
    ];

    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private static readonly int[] ThreeDaysAndOnTheDay = [0, 3];

    private readonly Dictionary<(string Role, Member Member), (TestAccount Account, string Token)> _cast = [];

    public static IEnumerable<TestCaseData> Specification() =>
        Matrix.Select(row => new TestCaseData(row.Role, row.Member, row.Endpoint, row.Expected));

    [OneTimeSetUp]
    public async Task CreateTheCast()
    {
        var needed = Matrix.Where(row => row.Role != Anonymous).Select(row => (row.Role, row.Member))
            .Append((Roles.Coordinator, Member.OutsideGroup)).Append((Roles.YouthWorker, Member.InGroup)).Append((Roles.Psychologist, Member.InGroup))
            .Distinct();
        foreach (var (role, member) in needed)
        {
            var account = await App.CreateAccountAsync(role);
            using var client = App.CreatePageClient();
            _cast[(role, member)] = (account, await ApiTokens.ForAsync(client, account));
        }
    }

    [Test]
    public async Task A_deadline_from_the_judge_appeal_preset_falls_fifteen_days_after_the_decision_and_shows_its_legal_basis()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        using var client = await ClientAsync(worker);
        var youth = await App.CreateYouthAsync("Alhassane", UniqueName("Diallo"), Today.AddYears(-16), worker);
        var decision = Today.AddDays(-3);

        var presets = await client.Http.GetFromJsonAsync<JsonElement>(Api("deadline-presets"));
        var preset = presets.EnumerateArray().Single(p => p.GetProperty("name").GetString() == JudgeAppeal);
        var presetId = preset.GetProperty("id").GetGuid();
        var preview = await client.Http.GetFromJsonAsync<JsonElement>(Api($"deadline-presets/{presetId}/preview?eventDate={decision:yyyy-MM-dd}"));
        using var created = await client.Http.PostAsJsonAsync(Api($"youths/{youth}/deadlines"), new { presetId, eventDate = decision });

        preset.GetProperty("track").GetString().ShouldBe("Legal");
        preview.GetProperty("dueDate").GetString().ShouldBe($"{decision.AddDays(15):yyyy-MM-dd}");
        preview.GetProperty("legalBasis").GetString()!.ShouldContain("art. 1191");
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        created.Headers.Location!.OriginalString.ShouldBe($"/api/v1/deadlines/{id:D}");
        var deadline = await client.Http.GetFromJsonAsync<JsonElement>(created.Headers.Location);
        deadline.GetProperty("dueDate").GetString().ShouldBe($"{decision.AddDays(15):yyyy-MM-dd}");
        deadline.GetProperty("eventDate").GetString().ShouldBe($"{decision:yyyy-MM-dd}");
        deadline.GetProperty("event").GetString().ShouldBe("JuvenileJudgeDecisionNotified");
        deadline.GetProperty("dueDateOverridden").GetBoolean().ShouldBeFalse();
        deadline.GetProperty("title").GetString().ShouldBe(JudgeAppeal);
        deadline.GetProperty("track").GetString().ShouldBe("Legal");
        deadline.GetProperty("kind").GetString().ShouldBe("Appeal");
        deadline.GetProperty("status").GetString().ShouldBe("Open");
        deadline.GetProperty("preset").GetProperty("legalBasis").GetString()!.ShouldContain("Code de procédure civile");
        deadline.GetProperty("reminderDays").EnumerateArray().Select(d => d.GetInt32()).ShouldBe([7, 3, 1, 0]);
        // Nobody named: the referent answers for it, whoever the referent is when a reminder goes out.
        deadline.GetProperty("responsibleUserId").ValueKind.ShouldBe(JsonValueKind.Null);
        deadline.GetProperty("responsibleName").GetString().ShouldBe("Compte " + Roles.YouthWorker);
        deadline.GetProperty("canEdit").GetBoolean().ShouldBeTrue();
        var mine = await client.Http.GetFromJsonAsync<JsonElement>(Api("deadlines"));
        var item = mine.GetProperty("items").EnumerateArray().Single();
        item.GetProperty("id").GetGuid().ShouldBe(id);
        item.GetProperty("youthFirstName").GetString().ShouldBe("Alhassane");
        item.GetProperty("bucket").GetString().ShouldBe("Later");
    }

    [Test]
    public async Task A_preset_date_can_be_overridden_and_a_deadline_can_be_set_by_hand()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        using var client = await ClientAsync(worker);
        var youth = await App.CreateYouthAsync("Fodé", UniqueName("Camara"), Today.AddYears(-16), worker);
        var presetId = await PresetIdAsync(client, JudgeAppeal);
        var decision = Today.AddDays(-1);

        var overridden = await CreateAsync(client, youth, new { presetId, eventDate = decision, dueDate = decision.AddDays(10) });
        var byHand = await CreateAsync(client, youth, new
        {
            track = "Social", kind = "Appointment", title = "Rendez-vous à la mission locale", startEvent = "Other",
            eventDate = Today, dueDate = Today.AddDays(20), dueTime = "14:30:00", reminderDays = ThreeDaysAndOnTheDay,
        });

        var first = await client.Http.GetFromJsonAsync<JsonElement>(Api($"deadlines/{overridden}"));
        first.GetProperty("dueDate").GetString().ShouldBe($"{decision.AddDays(10):yyyy-MM-dd}");
        first.GetProperty("dueDateOverridden").GetBoolean().ShouldBeTrue();
        first.GetProperty("preset").GetProperty("name").GetString().ShouldBe(JudgeAppeal);
        var second = await client.Http.GetFromJsonAsync<JsonElement>(Api($"deadlines/{byHand}"));
        second.GetProperty("title").GetString().ShouldBe("Rendez-vous à la mission locale");
        second.GetProperty("track").GetString().ShouldBe("Social");
        second.GetProperty("kind").GetString().ShouldBe("Appointment");
        second.GetProperty("dueDate").GetString().ShouldBe($"{Today.AddDays(20):yyyy-MM-dd}");
        second.GetProperty("dueTime").GetString().ShouldBe("14:30:00");
        second.GetProperty("preset").ValueKind.ShouldBe(JsonValueKind.Null);
        second.GetProperty("reminderDays").EnumerateArray().Select(d => d.GetInt32()).ShouldBe([3, 0]);
        var list = await client.Http.GetFromJsonAsync<JsonElement>(Api($"deadlines?youthId={youth}"));
        list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ShouldBe([overridden, byHand]);
    }

    [Test]
    public async Task An_update_moves_the_date_and_one_from_an_old_version_gets_a_409_and_changes_nothing()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        using var client = await ClientAsync(worker);
        var youth = await App.CreateYouthAsync("Ibrahima", UniqueName("Sow"), Today.AddYears(-17), worker);
        var id = await CreateAsync(client, youth, HandMade("Dépôt du dossier de titre de séjour", Today.AddDays(30)));
        var seen = (await client.Http.GetFromJsonAsync<JsonElement>(Api($"deadlines/{id}"))).GetProperty("version").GetInt32();

        using var moved = await client.Http.PutAsJsonAsync(Api($"deadlines/{id}"), Change(seen, "Dépôt du dossier de titre de séjour", Today.AddDays(40)));
        using var stale = await client.Http.PutAsJsonAsync(Api($"deadlines/{id}"), Change(seen, "Dépôt perdu", Today.AddDays(50)));

        moved.StatusCode.ShouldBe(HttpStatusCode.OK, await moved.Content.ReadAsStringAsync());
        (await moved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32().ShouldBe(seen + 1);
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        stale.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString()!.ShouldStartWith(ConflictTitleStart);
        var deadline = await client.Http.GetFromJsonAsync<JsonElement>(Api($"deadlines/{id}"));
        deadline.GetProperty("dueDate").GetString().ShouldBe($"{Today.AddDays(40):yyyy-MM-dd}");
        deadline.GetProperty("title").GetString().ShouldBe("Dépôt du dossier de titre de séjour");
        deadline.GetProperty("version").GetInt32().ShouldBe(seen + 1);
    }

    [Test]
    public async Task Deadlines_close_as_done_cancelled_or_missed_a_note_saying_why_for_the_last_two_and_reopen()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        using var client = await ClientAsync(worker);
        var youth = await App.CreateYouthAsync("Mariam", UniqueName("Keita"), Today.AddYears(-16), worker);
        var done = await CreateAsync(client, youth, HandMade("Inscription au lycée", Today.AddDays(5)));
        var cancelled = await CreateAsync(client, youth, HandMade("Rendez-vous CAF", Today.AddDays(6)));
        var missed = await CreateAsync(client, youth, HandMade("Convocation préfecture", Today.AddDays(-1), eventDate: Today.AddDays(-10)));

        using (var closed = await client.Http.PostAsJsonAsync(Api($"deadlines/{done}/close"), new { expectedVersion = 0, outcome = "Done" }))
        {
            (await VersionOfAsync(closed)).ShouldBe(1);
        }

        using (var withoutNote = await client.Http.PostAsJsonAsync(Api($"deadlines/{cancelled}/close"), new { expectedVersion = 0, outcome = "Cancelled" }))
        {
            // Filed under the note's field, so that a form shows it next to the note.
            var field = (await ValidationErrorsAsync(withoutNote)).EnumerateObject().Single();
            field.Name.ShouldEndWith("Note", Case.Insensitive);
            field.Value.EnumerateArray().Select(m => m.GetString()).ShouldBe([NoteRequiredMessage]);
        }

        (await StatusOfAsync(client, cancelled)).ShouldBe("Open");
        using (var closed = await client.Http.PostAsJsonAsync(Api($"deadlines/{cancelled}/close"),
                   new { expectedVersion = 0, outcome = "Cancelled", note = "Le jeune a déjà fait la démarche seul." }))
        {
            (await VersionOfAsync(closed)).ShouldBe(1);
        }

        using (var closed = await client.Http.PostAsJsonAsync(Api($"deadlines/{missed}/close"),
                   new { expectedVersion = 0, outcome = "Missed", note = "Convocation reçue trop tard." }))
        {
            (await VersionOfAsync(closed)).ShouldBe(1);
        }

        var open = await client.Http.GetFromJsonAsync<JsonElement>(Api($"deadlines?youthId={youth}"));
        open.GetProperty("items").GetArrayLength().ShouldBe(0);
        var all = await client.Http.GetFromJsonAsync<JsonElement>(Api($"deadlines?youthId={youth}&includeClosed=true"));
        all.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetGuid(), i => i.GetProperty("status").GetString())
            .ShouldBe(new Dictionary<Guid, string?> { [missed] = "Missed", [done] = "Done", [cancelled] = "Cancelled" }, ignoreOrder: true);
        var cancelledView = await client.Http.GetFromJsonAsync<JsonElement>(Api($"deadlines/{cancelled}"));
        cancelledView.GetProperty("completionNote").GetString().ShouldBe("Le jeune a déjà fait la démarche seul.");
        cancelledView.GetProperty("closedByName").GetString().ShouldBe("Compte " + Roles.YouthWorker);

        using (var staleReopen = await client.Http.PostAsJsonAsync(Api($"deadlines/{done}/reopen"), new { expectedVersion = 0 }))
        {
            staleReopen.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        }

        using (var reopened = await client.Http.PostAsJsonAsync(Api($"deadlines/{done}/reopen"), new { expectedVersion = 1 }))
        {
            (await VersionOfAsync(reopened)).ShouldBe(2);
        }

        (await StatusOfAsync(client, done)).ShouldBe("Open");
        using var again = await client.Http.PostAsJsonAsync(Api($"deadlines/{done}/reopen"), new { expectedVersion = 2 });
        (await MessagesAsync(again)).ShouldBe(["Cette échéance est déjà ouverte."]);
    }

    [Test]
    public async Task A_due_date_before_the_decision_it_follows_is_refused_in_french_and_nothing_is_saved()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        using var client = await ClientAsync(worker);
        var youth = await App.CreateYouthAsync("Sekou", UniqueName("Conde"), Today.AddYears(-16), worker);
        var presetId = await PresetIdAsync(client, JudgeAppeal);

        using var fromPreset = await client.Http.PostAsJsonAsync(Api($"youths/{youth}/deadlines"),
            new { presetId, eventDate = Today, dueDate = Today.AddDays(-2) });
        using var byHand = await client.Http.PostAsJsonAsync(Api($"youths/{youth}/deadlines"), new
        {
            track = "Legal", kind = "Appeal", title = "Appel", startEvent = "JuvenileJudgeDecisionNotified", eventDate = Today, dueDate = Today.AddDays(-1),
        });

        (await ValidationErrorsAsync(fromPreset)).GetProperty("DueDate")[0].GetString().ShouldBe(BeforeEventMessage);
        (await ValidationErrorsAsync(byHand)).GetProperty("DueDate")[0].GetString().ShouldBe(BeforeEventMessage);
        (await DeadlineCountAsync(youth)).ShouldBe(0);
    }

    [Test]
    public async Task Archiving_cancels_the_open_deadlines_and_no_deadline_can_be_added_to_the_archived_file()
    {
        var coordinator = await App.CreateAccountAsync(Roles.Coordinator);
        using var client = await ClientAsync(coordinator);
        var youth = await App.CreateYouthAsync("Moussa", UniqueName("Bangoura"), Today.AddYears(-17), coordinator);
        var before = await CreateAsync(client, youth, HandMade("Rendez-vous avocat", Today.AddDays(9)));
        var version = (await client.Http.GetFromJsonAsync<JsonElement>(Api($"youths/{youth}"))).GetProperty("version").GetInt32();
        using (var archived = await client.Http.PostAsJsonAsync(Api($"youths/{youth}/archive"), new { expectedVersion = version, date = Today, reason = "Départ de la Vienne" }))
        {
            archived.StatusCode.ShouldBe(HttpStatusCode.OK, await archived.Content.ReadAsStringAsync());
        }

        using var refused = await client.Http.PostAsJsonAsync(Api($"youths/{youth}/deadlines"), HandMade("Après la sortie", Today.AddDays(3)));

        (await MessagesAsync(refused)).ShouldBe([ArchivedMessage]);
        (await DeadlineCountAsync(youth)).ShouldBe(1);
        var cancelled = await client.Http.GetFromJsonAsync<JsonElement>(Api($"deadlines/{before}"));
        cancelled.GetProperty("status").GetString().ShouldBe("Cancelled");
        cancelled.GetProperty("youthArchived").GetBoolean().ShouldBeTrue();
        cancelled.GetProperty("canEdit").GetBoolean().ShouldBeFalse();
        using var reopen = await client.Http.PostAsJsonAsync(Api($"deadlines/{before}/reopen"), new { expectedVersion = cancelled.GetProperty("version").GetInt32() });
        (await MessagesAsync(reopen)).ShouldBe([ArchivedMessage]);
    }

    [TestCase(-1, "Days", "Le délai doit être compris entre 0 et 730 jours.")]
    [TestCase(900, "Days", "Le délai doit être compris entre 0 et 730 jours.")]
    [TestCase(30, "Months", "Le délai doit être compris entre 0 et 24 mois.")]
    public async Task A_preset_with_an_absurd_offset_is_refused_in_french_and_not_saved(int amount, string unit, string message)
    {
        using var client = ClientOf(Roles.Coordinator, Member.OutsideGroup);
        var name = "Modèle " + Guid.NewGuid().ToString("N");

        using var response = await client.Http.PostAsJsonAsync(Api("deadline-presets"), Preset(name, amount, unit));

        (await ValidationErrorsAsync(response)).GetProperty("OffsetAmount")[0].GetString().ShouldBe(message);
        (await PresetCountAsync(name)).ShouldBe(0);
    }

    [Test]
    public async Task A_preset_counting_back_from_a_decision_is_refused_but_one_counting_back_from_an_expiry_is_accepted()
    {
        using var client = ClientOf(Roles.Coordinator, Member.OutsideGroup);
        var refusedName = "Avant décision " + Guid.NewGuid().ToString("N");
        var acceptedName = "Avant expiration " + Guid.NewGuid().ToString("N");

        using var refused = await client.Http.PostAsJsonAsync(Api("deadline-presets"),
            Preset(refusedName, 3, "Days", direction: "Before", startEvent: "OfpraDecisionNotified"));
        using var accepted = await client.Http.PostAsJsonAsync(Api("deadline-presets"),
            Preset(acceptedName, 3, "Months", direction: "Before", startEvent: "DocumentExpiry"));

        (await MessagesAsync(refused)).ShouldBe([OffsetBeforeEventMessage]);
        (await PresetCountAsync(refusedName)).ShouldBe(0);
        accepted.StatusCode.ShouldBe(HttpStatusCode.Created, await accepted.Content.ReadAsStringAsync());
        var id = (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        accepted.Headers.Location!.OriginalString.ShouldBe($"/api/v1/deadline-presets/{id:D}");
        var preview = await client.Http.GetFromJsonAsync<JsonElement>(Api($"deadline-presets/{id}/preview?eventDate=2027-05-31"));
        preview.GetProperty("dueDate").GetString().ShouldBe("2027-02-28");
    }

    [TestCase("preset", new[] { 400 }, ReminderRangeMessage)]
    [TestCase("preset", new[] { 30, 14, 7, 3, 2, 1, 0 }, TooManyRemindersMessage)]
    [TestCase("deadline", new[] { 400 }, ReminderRangeMessage)]
    [TestCase("deadline", new[] { -1 }, ReminderRangeMessage)]
    [TestCase("deadline", new[] { 30, 14, 7, 3, 2, 1, 0 }, TooManyRemindersMessage)]
    public async Task Reminders_out_of_range_or_too_many_are_refused_in_french_and_nothing_is_saved(string target, int[] reminderDays, string message)
    {
        using var client = ClientOf(Roles.Coordinator, Member.OutsideGroup);
        var name = "Rappels " + Guid.NewGuid().ToString("N");
        var youth = await App.CreateYouthAsync("Aïssata", UniqueName("Barry"), Today.AddYears(-16), _cast[(Roles.Coordinator, Member.OutsideGroup)].Account);

        using var response = target == "preset"
            ? await client.Http.PostAsJsonAsync(Api("deadline-presets"), Preset(name, 10, "Days", reminderDays: reminderDays))
            : await client.Http.PostAsJsonAsync(Api($"youths/{youth}/deadlines"), HandMade(name, Today.AddDays(10), reminderDays: reminderDays));

        (await MessagesAsync(response)).ShouldBe([message]);
        (await PresetCountAsync(name)).ShouldBe(0);
        (await DeadlineCountAsync(youth)).ShouldBe(0);
    }

    [Test]
    public async Task A_coordinator_changes_a_preset_from_the_version_read_withdraws_it_and_it_leaves_the_lists()
    {
        using var coordinator = ClientOf(Roles.Coordinator, Member.OutsideGroup);
        using var worker = ClientOf(Roles.YouthWorker, Member.InGroup);
        var name = "Recours " + Guid.NewGuid().ToString("N");
        using var created = await coordinator.Http.PostAsJsonAsync(Api("deadline-presets"), Preset(name, 10, "Days"));
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());

        var seen = await coordinator.Http.GetFromJsonAsync<JsonElement>(created.Headers.Location);
        var id = seen.GetProperty("id").GetGuid();
        using var changed = await coordinator.Http.PutAsJsonAsync(Api($"deadline-presets/{id}"), PresetChange(0, name, 20, isActive: true));
        using var stale = await coordinator.Http.PutAsJsonAsync(Api($"deadline-presets/{id}"), PresetChange(0, name, 30, isActive: true));
        (await VersionOfAsync(changed)).ShouldBe(1);
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await worker.Http.GetFromJsonAsync<JsonElement>(Api($"deadline-presets/{id}/preview?eventDate=2027-01-01"))).GetProperty("dueDate").GetString()
            .ShouldBe("2027-01-21");
        using var withdrawn = await coordinator.Http.PutAsJsonAsync(Api($"deadline-presets/{id}"), PresetChange(1, name, 20, isActive: false));
        (await VersionOfAsync(withdrawn)).ShouldBe(2);

        (await worker.Http.GetFromJsonAsync<JsonElement>(Api("deadline-presets"))).EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ShouldNotContain(id);
        var everything = await coordinator.Http.GetFromJsonAsync<JsonElement>(Api("deadline-presets?includeInactive=true"));
        var listed = everything.EnumerateArray().Single(p => p.GetProperty("id").GetGuid() == id);
        listed.GetProperty("isActive").GetBoolean().ShouldBeFalse();
        listed.GetProperty("offsetAmount").GetInt32().ShouldBe(20);
        using var preview = await worker.GetAsync($"/api/v1/deadline-presets/{id}/preview?eventDate=2027-01-01");
        preview.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [TestCase("POST", "youths/{youth}/deadlines", "{\"eventDate\":\"pas une date\",\"presetId\":\"{preset}\"}")]
    [TestCase("POST", "youths/{youth}/deadlines", "{\"eventDate\":\"26/11/2026\",\"presetId\":\"{preset}\"}")]
    [TestCase("POST", "youths/{youth}/deadlines", "{\"presetId\":\"{preset}\"}")]
    [TestCase("POST", "youths/{youth}/deadlines", "{\"eventDate\":\"2026-11-26\",\"track\":\"Astrologie\"}")]
    [TestCase("POST", "youths/{youth}/deadlines", "{\"eventDate\":\"2026-11-26\",\"reminderDays\":[null]}")]
    [TestCase("POST", "youths/{youth}/deadlines", "")]
    [TestCase("POST", "youths/{youth}/deadlines", "[]")]
    [TestCase("PUT", "deadlines/{deadline}", "{\"eventDate\":\"2026-11-26\"}")]
    [TestCase("PUT", "deadlines/{deadline}", "")]
    [TestCase("POST", "deadlines/{deadline}/close", "{\"expectedVersion\":0,\"outcome\":\"Oubliée\"}")]
    [TestCase("POST", "deadlines/{deadline}/close", "{\"expectedVersion\":0,\"outcome\":\"Open\"}")]
    [TestCase("POST", "deadlines/{deadline}/close", "{\"outcome\":\"Done\"}")]
    [TestCase("POST", "deadlines/{deadline}/reopen", "")]
    [TestCase("POST", "deadline-presets", "{\"name\":\"x\",\"offsetAmount\":\"quinze\"}")]
    [TestCase("POST", "deadline-presets", "{\"name\":\"x\",\"offsetAmount\":15,\"offsetUnit\":\"Semaines\"}")]
    [TestCase("POST", "deadline-presets", "{\"name\":\"x\",\"offsetAmount\":15}")]
    [TestCase("GET", "deadlines?scope=Tout", null)]
    [TestCase("GET", "deadlines?scope=7", null)]
    [TestCase("GET", "deadlines?includeClosed=peut-etre", null)]
    [TestCase("GET", "deadlines?youthId=pas-un-identifiant", null)]
    [TestCase("GET", "deadline-presets/{preset}/preview?eventDate=26/11/2026", null)]
    [TestCase("GET", "deadline-presets/{preset}/preview?eventDate=demain", null)]
    [TestCase("GET", "deadline-presets/{preset}/preview", null)]
    [TestCase("GET", "deadline-presets/{preset}/preview?eventDate=9999-12-31", null)]
    [TestCase("POST", "youths/{youth}/deadlines", "{\"eventDate\":\"9999-12-31\",\"presetId\":\"{preset}\"}")]
    [TestCase("POST", "youths/{youth}/deadlines", "{\"eventDate\":\"0001-01-01\",\"presetId\":\"{preset}\"}")]
    public async Task Bad_input_gets_a_400_problem_never_a_500_and_changes_nothing(string method, string path, string? body)
    {
        using var client = ClientOf(Roles.Coordinator, Member.OutsideGroup);
        var youth = await App.CreateYouthAsync("Lamine", UniqueName("Kaba"), Today.AddYears(-16), _cast[(Roles.Coordinator, Member.OutsideGroup)].Account);
        var deadline = await CreateAsync(client, youth, HandMade("Rendez-vous", Today.AddDays(4)));
        var preset = await PresetIdAsync(client, JudgeAppeal);
        var url = Api(path.Replace("{youth}", youth.ToString(), StringComparison.Ordinal)
            .Replace("{deadline}", deadline.ToString(), StringComparison.Ordinal).Replace("{preset}", preset.ToString(), StringComparison.Ordinal));
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (body is not null)
        {
            request.Content = new StringContent(body.Replace("{preset}", preset.ToString(), StringComparison.Ordinal), Encoding.UTF8, "application/json");
        }

        using var response = await client.Http.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await DeadlineCountAsync(youth)).ShouldBe(1);
        var unchanged = await client.Http.GetFromJsonAsync<JsonElement>(Api($"deadlines/{deadline}"));
        unchanged.GetProperty("version").GetInt32().ShouldBe(0);
        unchanged.GetProperty("status").GetString().ShouldBe("Open");
    }

    [TestCaseSource(nameof(Specification))]
    public async Task Each_role_gets_the_specified_answer_on_each_deadline_endpoint(string role, Member member, string endpoint, HttpStatusCode expected)
    {
        var youth = await App.CreateYouthAsync("Matrice", UniqueName("Echeance"), Today.AddYears(-16),
            _cast[(Roles.YouthWorker, Member.InGroup)].Account, _cast[(Roles.Psychologist, Member.InGroup)].Account);
        var (legal, psychological) = await LegalAndPsychologicalDeadlinesAsync(youth);
        var preset = await PresetIdAsync(ClientOf(Roles.Coordinator, Member.OutsideGroup), JudgeAppeal);
        var marker = "matrice-" + Guid.NewGuid().ToString("N");
        var presetToChange = endpoint == UpdatePreset ? await CreatePresetAsync(marker) : Guid.Empty;
        using var client = ClientOf(role, member);

        using var response = endpoint switch
        {
            ListMine => await client.GetAsync("/api/v1/deadlines"),
            Overview => await client.GetAsync("/api/v1/deadlines?scope=All"),
            ReadLegal => await client.GetAsync($"/api/v1/deadlines/{legal}"),
            ReadPsychological => await client.GetAsync($"/api/v1/deadlines/{psychological}"),
            CreateLegal => await client.Http.PostAsJsonAsync(Api($"youths/{youth}/deadlines"), new { presetId = preset, eventDate = Today, title = marker }),
            CreatePsychological => await client.Http.PostAsJsonAsync(Api($"youths/{youth}/deadlines"),
                PsychologicalDeadline(marker, _cast[(Roles.Psychologist, Member.InGroup)].Account.Id)),
            CloseLegal => await client.Http.PostAsJsonAsync(Api($"deadlines/{legal}/close"), new { expectedVersion = 0, outcome = "Done" }),
            ListPresets => await client.GetAsync("/api/v1/deadline-presets"),
            Preview => await client.GetAsync($"/api/v1/deadline-presets/{preset}/preview?eventDate={Today:yyyy-MM-dd}"),
            CreatePreset => await client.Http.PostAsJsonAsync(Api("deadline-presets"), Preset(marker, 10, "Days")),
            UpdatePreset => await client.Http.PutAsJsonAsync(Api($"deadline-presets/{presetToChange}"), PresetChange(0, marker + "-changé", 12, isActive: true)),
            _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, "Not in the specification."),
        };

        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync());
        if (expected is Forbidden or NotFound)
        {
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        }

        // A refused command leaves nothing behind; an accepted one did its work.
        var succeeded = expected is Ok or Created;
        switch (endpoint)
        {
            case CreateLegal or CreatePsychological:
                (await App.WithServiceAsync<int, RemivDbContext>(db => db.Deadlines.CountAsync(d => d.YouthId == youth && d.Title == marker)))
                    .ShouldBe(succeeded ? 1 : 0);
                break;
            case CloseLegal:
                (await App.WithServiceAsync<DeadlineStatus, RemivDbContext>(db => db.Deadlines.Where(d => d.Id == legal).Select(d => d.Status).SingleAsync()))
                    .ShouldBe(succeeded ? DeadlineStatus.Done : DeadlineStatus.Open);
                break;
            case CreatePreset:
                (await PresetCountAsync(marker)).ShouldBe(succeeded ? 1 : 0);
                break;
            case UpdatePreset:
                (await PresetCountAsync(marker + "-changé")).ShouldBe(succeeded ? 1 : 0);
                break;
            case ReadLegal or ReadPsychological when succeeded:
                (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid().ShouldBe(endpoint == ReadLegal ? legal : psychological);
                break;
        }
    }

    [Test]
    public async Task Each_role_lists_only_the_deadlines_of_the_files_and_tracks_it_may_see()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var otherWorker = await App.CreateAccountAsync(Roles.YouthWorker);
        var psychologist = await App.CreateAccountAsync(Roles.Psychologist);
        using var coordinator = ClientOf(Roles.Coordinator, Member.OutsideGroup);
        var followed = await App.CreateYouthAsync("Ousmane", UniqueName("Kamara"), Today.AddYears(-16), worker, psychologist);
        var notFollowed = await App.CreateYouthAsync("Ousmane", UniqueName("Kamara"), Today.AddYears(-16), otherWorker);
        var legal = await CreateAsync(coordinator, followed, HandMade("Audience au tribunal", Today.AddDays(12), track: "Legal"));
        var administrative = await CreateAsync(coordinator, followed, HandMade("Récépissé à retirer", Today.AddDays(2), track: "Administrative"));
        var elsewhere = await CreateAsync(coordinator, notFollowed, HandMade("Rendez-vous ASE", Today.AddDays(3)));
        using var psy = await ClientAsync(psychologist);
        var secret = "bilan-confidentiel-" + Guid.NewGuid().ToString("N");
        var psychological = await CreateAsync(psy, followed, PsychologicalDeadline(secret, psychologist.Id));
        using var youthWorker = await ClientAsync(worker);

        var workerMine = await IdsAsync(youthWorker, "deadlines");
        var workerFile = await IdsAsync(youthWorker, $"deadlines?scope=All&youthId={followed}");
        var workerOther = await IdsAsync(youthWorker, $"deadlines?scope=All&youthId={notFollowed}");
        using var workerOverview = await youthWorker.GetAsync("/api/v1/deadlines?scope=All");
        using var workerElsewhere = await youthWorker.GetAsync($"/api/v1/deadlines/{elsewhere}");
        var psyMine = await IdsAsync(psy, "deadlines");
        var psyFile = await IdsAsync(psy, $"deadlines?scope=All&youthId={followed}");
        using var psyLegal = await psy.GetAsync($"/api/v1/deadlines/{legal}");
        var overview = await IdsAsync(coordinator, "deadlines?scope=All");
        var byResponsible = await IdsAsync(coordinator, $"deadlines?scope=All&responsibleUserId={worker.Id}");

        // The referent answers for the deadlines nobody else was named for.
        workerMine.ShouldBe([administrative, legal]);
        workerFile.ShouldBe([administrative, legal]);
        workerOther.ShouldBeEmpty();
        workerOverview.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        workerElsewhere.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        psyMine.ShouldBe([psychological]);
        psyFile.ShouldBe([psychological]);
        psyLegal.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        overview.ShouldContain(legal);
        overview.ShouldContain(administrative);
        overview.ShouldContain(elsewhere);
        overview.ShouldNotContain(psychological);
        byResponsible.ShouldBe([administrative, legal]);
        (await BodyAsync(youthWorker, $"deadlines?scope=All&youthId={followed}&includeClosed=true")).ShouldNotContain(secret);
        (await BodyAsync(coordinator, $"deadlines?scope=All&youthId={followed}&includeClosed=true")).ShouldNotContain(secret);
    }

    private static Uri Api(string path) => new("/api/v1/" + path, UriKind.Relative);

    /// <summary>A name of letters only that no other test uses.</summary>
    private static string UniqueName(string stem) =>
        stem + string.Concat(Guid.NewGuid().ToString("N").Take(10).Select(c => (char)('a' + (Convert.ToInt32(c.ToString(), 16) % 26))));

    private static object HandMade(string title, DateOnly dueDate, string track = "Social", DateOnly? eventDate = null, int[]? reminderDays = null) => new
    {
        track, kind = "Appointment", title, startEvent = "Other", eventDate = eventDate ?? Today, dueDate, reminderDays,
    };

    private static object Change(int expectedVersion, string title, DateOnly dueDate) => new
    {
        expectedVersion, track = "Social", kind = "Appointment", title, startEvent = "Other", eventDate = Today, dueDate,
    };

    private static object PsychologicalDeadline(string title, Guid responsibleUserId) => new
    {
        track = "Psychological", kind = "Appointment", title, startEvent = "Other", eventDate = Today, dueDate = Today.AddDays(8), responsibleUserId,
    };

    private static object Preset(string name, int offsetAmount, string offsetUnit, string direction = "After", string startEvent = "OqtfNotified", int[]? reminderDays = null) => new
    {
        name, kind = "Appeal", track = "Legal", startEvent, offsetAmount, offsetUnit, offsetDirection = direction,
        reminderDays = reminderDays ?? [7, 2, 0], legalBasis = "Pratique du pôle", toConfirm = true,
    };

    private static object PresetChange(int expectedVersion, string name, int offsetAmount, bool isActive) => new
    {
        expectedVersion, isActive, name, kind = "Appeal", track = "Legal", startEvent = "OqtfNotified", offsetAmount, offsetUnit = "Days",
        offsetDirection = "After", reminderDays = new[] { 2, 0 }, legalBasis = "Pratique du pôle",
    };

    private static async Task<Guid> CreateAsync(PageClient client, Guid youth, object body)
    {
        using var response = await client.Http.PostAsJsonAsync(Api($"youths/{youth}/deadlines"), body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<Guid> PresetIdAsync(PageClient client, string name) =>
        (await client.Http.GetFromJsonAsync<JsonElement>(Api("deadline-presets"))).EnumerateArray()
        .Single(p => p.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();

    private static async Task<List<Guid>> IdsAsync(PageClient client, string path) =>
        [.. (await client.Http.GetFromJsonAsync<JsonElement>(Api(path))).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];

    private static async Task<string> BodyAsync(PageClient client, string path)
    {
        using var response = await client.GetAsync("/api/v1/" + path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<string?> StatusOfAsync(PageClient client, Guid deadline) =>
        (await client.Http.GetFromJsonAsync<JsonElement>(Api($"deadlines/{deadline}"))).GetProperty("status").GetString();

    private static async Task<int> VersionOfAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
    }

    private static async Task<JsonElement> ValidationErrorsAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
    }

    /// <summary>Every message of a validation problem, whatever field it is filed under.</summary>
    private static async Task<List<string?>> MessagesAsync(HttpResponseMessage response) =>
        [.. (await ValidationErrorsAsync(response)).EnumerateObject().SelectMany(e => e.Value.EnumerateArray().Select(m => m.GetString()))];

    private Task<int> DeadlineCountAsync(Guid youth) =>
        App.WithServiceAsync<int, RemivDbContext>(db => db.Deadlines.CountAsync(d => d.YouthId == youth));

    private Task<int> PresetCountAsync(string name) =>
        App.WithServiceAsync<int, RemivDbContext>(db => db.DeadlinePresets.CountAsync(p => p.Name == name));

    /// <summary>A legal deadline set by a coordinator (the referent answers for it) and a psychological one set by the psychologist.</summary>
    private async Task<(Guid Legal, Guid Psychological)> LegalAndPsychologicalDeadlinesAsync(Guid youth)
    {
        using var coordinator = ClientOf(Roles.Coordinator, Member.OutsideGroup);
        using var psychologist = ClientOf(Roles.Psychologist, Member.InGroup);
        var legal = await CreateAsync(coordinator, youth, HandMade("Audience", Today.AddDays(15), track: "Legal"));
        var psychological = await CreateAsync(psychologist, youth, PsychologicalDeadline("Séance", _cast[(Roles.Psychologist, Member.InGroup)].Account.Id));
        return (legal, psychological);
    }

    private async Task<Guid> CreatePresetAsync(string name)
    {
        using var coordinator = ClientOf(Roles.Coordinator, Member.OutsideGroup);
        using var response = await coordinator.Http.PostAsJsonAsync(Api("deadline-presets"), Preset(name, 10, "Days"));
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private PageClient ClientOf(string role, Member member)
    {
        var client = App.CreatePageClient();
        if (role != Anonymous)
        {
            client.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _cast[(role, member)].Token);
        }

        return client;
    }

    private async Task<PageClient> ClientAsync(TestAccount account)
    {
        var client = App.CreatePageClient();
        client.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await ApiTokens.ForAsync(client, account));
        return client;
    }
}
