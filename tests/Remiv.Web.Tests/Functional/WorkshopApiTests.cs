using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Remiv.Domain.Partners;
using Remiv.Domain.Security;
using Remiv.Domain.Workshops;
using Remiv.Domain.Youths;
using Remiv.Infrastructure.Persistence;
using Remiv.Web.Tests.Support;

namespace Remiv.Web.Tests.Functional;

/// <summary>
/// Workshops through the API, on the real pipeline and database: kinds (coordinators), sessions planned and changed from
/// the version read, bad input refused in French with nothing saved, and attendance taken by a youth worker for the whole
/// class (the roster rule: names of open files beyond their group, never the files themselves), shown on the timeline to
/// those who may read the kind's track.
/// </summary>
public sealed class WorkshopApiTests(string provider) : FunctionalFixture(provider)
{
    private TestAccount _coordinator = null!;
    private TestAccount _worker = null!;
    private TestAccount _colleague = null!;

    [OneTimeSetUp]
    public async Task SeedAsync()
    {
        _coordinator = await App.CreateAccountAsync(Roles.Coordinator);
        _worker = await App.CreateAccountAsync(Roles.YouthWorker);
        _colleague = await App.CreateAccountAsync(Roles.YouthWorker);
    }

    [Test]
    public async Task Coordinators_add_rename_retire_and_offer_again_a_kind_and_a_duplicate_name_is_refused()
    {
        using var api = await WorkshopData.ApiClientAsync(App, _coordinator);
        var name = "Théâtre " + WorkshopData.Unique();

        using var created = await api.Http.PostAsJsonAsync(Api("kinds"), new { name, track = "CultureSport" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        using var duplicate = await api.Http.PostAsJsonAsync(Api("kinds"), new { name = name.ToUpperInvariant(), track = "Social" });
        duplicate.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await duplicate.Content.ReadAsStringAsync()).ShouldContain("Un type d'atelier porte déjà ce nom");
        using var psychological = await api.Http.PostAsJsonAsync(Api("kinds"), new { name = "Groupe " + WorkshopData.Unique(), track = "Psychological" });
        psychological.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await psychological.Content.ReadAsStringAsync()).ShouldContain("Un atelier collectif ne peut pas relever du volet psychologique");
        (await WorkshopData.KindNamesAsync(App)).Count(n => n.Equals(name, StringComparison.OrdinalIgnoreCase)).ShouldBe(1, "nothing saved");

        using var renamed = await api.Http.PutAsJsonAsync(Api($"kinds/{id}"), new { expectedVersion = 0, name = name + " forum", track = "Social", isActive = true });
        renamed.StatusCode.ShouldBe(HttpStatusCode.OK, await renamed.Content.ReadAsStringAsync());
        using var retired = await api.Http.PutAsJsonAsync(Api($"kinds/{id}"), new { expectedVersion = 1, name = name + " forum", track = "Social", isActive = false });
        retired.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var stale = await api.Http.PutAsJsonAsync(Api($"kinds/{id}"), new { expectedVersion = 1, name = "Autre nom", track = "Social", isActive = true });
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var offered = await api.Http.GetFromJsonAsync<JsonElement>(Api("kinds"));
        offered.EnumerateArray().ShouldNotContain(k => k.GetProperty("id").GetGuid() == id, "a retired kind is no longer offered");
        var all = await api.Http.GetFromJsonAsync<JsonElement>(Api("kinds?includeRetired=true"));
        var kind = all.EnumerateArray().Single(k => k.GetProperty("id").GetGuid() == id);
        kind.GetProperty("name").GetString().ShouldBe(name + " forum");
        kind.GetProperty("track").GetString().ShouldBe("Social");
        kind.GetProperty("isActive").GetBoolean().ShouldBeFalse();

        using var again = await api.Http.PutAsJsonAsync(Api($"kinds/{id}"), new { expectedVersion = 2, name = name + " forum", track = "Social", isActive = true });
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await api.Http.GetFromJsonAsync<JsonElement>(Api("kinds"))).EnumerateArray().ShouldContain(k => k.GetProperty("id").GetGuid() == id);
    }

    [Test]
    public async Task A_youth_worker_plans_a_session_finds_it_by_week_and_kind_and_changes_it_from_the_version_read()
    {
        var kind = await WorkshopData.KindAsync(App, "Cours " + WorkshopData.Unique(), Track.Language);
        var partner = await WorkshopData.PartnerAsync(App, "L'Astre en Moi " + WorkshopData.Unique());
        using var api = await WorkshopData.ApiClientAsync(App, _worker);
        var day = WorkshopData.Today().AddDays(3);

        using var planned = await api.Http.PostAsJsonAsync(Api("sessions"), new
        {
            kindId = kind, title = "Le passé composé", date = Iso(day), start = "10:00:00", end = "12:00:00", place = "Salle de cours",
            facilitatorUserId = _worker.Id,
        });
        planned.StatusCode.ShouldBe(HttpStatusCode.Created, await planned.Content.ReadAsStringAsync());
        var id = (await planned.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var session = await api.Http.GetFromJsonAsync<JsonElement>(Api($"sessions/{id}"));
        session.GetProperty("title").GetString().ShouldBe("Le passé composé");
        session.GetProperty("date").GetString().ShouldBe(Iso(day));
        session.GetProperty("facilitator").GetString().ShouldBe("Compte " + Roles.YouthWorker);
        var listed = await api.Http.GetFromJsonAsync<JsonElement>(Api($"sessions?from={Iso(day.AddDays(-1))}&to={Iso(day.AddDays(5))}&kindId={kind}"));
        listed.EnumerateArray().Select(s => s.GetProperty("id").GetGuid()).ShouldBe([id]);
        var otherWeek = await api.Http.GetFromJsonAsync<JsonElement>(Api($"sessions?from={Iso(day.AddDays(1))}&to={Iso(day.AddDays(7))}&kindId={kind}"));
        otherWeek.EnumerateArray().ShouldBeEmpty();

        using var changed = await api.Http.PutAsJsonAsync(Api($"sessions/{id}"), new
        {
            expectedVersion = 0, kindId = kind, date = Iso(day), start = "14:00:00", end = "16:00:00", place = "Salle polyvalente",
            facilitatorPartnerId = partner, facilitatorName = "Awa",
        });
        changed.StatusCode.ShouldBe(HttpStatusCode.OK, await changed.Content.ReadAsStringAsync());
        (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32().ShouldBe(1);
        using var stale = await api.Http.PutAsJsonAsync(Api($"sessions/{id}"), new
        {
            expectedVersion = 0, kindId = kind, date = Iso(day), start = "09:00:00", end = "10:00:00", place = "Ailleurs", facilitatorUserId = _worker.Id,
        });
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);

        session = await api.Http.GetFromJsonAsync<JsonElement>(Api($"sessions/{id}"));
        session.GetProperty("start").GetString().ShouldBe("14:00:00");
        session.GetProperty("place").GetString().ShouldBe("Salle polyvalente");
        session.GetProperty("facilitatorPartnerId").GetGuid().ShouldBe(partner);
        session.GetProperty("facilitatorName").GetString().ShouldBe("Awa");
        session.GetProperty("title").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    public static IEnumerable<TestCaseData> Bad_sessions()
    {
        yield return new TestCaseData("end before start", "End", "L'heure de fin doit venir après l'heure de début.");
        yield return new TestCaseData("no facilitator", "FacilitatorUserId", "Indiquez qui anime la séance : un membre de l'équipe ou un partenaire.");
        yield return new TestCaseData("both facilitators", "FacilitatorUserId", "Indiquez qui anime la séance : un membre de l'équipe ou un partenaire.");
        yield return new TestCaseData("unknown kind", "KindId", "Ce type d'atelier n'existe pas : choisissez-en un dans la liste.");
        yield return new TestCaseData("retired kind", "KindId", "Ce type d'atelier n'est plus proposé : choisissez-en un autre dans la liste.");
        yield return new TestCaseData("unknown partner", "FacilitatorPartnerId",
            "Ce partenaire est introuvable ou ne travaille plus avec le pôle : choisissez-en un dans la liste.");
        yield return new TestCaseData("unknown staff", "FacilitatorUserId", "Ce membre de l'équipe est introuvable : choisissez l'animateur dans la liste.");
        yield return new TestCaseData("no place", "Place", "Indiquez le lieu (par exemple : Salle polyvalente de la M3Q).");
    }

    [TestCaseSource(nameof(Bad_sessions))]
    public async Task A_bad_session_is_refused_in_french_and_nothing_is_saved(string what, string field, string message)
    {
        var kind = await WorkshopData.KindAsync(App, "Sport " + WorkshopData.Unique(), Track.CultureSport);
        var retired = await WorkshopData.KindAsync(App, "Ancien " + WorkshopData.Unique(), Track.CultureSport, active: false);
        var partner = await WorkshopData.PartnerAsync(App, "UFOLEP " + WorkshopData.Unique());
        var body = new Dictionary<string, object?>
        {
            ["kindId"] = kind, ["date"] = Iso(WorkshopData.Today()), ["start"] = "14:00:00", ["end"] = "16:00:00", ["place"] = "Gymnase",
            ["facilitatorUserId"] = _worker.Id,
        };
        switch (what)
        {
            case "end before start": body["end"] = "13:00:00"; break;
            case "no facilitator": body.Remove("facilitatorUserId"); break;
            case "both facilitators": body["facilitatorPartnerId"] = partner; break;
            case "unknown kind": body["kindId"] = Guid.NewGuid(); break;
            case "retired kind": body["kindId"] = retired; break;
            case "unknown partner": body.Remove("facilitatorUserId"); body["facilitatorPartnerId"] = Guid.NewGuid(); break;
            case "unknown staff": body["facilitatorUserId"] = Guid.NewGuid(); break;
            case "no place": body["place"] = " "; break;
        }

        using var api = await WorkshopData.ApiClientAsync(App, _coordinator);
        var before = await WorkshopData.SessionCountAsync(App);

        using var response = await api.Http.PostAsJsonAsync(Api("sessions"), body);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()).ShouldContain(message);
        (await WorkshopData.SessionCountAsync(App)).ShouldBe(before);
    }

    [Test]
    public async Task A_period_ending_before_it_starts_or_an_unknown_kind_is_refused_in_french()
    {
        using var api = await WorkshopData.ApiClientAsync(App, _worker);

        using var backwards = await api.Http.GetAsync(Api("sessions?from=2026-11-20&to=2026-11-10"));
        backwards.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await backwards.Content.ReadAsStringAsync()).ShouldContain("La période se termine avant de commencer : la fin doit venir après le début.");

        using var unknown = await api.Http.GetAsync(Api($"sessions?from=2026-11-10&to=2026-11-20&kindId={Guid.NewGuid()}"));
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unknown.Content.ReadAsStringAsync()).ShouldContain("Ce type d'atelier n'existe pas");

        using var missing = await api.Http.GetAsync(Api($"sessions/{Guid.NewGuid()}"));
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var malformed = await api.Http.GetAsync(Api("sessions?from=20/11/2026"));
        malformed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var farAway = await api.Http.GetAsync(Api("sessions?from=9999-12-30"));
        farAway.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await farAway.Content.ReadAsStringAsync()).ShouldContain("Saisissez une date valide (jj/mm/aaaa).");

        using var pages = App.CreatePageClient();
        await pages.SignInAsync(_worker);
        foreach (var week in new[] { "9999-12-31", "0001-01-03" })
        {
            using var page = await pages.Http.GetAsync(new Uri($"/Ateliers?semaine={week}", UriKind.Relative));
            page.StatusCode.ShouldBe(HttpStatusCode.OK, $"the current week instead of week {week}");
        }
    }

    [Test]
    public async Task A_youth_worker_takes_attendance_for_the_whole_class_without_opening_the_files_outside_their_group()
    {
        var kind = await WorkshopData.KindAsync(App, "Français " + WorkshopData.Unique(), Track.Language);
        var awa = await App.CreateYouthAsync("Awa", "Konaté", null, _colleague);
        var mine = await App.CreateYouthAsync("Ousmane", "Traoré", null, _worker);
        var gone = await App.CreateYouthAsync("Sékou", "Bangoura", null, _colleague);
        var longAgo = await App.CreateYouthAsync("Lamine", "Fofana", null, _colleague);
        await WorkshopData.SessionAsync(App, kind, WorkshopData.Today().AddDays(-14), _colleague.Id, awa, mine, gone);
        await WorkshopData.SessionAsync(App, kind, WorkshopData.Today().AddDays(-70), _colleague.Id, longAgo);
        await WorkshopData.ArchiveAsync(App, gone);
        var today = await WorkshopData.SessionAsync(App, kind, WorkshopData.Today(), _worker.Id);
        using var api = await WorkshopData.ApiClientAsync(App, _worker);

        var sheet = await api.Http.GetFromJsonAsync<JsonElement>(Api($"sessions/{today}/attendance"));
        var rows = sheet.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("youthId").GetGuid());
        rows.Keys.ShouldBe([awa, mine], ignoreOrder: true, "the regulars with an open file; Bangoura is archived, Fofana came 10 weeks ago");
        rows[awa].GetProperty("firstName").GetString().ShouldBe("Awa");
        rows[awa].GetProperty("lastName").GetString().ShouldBe("Konaté");
        rows[awa].GetProperty("canOpenFile").GetBoolean().ShouldBeFalse();
        rows[mine].GetProperty("canOpenFile").GetBoolean().ShouldBeTrue();
        rows[awa].GetProperty("present").GetBoolean().ShouldBeFalse();
        sheet.ToString().ShouldNotContain("Maraude", customMessage: "nothing else of the file");
        using (var file = await api.Http.GetAsync(new Uri($"/api/v1/youths/{awa}", UriKind.Relative)))
        {
            file.StatusCode.ShouldBe(HttpStatusCode.NotFound, "the roster rule shows a name, not the file");
        }

        var found = await api.Http.PostAsJsonAsync(Api($"sessions/{today}/attendance/search"), new { text = "fofana" });
        var foundRows = (await found.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("found").EnumerateArray().ToList();
        foundRows.Select(r => r.GetProperty("youthId").GetGuid()).ShouldBe([longAgo]);
        var archived = await api.Http.PostAsJsonAsync(Api($"sessions/{today}/attendance/search"), new { text = "Bangoura" });
        (await archived.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("found").EnumerateArray().ShouldBeEmpty("archived files are never candidates");

        var version = sheet.GetProperty("session").GetProperty("version").GetInt32();
        using var saved = await api.Http.PutAsJsonAsync(Api($"sessions/{today}/attendance"), new { expectedVersion = version, youthIds = new[] { awa, mine, longAgo } });
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());

        sheet = await api.Http.GetFromJsonAsync<JsonElement>(Api($"sessions/{today}/attendance"));
        sheet.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("present").GetBoolean()).Select(r => r.GetProperty("youthId").GetGuid())
            .ShouldBe([awa, mine, longAgo], ignoreOrder: true);
        sheet.GetProperty("session").GetProperty("presentCount").GetInt32().ShouldBe(3);
        var audit = await App.WithServiceAsync<List<(string Action, string? Target)>, RemivDbContext>(async db =>
            [.. (await db.AuditEntries.Where(a => a.ActorId == _worker.Id && a.Action.StartsWith("workshop-attendance")).ToListAsync())
                .Select(a => (a.Action, a.TargetId))]);
        audit.ShouldContain(("workshop-attendance.viewed", today.ToString()));
        audit.ShouldContain(("workshop-attendance.searched", today.ToString()));
        audit.ShouldContain(("workshop-attendance.added", $"{today}/{awa}"));
        audit.ShouldNotContain(a => a.Target != null && a.Target.Contains("Konaté", StringComparison.Ordinal));
    }

    [Test]
    public async Task Attendance_is_refused_for_a_future_session_an_archived_file_an_unknown_young_person_and_a_stale_version()
    {
        var kind = await WorkshopData.KindAsync(App, "Aide " + WorkshopData.Unique(), Track.Administrative);
        var awa = await App.CreateYouthAsync("Awa", "Sylla", null, _worker);
        var gone = await App.CreateYouthAsync("Sékou", "Camara", null, _worker);
        await WorkshopData.ArchiveAsync(App, gone);
        var future = await WorkshopData.SessionAsync(App, kind, WorkshopData.Today().AddDays(2), _worker.Id);
        var today = await WorkshopData.SessionAsync(App, kind, WorkshopData.Today(), _worker.Id);
        using var api = await WorkshopData.ApiClientAsync(App, _worker);

        await RefusedAsync(future, 0, [awa], HttpStatusCode.BadRequest,
            "La présence se relève le jour de l'atelier ou après : cette séance n'a pas encore eu lieu.");
        await RefusedAsync(today, 0, [awa, gone], HttpStatusCode.BadRequest,
            "Un des jeunes cochés a un dossier archivé : sa présence ne peut plus être relevée. Décochez son nom.");
        await RefusedAsync(today, 0, [awa, Guid.NewGuid()], HttpStatusCode.BadRequest,
            "Un des jeunes cochés est introuvable : rechargez la feuille de présence, puis cochez de nouveau.");
        using (var missing = await api.Http.PutAsJsonAsync(Api($"sessions/{today}/attendance"), new { expectedVersion = 0 }))
        {
            missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await missing.Content.ReadAsStringAsync()).ShouldContain("Indiquez les jeunes présents (une liste vide si personne n'est venu).");
        }

        await RefusedAsync(today, 7, [awa], HttpStatusCode.Conflict, "Cet élément a été modifié par quelqu'un d'autre entre-temps.");
        await RefusedAsync(Guid.NewGuid(), 0, [awa], HttpStatusCode.NotFound, "Cet élément est introuvable.");
        (await WorkshopData.PresentAsync(App, today)).ShouldBeEmpty("nothing partial");
        (await WorkshopData.PresentAsync(App, future)).ShouldBeEmpty();

        async Task RefusedAsync(Guid session, int version, Guid[] youths, HttpStatusCode status, string message)
        {
            using var response = await api.Http.PutAsJsonAsync(Api($"sessions/{session}/attendance"), new { expectedVersion = version, youthIds = youths });
            response.StatusCode.ShouldBe(status);
            (await response.Content.ReadAsStringAsync()).ShouldContain(message);
        }
    }

    [Test]
    public async Task Attendance_appears_on_the_timeline_for_whoever_may_read_the_kinds_track()
    {
        var kindName = "Slam " + WorkshopData.Unique();
        var kind = await WorkshopData.KindAsync(App, kindName, Track.CultureSport);
        var psychologist = await App.CreateAccountAsync(Roles.Psychologist);
        var youth = await App.CreateYouthAsync("Mariam", "Cissé", null, _worker, psychologist);
        var day = WorkshopData.Today().AddDays(-2);
        await WorkshopData.SessionAsync(App, kind, day, _worker.Id, youth);

        foreach (var reader in new[] { _worker, _coordinator })
        {
            using var api = await WorkshopData.ApiClientAsync(App, reader);
            var timeline = await api.Http.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/youths/{youth}/entries", UriKind.Relative));
            var item = timeline.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("kind").GetString() == "WorkshopAttendance");
            item.GetProperty("date").GetString().ShouldBe(Iso(day));
            item.GetProperty("text").GetString()!.ShouldStartWith(kindName);
            item.GetProperty("track").GetString().ShouldBe("CultureSport");
        }

        using var psy = await WorkshopData.ApiClientAsync(App, psychologist);
        var hidden = await psy.Http.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/youths/{youth}/entries", UriKind.Relative));
        hidden.GetProperty("items").EnumerateArray().ShouldNotContain(i => i.GetProperty("kind").GetString() == "WorkshopAttendance",
            "a psychologist does not read the culture and sport track");
    }

    private static Uri Api(string path) => new($"/api/v1/workshops/{path}", UriKind.Relative);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>Workshop data made directly through the domain, for the workshop tests.</summary>
internal static class WorkshopData
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Paris).DateTime);

    public static string Unique() => Guid.NewGuid().ToString("N")[..8];

    public static async Task<PageClient> ApiClientAsync(RemivWebFactory app, TestAccount account)
    {
        var client = app.CreatePageClient();
        client.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await ApiTokens.ForAsync(client, account));
        return client;
    }

    public static Task<Guid> KindAsync(RemivWebFactory app, string name, Track track, bool active = true) =>
        app.WithServiceAsync<Guid, RemivDbContext>(async db =>
        {
            var kind = WorkshopKind.Create(name, track);
            if (!active)
            {
                kind.Update(name, track, isActive: false);
            }

            db.WorkshopKinds.Add(kind);
            await db.SaveChangesAsync();
            return kind.Id;
        });

    public static Task<Guid> PartnerAsync(RemivWebFactory app, string name) =>
        app.WithServiceAsync<Guid, RemivDbContext>(async db =>
        {
            var partner = Partner.Create(new PartnerDetails(name, PartnerType.Association, null, null, null, null, null));
            db.Partners.Add(partner);
            await db.SaveChangesAsync();
            return partner.Id;
        });

    /// <summary>A session from 10:00 to 12:00 led by <paramref name="facilitator"/>, with these young people present.</summary>
    public static Task<Guid> SessionAsync(RemivWebFactory app, Guid kind, DateOnly date, Guid facilitator, params Guid[] present) =>
        app.WithServiceAsync<Guid, RemivDbContext>(async db =>
        {
            var session = WorkshopSession.Plan(kind, new WorkshopDetails(null, date, new TimeOnly(10, 0), new TimeOnly(12, 0), "Salle de cours",
                facilitator, null, null), facilitator, Today(), DateTimeOffset.UtcNow);
            if (present.Length > 0)
            {
                var youths = await db.Youths.Where(y => present.Contains(y.Id)).ToListAsync();
                session.RecordAttendance(youths, facilitator, Today(), DateTimeOffset.UtcNow);
            }

            db.WorkshopSessions.Add(session);
            await db.SaveChangesAsync();
            return session.Id;
        });

    public static Task ArchiveAsync(RemivWebFactory app, Guid youthId) =>
        app.WithServiceAsync<int, RemivDbContext>(async db =>
        {
            var youth = await db.Youths.SingleAsync(y => y.Id == youthId);
            youth.Archive(Today(), ExitReason.MovedAway, null, null, Today(), DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });

    public static Task<int> SessionCountAsync(RemivWebFactory app) =>
        app.WithServiceAsync<int, RemivDbContext>(db => db.WorkshopSessions.CountAsync());

    public static Task<List<string>> KindNamesAsync(RemivWebFactory app) =>
        app.WithServiceAsync<List<string>, RemivDbContext>(db => db.WorkshopKinds.Select(k => k.Name).ToListAsync());

    public static Task<List<Guid>> PresentAsync(RemivWebFactory app, Guid session) =>
        app.WithServiceAsync<List<Guid>, RemivDbContext>(db =>
            db.WorkshopSessions.Where(s => s.Id == session).SelectMany(s => s.Attendance.Select(a => a.YouthId)).ToListAsync());

    public static Task<int> VersionAsync(RemivWebFactory app, Guid session) =>
        app.WithServiceAsync<int, RemivDbContext>(db => db.WorkshopSessions.Where(s => s.Id == session).Select(s => s.Version).SingleAsync());
}
