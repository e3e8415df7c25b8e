using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Remiv.Domain.Psychology;
using Remiv.Domain.Security;
using Remiv.Infrastructure.Persistence;
using Remiv.Web.Tests.Support;

namespace Remiv.Web.Tests.Functional;

/// <summary>
/// The rooms where psychologists receive young people, through the pages and the API on the real pipeline and database:
/// who reads and who manages them, for every role; adding, renaming, withdrawing and reinstating; the French refusals of a
/// duplicate name or a too-long text, with nothing saved; and a stale change refused. The fixture's database is shared:
/// every test uses room names of its own.
/// </summary>
public sealed class RoomTests(string provider) : FunctionalFixture(provider)
{
    private const string Anonymous = "Anonymous";

    private const string DuplicateMessage = "Une salle porte déjà ce nom : choisissez-en un autre (par exemple en ajoutant l'étage).";
    private const string NameRequiredMessage = "Donnez un nom à la salle (par exemple : Salle du 1er étage).";
    private const string NameTooLongMessage = "Le nom est trop long (100 caractères au plus).";
    private const string NoteTooLongMessage = "Ce texte est trop long (300 caractères au plus).";
    private const string ConflictStart = "Cet élément a été modifié par quelqu'un d'autre";

    private const string ListApi = "GET /rooms";
    private const string ReadApi = "GET /rooms/{id}";
    private const string CreateApi = "POST /rooms";
    private const string UpdateApi = "PUT /rooms/{id}";
    private const string ListPage = "GET /Psychologie/Salles";
    private const string AddPage = "POST /Psychologie/Salles?handler=Add";
    private const string WithdrawPage = "POST /Psychologie/Salles?handler=Withdraw";

    private const HttpStatusCode Ok = HttpStatusCode.OK;
    private const HttpStatusCode Created = HttpStatusCode.Created;
    private const HttpStatusCode Redirect = HttpStatusCode.Redirect;
    private const HttpStatusCode Unauthorized = HttpStatusCode.Unauthorized;
    private const HttpStatusCode Forbidden = HttpStatusCode.Forbidden;

    /// <summary>
    /// The specification: coordinators manage the rooms; psychologists read them (they book sessions in them) but change
    /// nothing; youth workers and administrators reach none of it. Anonymous visitors get 401 from the API and the sign-in
    /// page from the pages (a redirect).
    /// </summary>
    private static readonly (string Role, string Endpoint, HttpStatusCode Expected)[] Matrix =
    [
        (Anonymous,          ListApi,      Unauthorized),
        (Anonymous,          ReadApi,      Unauthorized),
        (Anonymous,          CreateApi,    Unauthorized),
        (Anonymous,          UpdateApi,    Unauthorized),
        (Anonymous,          ListPage,     Redirect),

        (Roles.Admin,        ListApi,      Forbidden),
        (Roles.Admin,        ReadApi,      Forbidden),
        (Roles.Admin,        CreateApi,    Forbidden),
        (Roles.Admin,        UpdateApi,    Forbidden),
        (Roles.Admin,        ListPage,     Forbidden),
        (Roles.Admin,        AddPage,      Forbidden),
        (Roles.Admin,        WithdrawPage, Forbidden),

        (Roles.Coordinator,  ListApi,      Ok),
        (Roles.Coordinator,  ReadApi,      Ok),
        (Roles.Coordinator,  CreateApi,    Created),
        (Roles.Coordinator,  UpdateApi,    Ok),
        (Roles.Coordinator,  ListPage,     Ok),
        (Roles.Coordinator,  AddPage,      Redirect),
        (Roles.Coordinator,  WithdrawPage, Redirect),

        (Roles.YouthWorker,  ListApi,      Forbidden),
        (Roles.YouthWorker,  ReadApi,      Forbidden),
        (Roles.YouthWorker,  CreateApi,    Forbidden),
        (Roles.YouthWorker,  UpdateApi,    Forbidden),
        (Roles.YouthWorker,  ListPage,     Forbidden),
        (Roles.YouthWorker,  AddPage,      Forbidden),
        (Roles.YouthWorker,  WithdrawPage, Forbidden),

        (Roles.Psychologist, ListApi,      Ok),
        (Roles.Psychologist, ReadApi,      Ok),
        (Roles.Psychologist, CreateApi,    Forbidden),
        (Roles.Psychologist, UpdateApi,    Forbidden),
        (Roles.Psychologist, ListPage,     Ok),
        (Roles.Psychologist, AddPage,      Forbidden),
        (Roles.Psychologist, WithdrawPage, Forbidden),
    ];

    private readonly Dictionary<string, (TestAccount Account, string Token)> _cast = [];

    public static IEnumerable<TestCaseData> Specification() => Matrix.Select(row => new TestCaseData(row.Role, row.Endpoint, row.Expected));

    [OneTimeSetUp]
    public async Task CreateTheCast()
    {
        foreach (var role in new[] { Roles.Admin, Roles.Coordinator, Roles.YouthWorker, Roles.Psychologist })
        {
            var account = await App.CreateAccountAsync(role);
            using var client = App.CreatePageClient();
            _cast[role] = (account, await ApiTokens.ForAsync(client, account));
        }
    }

    [TestCaseSource(nameof(Specification))]
    public async Task Each_role_gets_the_specified_answer_on_each_room_page_and_endpoint(string role, string endpoint, HttpStatusCode expected)
    {
        var existingName = UniqueName("Salle existante");
        var existing = await CreateRoomAsync(existingName);
        var marker = UniqueName("Salle matrice");
        using var client = endpoint.Contains("/Psychologie/", StringComparison.Ordinal) ? await PageClientOfAsync(role) : ApiClientOf(role);

        using var response = endpoint switch
        {
            ListApi => await client.GetAsync("/api/v1/rooms"),
            ReadApi => await client.GetAsync($"/api/v1/rooms/{existing}"),
            CreateApi => await client.Http.PostAsJsonAsync(Api("rooms"), new { name = marker, note = "Rez-de-chaussée" }),
            UpdateApi => await client.Http.PutAsJsonAsync(Api($"rooms/{existing}"), new { expectedVersion = 0, name = marker, isActive = true }),
            ListPage => await client.GetAsync("/Psychologie/Salles"),
            // The token comes from the home page's sign-out form: those refused the rooms page still post with a valid token.
            AddPage => await client.SubmitAsync("/", new Dictionary<string, string> { ["Input.Name"] = marker }, "/Psychologie/Salles?handler=Add"),
            WithdrawPage => await client.SubmitAsync("/", WithdrawFields(existing, 0, existingName), "/Psychologie/Salles?handler=Withdraw"),
            _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, "Not in the specification."),
        };

        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync());
        if (expected == Redirect && role == Anonymous)
        {
            response.Headers.Location!.AbsolutePath.ShouldBe("/Connexion");
        }

        if (expected == Forbidden && endpoint.Contains("/api", StringComparison.Ordinal))
        {
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        }

        // A refused change leaves nothing behind; an accepted one did its work.
        var succeeded = expected is Ok or Created or Redirect && role != Anonymous;
        switch (endpoint)
        {
            case CreateApi or AddPage:
                (await RoomCountAsync(marker)).ShouldBe(succeeded ? 1 : 0);
                break;
            case UpdateApi:
                (await NameOfAsync(existing)).ShouldBe(succeeded ? marker : existingName);
                break;
            case WithdrawPage:
                (await RoomAsync(existing)).IsActive.ShouldBe(!succeeded);
                break;
            case ReadApi when succeeded:
                (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid().ShouldBe(existing);
                break;
        }
    }

    [Test]
    public async Task A_coordinator_adds_renames_withdraws_and_reinstates_a_room_on_the_page_and_psychologists_see_the_rooms_in_service()
    {
        using var coordinator = await PageClientOfAsync(Roles.Coordinator);
        using var psychologist = await PageClientOfAsync(Roles.Psychologist);
        var name = UniqueName("Salle du 1er étage");
        var renamed = UniqueName("Bureau d'écoute");

        using (var added = await coordinator.SubmitAsync("/Psychologie/Salles", new Dictionary<string, string>
               {
                   ["Input.Name"] = "  " + name + "  ", ["Input.Note"] = "Accessible en fauteuil",
               }, "/Psychologie/Salles?handler=Add"))
        {
            added.StatusCode.ShouldBe(HttpStatusCode.Redirect, await PageClient.ErrorsOf(added));
            added.Headers.Location!.OriginalString.ShouldBe("/Psychologie/Salles");
        }

        var room = await App.WithServiceAsync<Room, RemivDbContext>(db => db.Rooms.AsNoTracking().SingleAsync(r => r.Name == name));
        room.Note.ShouldBe("Accessible en fauteuil");
        room.IsActive.ShouldBeTrue();
        var list = await coordinator.GetPageAsync("/Psychologie/Salles");
        list.ShouldContain("La salle est ajoutée.");
        Card(list, name).ShouldContain("Accessible en fauteuil");
        Card(list, name).ShouldContain("Retirer la salle");
        Card(await psychologist.GetPageAsync("/Psychologie/Salles"), name).ShouldNotContain("<form", customMessage: "psychologists read the rooms, they change nothing");

        using (var saved = await coordinator.SubmitAsync("/Psychologie/Salles", new Dictionary<string, string>
               {
                   ["Input.RoomId"] = room.Id.ToString(), ["Input.ExpectedVersion"] = "0", ["Input.IsActive"] = "true",
                   ["Input.Name"] = renamed, ["Input.Note"] = string.Empty,
               }, "/Psychologie/Salles?handler=Save"))
        {
            saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await PageClient.ErrorsOf(saved));
        }

        var afterRename = await RoomAsync(room.Id);
        afterRename.Name.ShouldBe(renamed);
        afterRename.Note.ShouldBeNull();
        afterRename.IsActive.ShouldBeTrue();
        (await coordinator.GetPageAsync("/Psychologie/Salles")).ShouldContain("La salle est enregistrée.");

        using (var withdrawn = await coordinator.SubmitAsync("/Psychologie/Salles", WithdrawFields(room.Id, 1, renamed), "/Psychologie/Salles?handler=Withdraw"))
        {
            withdrawn.StatusCode.ShouldBe(HttpStatusCode.Redirect, await PageClient.ErrorsOf(withdrawn));
        }

        (await RoomAsync(room.Id)).IsActive.ShouldBeFalse();
        var afterWithdrawal = await coordinator.GetPageAsync("/Psychologie/Salles");
        afterWithdrawal.ShouldContain("La salle est retirée : on ne peut plus y prévoir de séance.");
        Card(afterWithdrawal, renamed).ShouldContain("Retirée");
        Card(afterWithdrawal, renamed).ShouldContain("Remettre en service");
        (await psychologist.GetPageAsync("/Psychologie/Salles")).ShouldNotContain(renamed, customMessage: "a withdrawn room is offered to no one");
        using (var api = ApiClientOf(Roles.Psychologist))
        {
            (await api.Http.GetFromJsonAsync<JsonElement>(Api("rooms"))).EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ShouldNotContain(room.Id);
        }

        var reinstateFields = WithdrawFields(room.Id, 2, renamed);
        using (var reinstated = await coordinator.SubmitAsync("/Psychologie/Salles", reinstateFields, "/Psychologie/Salles?handler=Reinstate"))
        {
            reinstated.StatusCode.ShouldBe(HttpStatusCode.Redirect, await PageClient.ErrorsOf(reinstated));
        }

        (await RoomAsync(room.Id)).IsActive.ShouldBeTrue();
        (await coordinator.GetPageAsync("/Psychologie/Salles")).ShouldContain("La salle est remise en service.");
        Card(await psychologist.GetPageAsync("/Psychologie/Salles"), renamed).ShouldNotContain("Retirée");
    }

    [TestCase("duplicate", "", "Name", DuplicateMessage)]
    [TestCase("duplicate-other-case", "", "Name", DuplicateMessage)]
    [TestCase("blank", "", "Name", NameRequiredMessage)]
    [TestCase("long-name", "", "Name", NameTooLongMessage)]
    [TestCase("fresh", "long-note", "Note", NoteTooLongMessage)]
    public async Task A_duplicate_or_missing_name_or_a_too_long_text_is_refused_beside_its_field_on_the_page_and_nothing_is_saved(
        string nameCase, string noteCase, string field, string expected)
    {
        using var coordinator = await PageClientOfAsync(Roles.Coordinator);
        var existing = UniqueName("Salle Lambert");
        await CreateRoomAsync(existing);
        var name = nameCase switch
        {
            "duplicate" => existing,
            "duplicate-other-case" => existing.ToUpperInvariant(),
            "blank" => "   ",
            "long-name" => new string('s', 101),
            _ => UniqueName("Salle neuve"),
        };
        var note = noteCase == "long-note" ? new string('n', 301) : string.Empty;
        var before = await App.WithServiceAsync<int, RemivDbContext>(db => db.Rooms.CountAsync());

        using var response = await coordinator.SubmitAsync("/Psychologie/Salles", new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.Note"] = note,
        }, "/Psychologie/Salles?handler=Add");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PageClient.ErrorsOf(response)).ShouldContain(expected);
        var page = await PageClient.TextOf(response);
        FieldError(page, "salle-" + (field == "Name" ? "nom" : "note")).ShouldBe(expected);
        if (nameCase != "blank")
        {
            page.ShouldContain($"value=\"{name}\"", customMessage: "what was typed is kept");
        }

        (await App.WithServiceAsync<int, RemivDbContext>(db => db.Rooms.CountAsync())).ShouldBe(before);
    }

    [Test]
    public async Task Renaming_a_room_to_another_rooms_name_is_refused_beside_that_rooms_field_and_changes_nothing()
    {
        using var coordinator = await PageClientOfAsync(Roles.Coordinator);
        var first = UniqueName("Salle A");
        var second = UniqueName("Salle B");
        await CreateRoomAsync(first);
        var secondId = await CreateRoomAsync(second);

        using var response = await coordinator.SubmitAsync("/Psychologie/Salles", new Dictionary<string, string>
        {
            ["Input.RoomId"] = secondId.ToString(), ["Input.ExpectedVersion"] = "0", ["Input.IsActive"] = "true", ["Input.Name"] = first,
        }, "/Psychologie/Salles?handler=Save");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await PageClient.TextOf(response);
        FieldError(page, $"salle-{secondId}-nom").ShouldBe(DuplicateMessage);
        Regex.IsMatch(page, $"<details class=\"form-box\" open=\"open\">\\s*<summary>Renommer ou changer la note <span class=\"visually-hidden\">: {Regex.Escape(second)}</span>",
            RegexOptions.None, TimeSpan.FromSeconds(1)).ShouldBeTrue("the refused room's form is open again");
        var stored = await RoomAsync(secondId);
        stored.Name.ShouldBe(second);
        stored.Version.ShouldBe(0);
    }

    [Test]
    public async Task A_stale_rename_on_the_page_shows_the_conflict_notice_and_the_room_as_it_is_now()
    {
        using var coordinator = await PageClientOfAsync(Roles.Coordinator);
        var name = UniqueName("Salle Pasteur");
        var id = await CreateRoomAsync(name);
        using (var api = ApiClientOf(Roles.Coordinator))
        using (var changed = await api.Http.PutAsJsonAsync(Api($"rooms/{id}"), new { expectedVersion = 0, name = name + " bis", isActive = true }))
        {
            changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var stale = await coordinator.SubmitAsync("/Psychologie/Salles", new Dictionary<string, string>
        {
            ["Input.RoomId"] = id.ToString(), ["Input.ExpectedVersion"] = "0", ["Input.IsActive"] = "true", ["Input.Name"] = name + " ter",
        }, "/Psychologie/Salles?handler=Save");

        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PageClient.ErrorsOf(stale)).ShouldContain(ConflictStart);
        var page = await PageClient.TextOf(stale);
        page.ShouldContain($"<h2 dir=\"auto\">{name} bis</h2>");
        page.ShouldContain($"name=\"Input.ExpectedVersion\" value=\"1\"", customMessage: "the forms carry the current version");
        (await NameOfAsync(id)).ShouldBe(name + " bis");
    }

    [Test]
    public async Task The_api_adds_reads_renames_and_withdraws_a_room_and_a_stale_change_gets_a_409()
    {
        using var coordinator = ApiClientOf(Roles.Coordinator);
        using var psychologist = ApiClientOf(Roles.Psychologist);
        var name = UniqueName("Salle Jaurès");

        using var created = await coordinator.Http.PostAsJsonAsync(Api("rooms"), new { name, note = "2e étage" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        created.Headers.Location!.OriginalString.ShouldBe($"/api/v1/rooms/{id:D}");
        var read = await psychologist.Http.GetFromJsonAsync<JsonElement>(created.Headers.Location);
        read.GetProperty("name").GetString().ShouldBe(name);
        read.GetProperty("note").GetString().ShouldBe("2e étage");
        read.GetProperty("isActive").GetBoolean().ShouldBeTrue();
        read.GetProperty("version").GetInt32().ShouldBe(0);

        using var withdrawn = await coordinator.Http.PutAsJsonAsync(Api($"rooms/{id}"), new { expectedVersion = 0, name = name + " (ancienne)", note = "2e étage", isActive = false });
        using var stale = await coordinator.Http.PutAsJsonAsync(Api($"rooms/{id}"), new { expectedVersion = 0, name = name + " perdu", isActive = true });

        withdrawn.StatusCode.ShouldBe(HttpStatusCode.OK, await withdrawn.Content.ReadAsStringAsync());
        (await withdrawn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32().ShouldBe(1);
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        stale.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString()!.ShouldStartWith(ConflictStart);
        var stored = await RoomAsync(id);
        stored.Name.ShouldBe(name + " (ancienne)");
        stored.IsActive.ShouldBeFalse();
        (await psychologist.Http.GetFromJsonAsync<JsonElement>(Api("rooms"))).EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ShouldNotContain(id);
        var everything = await coordinator.Http.GetFromJsonAsync<JsonElement>(Api("rooms?includeInactive=true"));
        everything.EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == id).GetProperty("isActive").GetBoolean().ShouldBeFalse();
        using var unknown = await coordinator.GetAsync($"/api/v1/rooms/{Guid.NewGuid()}");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var unknownChange = await coordinator.Http.PutAsJsonAsync(Api($"rooms/{Guid.NewGuid()}"), new { expectedVersion = 0, name = UniqueName("x"), isActive = true });
        unknownChange.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [TestCase("duplicate", DuplicateMessage)]
    [TestCase("long-name", NameTooLongMessage)]
    [TestCase("long-note", NoteTooLongMessage)]
    [TestCase("no-name", NameRequiredMessage)]
    public async Task The_api_refuses_a_duplicate_name_or_a_too_long_text_in_french_under_the_field_and_saves_nothing(string problem, string expected)
    {
        using var coordinator = ApiClientOf(Roles.Coordinator);
        var existing = UniqueName("Salle Curie");
        await CreateRoomAsync(existing);
        var fresh = UniqueName("Salle Neuve");
        object body = problem switch
        {
            "duplicate" => new { name = " " + existing.ToLowerInvariant() + " " },
            "long-name" => new { name = new string('x', 101) },
            "long-note" => new { name = fresh, note = new string('x', 301) },
            _ => new { note = "Sans nom" },
        };
        var before = await App.WithServiceAsync<int, RemivDbContext>(db => db.Rooms.CountAsync());

        using var response = await coordinator.Http.PostAsJsonAsync(Api("rooms"), body);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.GetProperty(problem == "long-note" ? "Note" : "Name")[0].GetString().ShouldBe(expected);
        (await App.WithServiceAsync<int, RemivDbContext>(db => db.Rooms.CountAsync())).ShouldBe(before);
    }

    [TestCase("POST", "rooms", "")]
    [TestCase("POST", "rooms", "[]")]
    [TestCase("POST", "rooms", "{\"name\":42}")]
    [TestCase("PUT", "rooms/{room}", "{\"name\":\"x\",\"isActive\":true}")]
    [TestCase("PUT", "rooms/{room}", "{\"expectedVersion\":0,\"name\":\"x\"}")]
    [TestCase("PUT", "rooms/{room}", "{\"expectedVersion\":\"zéro\",\"name\":\"x\",\"isActive\":true}")]
    [TestCase("PUT", "rooms/{room}", "{\"expectedVersion\":0,\"name\":\"x\",\"isActive\":\"oui\"}")]
    [TestCase("GET", "rooms?includeInactive=peut-etre", null)]
    [TestCase("GET", "rooms/pas-un-identifiant", null)]
    public async Task Bad_input_gets_a_problem_never_a_500_and_changes_nothing(string method, string path, string? body)
    {
        using var coordinator = ApiClientOf(Roles.Coordinator);
        var name = UniqueName("Salle intacte");
        var room = await CreateRoomAsync(name);
        using var request = new HttpRequestMessage(new HttpMethod(method), Api(path.Replace("{room}", room.ToString(), StringComparison.Ordinal)));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await coordinator.Http.SendAsync(request);

        ((int)response.StatusCode).ShouldBeInRange(400, 404, await response.Content.ReadAsStringAsync());
        var stored = await RoomAsync(room);
        stored.Name.ShouldBe(name);
        stored.Version.ShouldBe(0);
    }

    [Test]
    public async Task A_forged_page_form_is_refused_in_french_never_with_an_error_page()
    {
        using var coordinator = await PageClientOfAsync(Roles.Coordinator);
        var name = UniqueName("Salle Hugo");
        var id = await CreateRoomAsync(name);

        using var badVersion = await coordinator.SubmitAsync("/Psychologie/Salles", new Dictionary<string, string>
        {
            ["Input.RoomId"] = id.ToString(), ["Input.ExpectedVersion"] = "beaucoup", ["Input.IsActive"] = "true", ["Input.Name"] = name + " x",
        }, "/Psychologie/Salles?handler=Save");
        using var unknownRoom = await coordinator.SubmitAsync("/Psychologie/Salles", WithdrawFields(Guid.NewGuid(), 0, name), "/Psychologie/Salles?handler=Withdraw");
        using var noHandler = await coordinator.SubmitAsync("/Psychologie/Salles", new Dictionary<string, string> { ["Input.Name"] = name + " y" });

        badVersion.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PageClient.ErrorsOf(badVersion)).ShouldContain("Choisissez une valeur dans la liste.");
        unknownRoom.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        noHandler.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stored = await RoomAsync(id);
        stored.Name.ShouldBe(name);
        stored.IsActive.ShouldBeTrue();
        (await RoomCountAsync(name + " y")).ShouldBe(0);
    }

    private static Dictionary<string, string> WithdrawFields(Guid room, int version, string name) => new()
    {
        ["Input.RoomId"] = room.ToString(),
        ["Input.ExpectedVersion"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.Name"] = name,
        ["Input.Note"] = string.Empty,
    };

    private async Task<Guid> CreateRoomAsync(string name)
    {
        using var coordinator = ApiClientOf(Roles.Coordinator);
        using var response = await coordinator.Http.PostAsJsonAsync(Api("rooms"), new { name });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private Task<Room> RoomAsync(Guid id) =>
        App.WithServiceAsync<Room, RemivDbContext>(db => db.Rooms.AsNoTracking().SingleAsync(r => r.Id == id));

    private async Task<string> NameOfAsync(Guid id) => (await RoomAsync(id)).Name;

    private Task<int> RoomCountAsync(string name) =>
        App.WithServiceAsync<int, RemivDbContext>(db => db.Rooms.CountAsync(r => r.Name == name));

    private PageClient ApiClientOf(string role)
    {
        var client = App.CreatePageClient();
        if (role != Anonymous)
        {
            client.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _cast[role].Token);
        }

        return client;
    }

    private async Task<PageClient> PageClientOfAsync(string role)
    {
        var client = App.CreatePageClient();
        if (role != Anonymous)
        {
            await client.SignInAsync(_cast[role].Account);
        }

        return client;
    }

    private static Uri Api(string path) => new("/api/v1/" + path, UriKind.Relative);

    /// <summary>A room name no other test uses.</summary>
    private static string UniqueName(string stem) => $"{stem} {Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>One room's card on the list, from its heading to the end of its item.</summary>
    private static string Card(string page, string name)
    {
        var match = Regex.Match(page, $"<h2 dir=\"auto\">{Regex.Escape(name)}</h2>.*?</li>", RegexOptions.Singleline, TimeSpan.FromSeconds(1));
        match.Success.ShouldBeTrue($"the list shows the room {name}");
        return match.Value;
    }

    /// <summary>The message shown beside a field (the first error line after the field with this id).</summary>
    private static string FieldError(string page, string id)
    {
        var match = Regex.Match(page, $"id=\"{Regex.Escape(id)}\".*?<span class=\"error\">(.*?)</span>", RegexOptions.Singleline, TimeSpan.FromSeconds(1));
        match.Success.ShouldBeTrue($"an error line follows the field {id}");
        return match.Groups[1].Value;
    }
}
