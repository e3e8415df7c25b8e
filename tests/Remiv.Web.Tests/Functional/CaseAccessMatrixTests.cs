using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;
using Remiv.Infrastructure.Persistence;
using Remiv.Web.Tests.Support;

namespace Remiv.Web.Tests.Functional;

/// <summary>
/// Who reaches which part of a young person's file through the API, for every role, inside and outside the
/// follow-up group; and the confidentiality rules: psychological notes for psychologists only, author-only
/// entries for their author only, no psychological text in the change history, every reading audited.
/// </summary>
public sealed class CaseAccessMatrixTests(string provider) : FunctionalFixture(provider)
{
    public enum Member
    {
        /// <summary>Not in the young person's follow-up group (a coordinator sees every file anyway).</summary>
        OutsideGroup,

        /// <summary>In the young person's follow-up group.</summary>
        InGroup,
    }

    private const string ReadFile = "GET /youths/{id}";
    private const string ReadEntries = "GET /youths/{id}/entries";
    private const string ReadDocuments = "GET /youths/{id}/documents";
    private const string WriteSocialEntry = "POST /youths/{id}/entries (Social)";
    private const string WritePsychologicalEntry = "POST /youths/{id}/entries (Psychological)";
    private const string Archive = "POST /youths/{id}/archive";
    private const string Register = "POST /youths";

    private const HttpStatusCode Ok = HttpStatusCode.OK;
    private const HttpStatusCode Created = HttpStatusCode.Created;
    private const HttpStatusCode Forbidden = HttpStatusCode.Forbidden;
    private const HttpStatusCode NotFound = HttpStatusCode.NotFound;

    /// <summary>
    /// The specification. 404 where the caller may use the function but not see this file (its existence is not revealed);
    /// 403 where the caller's role may not use the function at all.
    /// </summary>
    private static readonly (string Role, Member Member, string Endpoint, HttpStatusCode Expected)[] Matrix =
    [
        (Roles.Admin,        Member.OutsideGroup, ReadFile,                Forbidden),
        (Roles.Admin,        Member.OutsideGroup, ReadEntries,             Forbidden),
        (Roles.Admin,        Member.OutsideGroup, ReadDocuments,           Forbidden),
        (Roles.Admin,        Member.OutsideGroup, WriteSocialEntry,        Forbidden),
        (Roles.Admin,        Member.OutsideGroup, WritePsychologicalEntry, Forbidden),
        (Roles.Admin,        Member.OutsideGroup, Archive,                 Forbidden),
        (Roles.Admin,        Member.OutsideGroup, Register,                Forbidden),

        (Roles.Coordinator,  Member.OutsideGroup, ReadFile,                Ok),
        (Roles.Coordinator,  Member.OutsideGroup, ReadEntries,             Ok),
        (Roles.Coordinator,  Member.OutsideGroup, ReadDocuments,           Ok),
        (Roles.Coordinator,  Member.OutsideGroup, WriteSocialEntry,        Created),
        (Roles.Coordinator,  Member.OutsideGroup, WritePsychologicalEntry, Forbidden),
        (Roles.Coordinator,  Member.OutsideGroup, Archive,                 Ok),
        (Roles.Coordinator,  Member.OutsideGroup, Register,                Created),

        (Roles.YouthWorker,  Member.InGroup,      ReadFile,                Ok),
        (Roles.YouthWorker,  Member.InGroup,      ReadEntries,             Ok),
        (Roles.YouthWorker,  Member.InGroup,      ReadDocuments,           Ok),
        (Roles.YouthWorker,  Member.InGroup,      WriteSocialEntry,        Created),
        (Roles.YouthWorker,  Member.InGroup,      WritePsychologicalEntry, Forbidden),
        (Roles.YouthWorker,  Member.InGroup,      Archive,                 Forbidden),
        (Roles.YouthWorker,  Member.InGroup,      Register,                Created),

        (Roles.YouthWorker,  Member.OutsideGroup, ReadFile,                NotFound),
        (Roles.YouthWorker,  Member.OutsideGroup, ReadEntries,             NotFound),
        (Roles.YouthWorker,  Member.OutsideGroup, ReadDocuments,           NotFound),
        (Roles.YouthWorker,  Member.OutsideGroup, WriteSocialEntry,        NotFound),
        (Roles.YouthWorker,  Member.OutsideGroup, WritePsychologicalEntry, Forbidden),
        (Roles.YouthWorker,  Member.OutsideGroup, Archive,                 Forbidden),
        (Roles.YouthWorker,  Member.OutsideGroup, Register,                Created),

        (Roles.Psychologist, Member.InGroup,      ReadFile,                Ok),
        (Roles.Psychologist, Member.InGroup,      ReadEntries,             Ok),
        (Roles.Psychologist, Member.InGroup,      ReadDocuments,           Forbidden),
        (Roles.Psychologist, Member.InGroup,      WriteSocialEntry,        Forbidden),
        (Roles.Psychologist, Member.InGroup,      WritePsychologicalEntry, Created),
        (Roles.Psychologist, Member.InGroup,      Archive,                 Forbidden),
        (Roles.Psychologist, Member.InGroup,      Register,                Forbidden),

        (Roles.Psychologist, Member.OutsideGroup, ReadFile,                NotFound),
        (Roles.Psychologist, Member.OutsideGroup, ReadEntries,             NotFound),
        (Roles.Psychologist, Member.OutsideGroup, ReadDocuments,           Forbidden),
        (Roles.Psychologist, Member.OutsideGroup, WriteSocialEntry,        Forbidden),
        (Roles.Psychologist, Member.OutsideGroup, WritePsychologicalEntry, NotFound),
        (Roles.Psychologist, Member.OutsideGroup, Archive,                 Forbidden),
        (Roles.Psychologist, Member.OutsideGroup, Register,                Forbidden),
    ];

    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private static readonly string[] French = ["fr"];

    private readonly Dictionary<(string Role, Member Member), (TestAccount Account, string Token)> _cast = [];

    public static IEnumerable<TestCaseData> Specification() =>
        Matrix.Select(row => new TestCaseData(row.Role, row.Member, row.Endpoint, row.Expected));

    [OneTimeSetUp]
    public async Task CreateTheCast()
    {
        foreach (var (role, member) in Matrix.Select(row => (row.Role, row.Member)).Distinct())
        {
            var account = await App.CreateAccountAsync(role);
            using var client = App.CreatePageClient();
            _cast[(role, member)] = (account, await ApiTokens.ForAsync(client, account));
        }
    }

    [TestCaseSource(nameof(Specification))]
    public async Task Each_role_gets_the_specified_answer_on_each_case_file_endpoint(string role, Member member, string endpoint, HttpStatusCode expected)
    {
        var youth = await CreateFollowedYouthAsync();
        using var client = ClientOf(role, member);
        var marker = "matrice-" + Guid.NewGuid().ToString("N");

        using var response = endpoint switch
        {
            ReadFile => await client.GetAsync($"/api/v1/youths/{youth}"),
            ReadEntries => await client.GetAsync($"/api/v1/youths/{youth}/entries"),
            ReadDocuments => await client.GetAsync($"/api/v1/youths/{youth}/documents"),
            WriteSocialEntry => await client.Http.PostAsJsonAsync(Api($"youths/{youth}/entries"), Entry(Track.Social, marker)),
            WritePsychologicalEntry => await client.Http.PostAsJsonAsync(Api($"youths/{youth}/entries"), Entry(Track.Psychological, marker)),
            Archive => await client.Http.PostAsJsonAsync(Api($"youths/{youth}/archive"),
                new { expectedVersion = await VersionOfAsync(youth), date = Today, reason = "Fin d'accompagnement" }),
            Register => await client.Http.PostAsJsonAsync(Api("youths"), new
            {
                firstName = "Matrice", lastName = marker, birthDate = Today.AddYears(-16), birthDateStanding = "Declared", sex = "Female",
                languages = French, confirmedNotDuplicate = true,
            }),
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
            case WriteSocialEntry or WritePsychologicalEntry:
                (await App.WithServiceAsync<int, RemivDbContext>(async db => (await db.FollowUpEntries.AsNoTracking().Where(e => e.YouthId == youth).ToListAsync()).Count(e => e.Text == marker)))
                    .ShouldBe(succeeded ? 1 : 0);
                break;
            case Archive:
                (await App.WithServiceAsync<YouthStatus, RemivDbContext>(db => db.Youths.Where(y => y.Id == youth).Select(y => y.CurrentStatus).SingleAsync()))
                    .ShouldBe(succeeded ? YouthStatus.Exited : YouthStatus.FirstContact);
                break;
            case Register:
                (await App.WithServiceAsync<int, RemivDbContext>(db => db.Youths.CountAsync(y => y.LastName == marker))).ShouldBe(succeeded ? 1 : 0);
                break;
        }
    }

    [Test]
    public async Task A_psychological_entry_is_never_returned_to_a_coordinator_or_a_youth_worker()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var psychologist = await App.CreateAccountAsync(Roles.Psychologist);
        var coordinator = await App.CreateAccountAsync(Roles.Coordinator);
        var lastName = UniqueName("Balde");
        var youth = await App.CreateYouthAsync("Thierno", lastName, Today.AddYears(-16), worker, psychologist);
        var secret = "psy-secret-" + Guid.NewGuid().ToString("N");
        using var psy = await ClientAsync(psychologist);
        using (var written = await psy.Http.PostAsJsonAsync(Api($"youths/{youth}/entries"), Entry(Track.Psychological, secret, nextStep: secret + "-suite")))
        {
            written.StatusCode.ShouldBe(HttpStatusCode.Created, await written.Content.ReadAsStringAsync());
        }

        using (var situation = await psy.Http.PutAsJsonAsync(Api($"youths/{youth}/situations/Psychological"),
                   new { expectedVersion = await VersionOfAsync(youth), summary = secret + "-situation" }))
        {
            situation.StatusCode.ShouldBe(HttpStatusCode.OK, await situation.Content.ReadAsStringAsync());
        }

        var day = await EntryDayAsync(youth);
        var reads = new[]
        {
            $"/api/v1/youths/{youth}", $"/api/v1/youths/{youth}/entries", $"/api/v1/youths/{youth}/entries?track=Psychological",
            $"/api/v1/journal?date={day:yyyy-MM-dd}", $"/api/v1/youths?text={lastName}",
        };

        // The psychologist reads it: the text is really there to be leaked.
        (await BodiesAsync(psy, reads[1], reads[3])).ShouldContain(secret);
        (await BodiesAsync(psy, reads[0])).ShouldContain(secret + "-situation");
        foreach (var reader in new[] { worker, coordinator })
        {
            using var client = await ClientAsync(reader);
            var everything = await BodiesAsync(client, reads);
            everything.ShouldNotContain(secret, customMessage: reader.Role);
            everything.ShouldContain(lastName, customMessage: $"{reader.Role} reads the file itself");
        }
    }

    [Test]
    public async Task An_author_only_entry_is_invisible_to_the_rest_of_the_group()
    {
        var author = await App.CreateAccountAsync(Roles.YouthWorker);
        var colleague = await App.CreateAccountAsync(Roles.YouthWorker);
        var coordinator = await App.CreateAccountAsync(Roles.Coordinator);
        var youth = await App.CreateYouthAsync("Djeneba", UniqueName("Sangare"), Today.AddYears(-17), author, colleague, coordinator);
        var privateText = "pour-moi-seul-" + Guid.NewGuid().ToString("N");
        var sharedText = "pour-le-groupe-" + Guid.NewGuid().ToString("N");
        using var authorClient = await ClientAsync(author);
        using (var kept = await authorClient.Http.PostAsJsonAsync(Api($"youths/{youth}/entries"), Entry(Track.Social, privateText, EntryVisibility.AuthorOnly)))
        {
            kept.StatusCode.ShouldBe(HttpStatusCode.Created, await kept.Content.ReadAsStringAsync());
        }

        using (var shared = await authorClient.Http.PostAsJsonAsync(Api($"youths/{youth}/entries"), Entry(Track.Social, sharedText)))
        {
            shared.StatusCode.ShouldBe(HttpStatusCode.Created, await shared.Content.ReadAsStringAsync());
        }

        var day = await EntryDayAsync(youth);
        var reads = new[] { $"/api/v1/youths/{youth}/entries", $"/api/v1/youths/{youth}/entries?track=Social", $"/api/v1/journal?date={day:yyyy-MM-dd}" };

        (await BodiesAsync(authorClient, reads)).ShouldContain(privateText);
        foreach (var reader in new[] { colleague, coordinator })
        {
            using var client = await ClientAsync(reader);
            var everything = await BodiesAsync(client, reads);
            everything.ShouldNotContain(privateText, customMessage: reader.Role);
            everything.ShouldContain(sharedText, customMessage: $"{reader.Role} reads the group's entries");
        }
    }

    [Test]
    public async Task A_youth_worker_lists_only_the_youths_of_their_follow_up_groups()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var otherWorker = await App.CreateAccountAsync(Roles.YouthWorker);
        var followed = await App.CreateYouthAsync("Ousmane", UniqueName("Kamara"), Today.AddYears(-16), worker);
        var notFollowed = await App.CreateYouthAsync("Ousmane", UniqueName("Kamara"), Today.AddYears(-16), otherWorker);
        using var client = await ClientAsync(worker);

        var everyone = await client.Http.GetFromJsonAsync<JsonElement>(Api("youths?pageSize=100&includeArchived=true"));
        var namesake = await client.Http.GetFromJsonAsync<JsonElement>(Api("youths?text=ousmane&pageSize=100"));
        using var direct = await client.GetAsync($"/api/v1/youths/{notFollowed}");

        everyone.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ShouldBe([followed]);
        everyone.GetProperty("total").GetInt32().ShouldBe(1);
        namesake.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ShouldBe([followed]);
        direct.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_youth_worker_removed_from_the_group_loses_access_the_same_day()
    {
        var coordinator = await App.CreateAccountAsync(Roles.Coordinator);
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await App.CreateYouthAsync("Aboubacar", UniqueName("Sidibe"), Today.AddYears(-16), coordinator, worker);
        using var workerClient = await ClientAsync(worker);
        using (var before = await workerClient.GetAsync($"/api/v1/youths/{youth}"))
        {
            before.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var coordinatorClient = await ClientAsync(coordinator);
        using (var removed = await coordinatorClient.Http.PostAsJsonAsync(Api($"youths/{youth}/group"),
                   new { expectedVersion = await VersionOfAsync(youth), staffId = worker.Id, change = "Remove" }))
        {
            removed.StatusCode.ShouldBe(HttpStatusCode.OK, await removed.Content.ReadAsStringAsync());
        }

        using var after = await workerClient.GetAsync($"/api/v1/youths/{youth}");
        using var entries = await workerClient.GetAsync($"/api/v1/youths/{youth}/entries");
        after.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        entries.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_psychologist_sees_identity_and_the_psychological_situation_but_not_the_case()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var psychologist = await App.CreateAccountAsync(Roles.Psychologist);
        var youth = await App.CreateYouthAsync("Siaka", UniqueName("Coulibaly"), Today.AddYears(-16), worker, psychologist);
        using var psy = await ClientAsync(psychologist);
        using var youthWorker = await ClientAsync(worker);
        using (var situation = await psy.Http.PutAsJsonAsync(Api($"youths/{youth}/situations/Psychological"),
                   new { expectedVersion = await VersionOfAsync(youth), summary = "Suivi hebdomadaire" }))
        {
            situation.StatusCode.ShouldBe(HttpStatusCode.OK, await situation.Content.ReadAsStringAsync());
        }

        var asPsychologist = await psy.Http.GetFromJsonAsync<JsonElement>(Api($"youths/{youth}"));
        var asWorker = await youthWorker.Http.GetFromJsonAsync<JsonElement>(Api($"youths/{youth}"));

        asPsychologist.GetProperty("case").ValueKind.ShouldBe(JsonValueKind.Null);
        asPsychologist.GetProperty("psychologicalSituation").GetProperty("summary").GetString().ShouldBe("Suivi hebdomadaire");
        asPsychologist.GetProperty("rights").GetProperty("writableTracks").EnumerateArray().Select(t => t.GetString()).ShouldBe(["Psychological"]);
        asWorker.GetProperty("case").ValueKind.ShouldBe(JsonValueKind.Object);
        asWorker.GetProperty("psychologicalSituation").ValueKind.ShouldBe(JsonValueKind.Null);
        asWorker.GetProperty("rights").GetProperty("readableTracks").EnumerateArray().Select(t => t.GetString()).ShouldNotContain("Psychological");
    }

    [Test]
    public async Task Filtering_the_search_on_the_psychological_track_reveals_nothing_to_non_psychologists()
    {
        var coordinator = await App.CreateAccountAsync(Roles.Coordinator);
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var psychologist = await App.CreateAccountAsync(Roles.Psychologist);
        var lastName = UniqueName("Diakite");
        var youth = await App.CreateYouthAsync("Adama", lastName, Today.AddYears(-16), worker, psychologist);
        using var psy = await ClientAsync(psychologist);
        using (var situation = await psy.Http.PutAsJsonAsync(Api($"youths/{youth}/situations/Psychological"),
                   new { expectedVersion = await VersionOfAsync(youth), summary = "Suivi en cours" }))
        {
            situation.StatusCode.ShouldBe(HttpStatusCode.OK, await situation.Content.ReadAsStringAsync());
        }

        foreach (var reader in new[] { coordinator, worker })
        {
            using var client = await ClientAsync(reader);
            using var response = await client.GetAsync($"/api/v1/youths?track=Psychological&text={lastName}");

            // Either the filter is refused, or it finds nobody: which young people see a psychologist is confidential too.
            if (response.StatusCode != HttpStatusCode.BadRequest)
            {
                response.StatusCode.ShouldBe(HttpStatusCode.OK);
                (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray()
                    .Select(i => i.GetProperty("id").GetGuid()).ShouldNotContain(youth, customMessage: reader.Role);
            }
        }
    }

    [Test]
    public async Task The_change_history_never_stores_psychological_text()
    {
        var psychologist = await App.CreateAccountAsync(Roles.Psychologist);
        var youth = await App.CreateYouthAsync("Mohamed", UniqueName("Bah"), Today.AddYears(-16), psychologist);
        var secret = "histoire-" + Guid.NewGuid().ToString("N");
        using var psy = await ClientAsync(psychologist);
        Guid entryId;
        using (var written = await psy.Http.PostAsJsonAsync(Api($"youths/{youth}/entries"),
                   Entry(Track.Psychological, secret + "-texte", nextStep: secret + "-suite", partner: secret + "-partenaire")))
        {
            written.StatusCode.ShouldBe(HttpStatusCode.Created, await written.Content.ReadAsStringAsync());
            entryId = (await written.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        }

        using (var revised = await psy.Http.PutAsJsonAsync(Api($"entries/{entryId}"), new
               {
                   expectedVersion = 0, date = await EntryDayAsync(youth), track = "Psychological", kind = "Conversation",
                   text = secret + "-revise", visibility = "FollowUpGroup",
               }))
        {
            revised.StatusCode.ShouldBe(HttpStatusCode.OK, await revised.Content.ReadAsStringAsync());
        }

        using (var situation = await psy.Http.PutAsJsonAsync(Api($"youths/{youth}/situations/Psychological"),
                   new { expectedVersion = await VersionOfAsync(youth), summary = secret + "-situation" }))
        {
            situation.StatusCode.ShouldBe(HttpStatusCode.OK, await situation.Content.ReadAsStringAsync());
        }

        var history = await App.WithServiceAsync<List<(string EntityType, string Changes)>, RemivDbContext>(async db =>
            (await db.ChangeRecords.AsNoTracking().Where(c => c.YouthId == youth).Select(c => new { c.EntityType, c.Changes }).ToListAsync())
            .Select(c => (c.EntityType, c.Changes)).ToList());

        // The history did record the entry and the situation (so the test looks at real records), without their words.
        history.Count(c => c.EntityType == nameof(FollowUpEntry)).ShouldBe(2);
        history.ShouldContain(c => c.EntityType == nameof(TrackSituation));
        history.Where(c => c.EntityType is nameof(FollowUpEntry) or nameof(TrackSituation)).ShouldAllBe(c => c.Changes.Contains("(confidentiel)"));
        history.ShouldAllBe(c => !c.Changes.Contains(secret));
    }

    [Test]
    public async Task Reading_a_file_writes_youth_viewed_to_the_audit_log_with_the_reader()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var psychologist = await App.CreateAccountAsync(Roles.Psychologist);
        var youth = await App.CreateYouthAsync("Kadidia", UniqueName("Sacko"), Today.AddYears(-16), worker, psychologist);
        using var client = await ClientAsync(psychologist);

        using var response = await client.GetAsync($"/api/v1/youths/{youth}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var views = await App.WithServiceAsync<List<Guid?>, RemivDbContext>(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Action == "youth.viewed" && a.TargetType == "Youth" && a.TargetId == youth.ToString())
            .Select(a => a.ActorId).ToListAsync());
        views.ShouldBe([psychologist.Id]);
    }

    [Test]
    public async Task A_refused_read_of_a_file_is_not_audited_as_a_view()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var outsider = await App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await App.CreateYouthAsync("Nene", UniqueName("Sylla"), Today.AddYears(-16), worker);
        using var client = await ClientAsync(outsider);

        using var response = await client.GetAsync($"/api/v1/youths/{youth}");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await App.WithServiceAsync<int, RemivDbContext>(db => db.AuditEntries.CountAsync(a => a.Action == "youth.viewed" && a.TargetId == youth.ToString())))
            .ShouldBe(0);
    }

    private static Uri Api(string path) => new("/api/v1/" + path, UriKind.Relative);

    private static string UniqueName(string stem) =>
        stem + string.Concat(Guid.NewGuid().ToString("N").Take(10).Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16))));

    private static object Entry(Track track, string text, EntryVisibility visibility = EntryVisibility.FollowUpGroup, string? nextStep = null, string? partner = null) => new
    {
        submissionId = Guid.NewGuid(),
        track = track.ToString(),
        kind = "Conversation",
        text,
        nextStep,
        partner,
        visibility = visibility.ToString(),
    };

    private static async Task<string> BodiesAsync(PageClient client, params string[] paths)
    {
        var bodies = new List<string>();
        foreach (var path in paths)
        {
            using var response = await client.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();
            response.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {path}: {body}");
            bodies.Add(body);
            // Every string value decoded too, so that an escaped character cannot hide a match.
            bodies.AddRange(Strings(JsonDocument.Parse(body).RootElement));
        }

        return string.Join('\n', bodies);
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };

    /// <summary>A young person followed by the in-group youth worker (referent) and the in-group psychologist.</summary>
    private Task<Guid> CreateFollowedYouthAsync() =>
        App.CreateYouthAsync("Matrice", UniqueName("Dossier"), Today.AddYears(-16),
            _cast[(Roles.YouthWorker, Member.InGroup)].Account, _cast[(Roles.Psychologist, Member.InGroup)].Account);

    private PageClient ClientOf(string role, Member member)
    {
        var client = App.CreatePageClient();
        client.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _cast[(role, member)].Token);
        return client;
    }

    private async Task<PageClient> ClientAsync(TestAccount account)
    {
        var client = App.CreatePageClient();
        client.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await ApiTokens.ForAsync(client, account));
        return client;
    }

    private Task<int> VersionOfAsync(Guid youth) =>
        App.WithServiceAsync<int, RemivDbContext>(db => db.Youths.Where(y => y.Id == youth).Select(y => y.Version).SingleAsync());

    private Task<DateOnly> EntryDayAsync(Guid youth) =>
        App.WithServiceAsync<DateOnly, RemivDbContext>(db => db.FollowUpEntries.Where(e => e.YouthId == youth).Select(e => e.Date).FirstAsync());
}
