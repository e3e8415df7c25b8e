using System.Buffers.Binary;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Remiv.Domain.Security;
using Remiv.Infrastructure.Persistence;
using Remiv.Web.Tests.Support;

namespace Remiv.Web.Tests.Functional;

/// <summary>
/// The case-file API through the real pipeline and database: registration with its duplicate check, search,
/// versions, entries sent twice, attachments checked by content, and ProblemDetails (never a 500) for bad input.
/// </summary>
public sealed class YouthApiTests(string provider) : FunctionalFixture(provider)
{
    private const string ArchivedMessage = "Ce dossier est archivé : il ne peut plus être modifié.";
    private const string NotAFileTypeMessage = "Ce fichier n'est ni un PDF, ni une image JPEG ou PNG (son contenu a été vérifié, pas seulement son nom).";

    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private static readonly string[] French = ["fr"];

    [Test]
    public async Task A_youth_registered_through_the_api_is_found_by_a_transliteration_of_the_first_name()
    {
        using var client = await ClientAsync(Roles.Coordinator);
        var lastName = UniqueName("Kourouma");

        using var created = await client.Http.PostAsJsonAsync(Api("youths"), Registration("Abdoulaye", lastName, confirmed: true));

        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("youthId").GetGuid();
        created.Headers.Location!.OriginalString.ShouldBe($"/api/v1/youths/{id:D}");
        var found = await client.Http.GetFromJsonAsync<JsonElement>(Api($"youths?text={Uri.EscapeDataString("abdullahi " + lastName.ToLowerInvariant())}"));
        var items = found.GetProperty("items").EnumerateArray().ToList();
        items.Select(i => i.GetProperty("id").GetGuid()).ShouldBe([id]);
        items[0].GetProperty("firstName").GetString().ShouldBe("Abdoulaye");
        items[0].GetProperty("status").GetString().ShouldBe("FirstContact");
    }

    [Test]
    public async Task A_second_registration_with_the_same_names_and_birth_date_returns_the_duplicate_and_creates_nothing_until_confirmed()
    {
        using var client = await ClientAsync(Roles.YouthWorker);
        var lastName = UniqueName("Diallo");
        using var first = await client.Http.PostAsJsonAsync(Api("youths"), Registration("Mamadou", lastName));
        first.StatusCode.ShouldBe(HttpStatusCode.Created, await first.Content.ReadAsStringAsync());
        var firstId = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("youthId").GetGuid();

        using var again = await client.Http.PostAsJsonAsync(Api("youths"), Registration("Mamadou", lastName));

        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        var registration = await again.Content.ReadFromJsonAsync<JsonElement>();
        registration.GetProperty("youthId").ValueKind.ShouldBe(JsonValueKind.Null);
        registration.GetProperty("duplicates").EnumerateArray().Select(d => d.GetProperty("youthId").GetGuid()).ShouldContain(firstId);
        (await CountYouthsNamedAsync(lastName)).ShouldBe(1);

        using var confirmed = await client.Http.PostAsJsonAsync(Api("youths"), Registration("Mamadou", lastName, confirmed: true));

        confirmed.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await confirmed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("youthId").GetGuid().ShouldNotBe(firstId);
        (await CountYouthsNamedAsync(lastName)).ShouldBe(2);
    }

    [Test]
    public async Task A_birth_date_in_the_future_gets_a_validation_problem_on_birth_date()
    {
        using var client = await ClientAsync(Roles.Coordinator);
        var lastName = UniqueName("Camara");

        using var response = await client.Http.PostAsJsonAsync(Api("youths"), Registration("Sekou", lastName, birthDate: Today.AddDays(2), confirmed: true));

        var errors = await ValidationErrorsAsync(response);
        errors.GetProperty("BirthDate")[0].GetString().ShouldBe("La date de naissance ne peut pas être dans le futur.");
        (await CountYouthsNamedAsync(lastName)).ShouldBe(0);
    }

    [Test]
    public async Task An_unknown_language_code_gets_a_validation_problem_naming_the_languages()
    {
        using var client = await ClientAsync(Roles.Coordinator);
        var lastName = UniqueName("Sylla");

        using var response = await client.Http.PostAsJsonAsync(Api("youths"), Registration("Aminata", lastName, languages: ["fr", "zz"], confirmed: true));

        var errors = await ValidationErrorsAsync(response);
        errors.EnumerateObject().Where(e => e.Name.StartsWith("Languages", StringComparison.Ordinal))
            .SelectMany(e => e.Value.EnumerateArray().Select(m => m.GetString()))
            .ShouldContain("Ce code de langue n'existe pas. Choisissez la langue dans la liste.");
        (await CountYouthsNamedAsync(lastName)).ShouldBe(0);
    }

    [Test]
    public async Task Html_in_names_is_stored_and_returned_verbatim_as_a_json_string()
    {
        using var client = await ClientAsync(Roles.Coordinator);
        const string first = "<script>alert('x')</script>";
        var last = "<b>" + UniqueName("Bah") + "</b> & Cie";
        using var created = await client.Http.PostAsJsonAsync(Api("youths"), Registration(first, last, confirmed: true));
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("youthId").GetGuid();

        using var read = await client.GetAsync($"/api/v1/youths/{id}");

        // JSON that a browser will never read as HTML: its media type, and no sniffing allowed.
        read.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        read.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        var file = await read.Content.ReadFromJsonAsync<JsonElement>();
        file.GetProperty("firstName").GetString().ShouldBe(first);
        file.GetProperty("lastName").GetString().ShouldBe(last);
    }

    [TestCase("{\"firstName\":")]
    [TestCase("[]")]
    [TestCase("")]
    [TestCase("{\"firstName\":\"Ali\",\"birthDate\":\"pas une date\"}")]
    [TestCase("{\"firstName\":\"Ali\",\"sex\":\"Martien\"}")]
    [TestCase("{\"firstName\":12}")]
    [TestCase("{\"firstName\":\"Ali\",\"languages\":[null]}")]
    public async Task Malformed_json_gets_a_400_problem_and_never_a_500(string body)
    {
        using var client = await ClientAsync(Roles.Coordinator);
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await client.Http.PostAsync(Api("youths"), content);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Test]
    public async Task An_identity_update_without_its_expected_version_is_a_400_problem()
    {
        using var client = await ClientAsync(Roles.Coordinator);
        var id = await RegisterAsync(client, "Ibrahima", UniqueName("Barry"));

        using var response = await client.Http.PutAsJsonAsync(Api($"youths/{id}"), new { firstName = "Ibrahim", birthDateStanding = "Declared" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Test]
    public async Task An_update_from_an_old_version_gets_a_409_problem_and_keeps_the_other_change()
    {
        using var client = await ClientAsync(Roles.Coordinator);
        var lastName = UniqueName("Traore");
        var id = await RegisterAsync(client, "Moussa", lastName);
        var seen = (await client.Http.GetFromJsonAsync<JsonElement>(Api($"youths/{id}"))).GetProperty("version").GetInt32();

        using var firstEdit = await client.Http.PutAsJsonAsync(Api($"youths/{id}"), Identity(seen, "Moussa", lastName + "a"));
        using var staleEdit = await client.Http.PutAsJsonAsync(Api($"youths/{id}"), Identity(seen, "Mousa", lastName + "b"));

        firstEdit.StatusCode.ShouldBe(HttpStatusCode.OK, await firstEdit.Content.ReadAsStringAsync());
        (await firstEdit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32().ShouldBe(seen + 1);
        staleEdit.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        staleEdit.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await staleEdit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString()!.ShouldStartWith("Cet élément a été modifié par quelqu'un d'autre");
        var file = await client.Http.GetFromJsonAsync<JsonElement>(Api($"youths/{id}"));
        file.GetProperty("lastName").GetString().ShouldBe(lastName + "a");
        file.GetProperty("firstName").GetString().ShouldBe("Moussa");
    }

    [Test]
    public async Task An_entry_posted_twice_with_the_same_submission_id_is_written_once()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        using var client = await ClientAsync(worker);
        var id = await App.CreateYouthAsync("Fatoumata", UniqueName("Keita"), Today.AddYears(-16), worker);
        var entry = SocialEntry(Guid.NewGuid(), "Rendez-vous à la mission locale");

        using var first = await client.Http.PostAsJsonAsync(Api($"youths/{id}/entries"), entry);
        using var second = await client.Http.PostAsJsonAsync(Api($"youths/{id}/entries"), entry);

        first.StatusCode.ShouldBe(HttpStatusCode.Created, await first.Content.ReadAsStringAsync());
        second.StatusCode.ShouldBe(HttpStatusCode.Created);
        var firstId = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid().ShouldBe(firstId);
        first.Headers.Location!.OriginalString.ShouldBe($"/api/v1/entries/{firstId:D}");
        var timeline = await client.Http.GetFromJsonAsync<JsonElement>(Api($"youths/{id}/entries?track=Social"));
        timeline.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("entryId").GetGuid()).ShouldBe([firstId]);
        (await App.WithServiceAsync<int, RemivDbContext>(db => db.FollowUpEntries.CountAsync(e => e.YouthId == id))).ShouldBe(1);
    }

    [Test]
    public async Task An_entry_sent_several_times_at_once_is_written_once_and_never_answers_a_500()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        using var client = await ClientAsync(worker);
        var id = await App.CreateYouthAsync("Mory", UniqueName("Kante"), Today.AddYears(-16), worker);

        // A double tap on a phone: the same form sent again before the first answer came back, a few rounds over.
        for (var round = 0; round < 4; round++)
        {
            var entry = SocialEntry(Guid.NewGuid(), $"Double envoi {round}");
            var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => client.Http.PostAsJsonAsync(Api($"youths/{id}/entries"), entry)));

            var answers = new List<Guid>();
            foreach (var response in responses)
            {
                using (response)
                {
                    response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
                    answers.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
                }
            }

            answers.Distinct().Count().ShouldBe(1);
        }

        (await App.WithServiceAsync<int, RemivDbContext>(db => db.FollowUpEntries.CountAsync(e => e.YouthId == id))).ShouldBe(4);
    }

    [Test]
    public async Task An_entry_without_a_submission_id_gets_a_validation_problem_and_writes_nothing()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        using var client = await ClientAsync(worker);
        var id = await App.CreateYouthAsync("Saran", UniqueName("Kaba"), Today.AddYears(-16), worker);

        using var response = await client.Http.PostAsJsonAsync(Api($"youths/{id}/entries"),
            new { track = "Social", kind = "Conversation", text = "Sans identifiant d'envoi", visibility = "FollowUpGroup" });

        (await ValidationErrorsAsync(response)).TryGetProperty("SubmissionId", out _).ShouldBeTrue();
        (await App.WithServiceAsync<int, RemivDbContext>(db => db.FollowUpEntries.CountAsync(e => e.YouthId == id))).ShouldBe(0);
    }

    [Test]
    public async Task A_youth_id_in_an_entry_body_is_ignored_the_route_decides()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        using var client = await ClientAsync(worker);
        var routeYouth = await App.CreateYouthAsync("Awa", UniqueName("Conde"), Today.AddYears(-16), worker);
        var otherYouth = await App.CreateYouthAsync("Binta", UniqueName("Conde"), Today.AddYears(-16), worker);
        var submission = Guid.NewGuid();

        using var response = await client.Http.PostAsJsonAsync(Api($"youths/{routeYouth}/entries"), new
        {
            youthId = otherYouth,
            submissionId = submission,
            track = "Social",
            kind = "Conversation",
            text = "Point sur l'hébergement",
            visibility = "FollowUpGroup",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        (await App.WithServiceAsync<Guid, RemivDbContext>(db => db.FollowUpEntries.Where(e => e.SubmissionId == submission).Select(e => e.YouthId).SingleAsync()))
            .ShouldBe(routeYouth);
    }

    [Test]
    public async Task An_entry_revised_by_its_author_keeps_its_id_and_moves_its_version_on()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        using var client = await ClientAsync(worker);
        var id = await App.CreateYouthAsync("Oumar", UniqueName("Sow"), Today.AddYears(-17), worker);
        using var written = await client.Http.PostAsJsonAsync(Api($"youths/{id}/entries"), SocialEntry(Guid.NewGuid(), "Premier texte"));
        var entryId = (await written.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        using var revised = await client.Http.PutAsJsonAsync(Api($"entries/{entryId}"), new
        {
            expectedVersion = 0, date = Today, track = "Social", kind = "Conversation", text = "Texte corrigé", visibility = "FollowUpGroup",
        });
        using var stale = await client.Http.PutAsJsonAsync(Api($"entries/{entryId}"), new
        {
            expectedVersion = 0, date = Today, track = "Social", kind = "Conversation", text = "Texte perdu", visibility = "FollowUpGroup",
        });

        revised.StatusCode.ShouldBe(HttpStatusCode.OK, await revised.Content.ReadAsStringAsync());
        (await revised.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32().ShouldBe(1);
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var item = (await client.Http.GetFromJsonAsync<JsonElement>(Api($"youths/{id}/entries"))).GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("kind").GetString() == "Entry");
        item.GetProperty("text").GetString().ShouldBe("Texte corrigé");
        item.GetProperty("canRevise").GetBoolean().ShouldBeTrue();
    }

    [Test]
    public async Task A_png_uploaded_as_multipart_is_downloaded_with_identical_bytes_and_its_media_type()
    {
        var coordinator = await App.CreateAccountAsync(Roles.Coordinator);
        using var client = await ClientAsync(coordinator);
        var id = await App.CreateYouthAsync("Lansana", UniqueName("Kaba"), Today.AddYears(-16));
        var png = OnePixelPng();

        using var upload = await UploadAsync(client, id, png, "acte de naissance.png", kind: "BirthCertificate");

        upload.StatusCode.ShouldBe(HttpStatusCode.Created, await upload.Content.ReadAsStringAsync());
        var attachmentId = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        upload.Headers.Location!.OriginalString.ShouldBe($"/api/v1/attachments/{attachmentId:D}");
        using var download = await client.GetAsync($"/api/v1/attachments/{attachmentId}");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(png);
        var documents = await client.Http.GetFromJsonAsync<JsonElement>(Api($"youths/{id}/documents"));
        var attachment = documents.GetProperty("attachments").EnumerateArray().Single();
        attachment.GetProperty("id").GetGuid().ShouldBe(attachmentId);
        attachment.GetProperty("kind").GetString().ShouldBe("BirthCertificate");
        attachment.GetProperty("fileName").GetString().ShouldBe("acte de naissance.png");
        (await App.WithServiceAsync<List<Guid?>, RemivDbContext>(db => db.AuditEntries.AsNoTracking()
                .Where(a => a.Action == "attachment.downloaded" && a.TargetId == attachmentId.ToString()).Select(a => a.ActorId).ToListAsync()))
            .ShouldBe([coordinator.Id]);
    }

    [Test]
    public async Task A_text_file_named_pdf_is_refused_with_the_french_message()
    {
        using var client = await ClientAsync(Roles.Coordinator);
        var id = await App.CreateYouthAsync("Mariama", UniqueName("Bangoura"), Today.AddYears(-16));

        using var upload = await UploadAsync(client, id, Encoding.UTF8.GetBytes("Ceci n'est pas un PDF, juste du texte."), "jugement.pdf", kind: "CourtDecisions");

        var errors = await ValidationErrorsAsync(upload);
        errors.GetProperty("File")[0].GetString().ShouldBe(NotAFileTypeMessage);
        (await App.WithServiceAsync<int, RemivDbContext>(db => db.Attachments.CountAsync(a => a.YouthId == id))).ShouldBe(0);
    }

    [Test]
    public async Task An_upload_over_10_mb_gets_a_problem_and_never_a_500()
    {
        using var client = await ClientAsync(Roles.Coordinator);
        var id = await App.CreateYouthAsync("Alpha", UniqueName("Soumah"), Today.AddYears(-16));
        var big = new byte[(10 * 1024 * 1024) + 1];
        OnePixelPng().AsSpan(0, 8).CopyTo(big);

        using var upload = await UploadAsync(client, id, big, "scan.png");

        new[] { HttpStatusCode.BadRequest, HttpStatusCode.RequestEntityTooLarge }.ShouldContain(upload.StatusCode);
        upload.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await upload.Content.ReadAsStringAsync()).ShouldContain("10 Mo");
        (await App.WithServiceAsync<int, RemivDbContext>(db => db.Attachments.CountAsync(a => a.YouthId == id))).ShouldBe(0);
    }

    [Test]
    public async Task An_upload_without_a_file_gets_a_validation_problem()
    {
        using var client = await ClientAsync(Roles.Coordinator);
        var id = await App.CreateYouthAsync("Sadio", UniqueName("Cisse"), Today.AddYears(-16));
        using var form = new MultipartFormDataContent { { new StringContent("BirthCertificate"), "kind" } };

        using var upload = await client.Http.PostAsync(Api($"youths/{id}/attachments"), form);

        (await ValidationErrorsAsync(upload)).GetProperty("Length")[0].GetString().ShouldBe("Le fichier est vide. Choisissez un autre fichier.");
    }

    [Test]
    public async Task A_document_status_is_updated_and_listed_with_its_version()
    {
        using var client = await ClientAsync(Roles.Coordinator);
        var id = await App.CreateYouthAsync("Kadiatou", UniqueName("Toure"), Today.AddYears(-16));

        using var updated = await client.Http.PutAsJsonAsync(Api($"youths/{id}/documents/PassportOrIdCard"),
            new { status = "Obtained", expiryDate = Today.AddYears(5), note = "Original au coffre" });

        updated.StatusCode.ShouldBe(HttpStatusCode.OK, await updated.Content.ReadAsStringAsync());
        var documents = await client.Http.GetFromJsonAsync<JsonElement>(Api($"youths/{id}/documents"));
        var passport = documents.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "PassportOrIdCard");
        passport.GetProperty("status").GetString().ShouldBe("Obtained");
        passport.GetProperty("note").GetString().ShouldBe("Original au coffre");
        documents.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "BirthCertificate")
            .GetProperty("status").GetString().ShouldBe("Missing");
    }

    [Test]
    public async Task An_entry_for_an_archived_youth_is_refused_with_the_french_message()
    {
        var coordinator = await App.CreateAccountAsync(Roles.Coordinator);
        using var client = await ClientAsync(coordinator);
        var id = await App.CreateYouthAsync("Souleymane", UniqueName("Fofana"), Today.AddYears(-17), coordinator);
        var version = (await client.Http.GetFromJsonAsync<JsonElement>(Api($"youths/{id}"))).GetProperty("version").GetInt32();
        using var archived = await client.Http.PostAsJsonAsync(Api($"youths/{id}/archive"), new { expectedVersion = version, date = Today, reason = "Départ de la Vienne" });
        archived.StatusCode.ShouldBe(HttpStatusCode.OK, await archived.Content.ReadAsStringAsync());

        using var entry = await client.Http.PostAsJsonAsync(Api($"youths/{id}/entries"), SocialEntry(Guid.NewGuid(), "Appel après la sortie"));

        var errors = await ValidationErrorsAsync(entry);
        errors.EnumerateObject().SelectMany(e => e.Value.EnumerateArray().Select(m => m.GetString())).ShouldContain(ArchivedMessage);
        (await App.WithServiceAsync<int, RemivDbContext>(db => db.FollowUpEntries.CountAsync(e => e.YouthId == id))).ShouldBe(0);
        var file = await client.Http.GetFromJsonAsync<JsonElement>(Api($"youths/{id}"));
        file.GetProperty("isArchived").GetBoolean().ShouldBeTrue();
        file.GetProperty("case").GetProperty("status").GetString().ShouldBe("Exited");
    }

    [Test]
    public async Task Status_alias_situation_and_group_changes_each_move_the_version_on()
    {
        var coordinator = await App.CreateAccountAsync(Roles.Coordinator);
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        using var client = await ClientAsync(coordinator);
        var lastName = UniqueName("Doumbouya");
        var id = await App.CreateYouthAsync("Ismael", lastName, Today.AddYears(-16), coordinator);
        var version = (await client.Http.GetFromJsonAsync<JsonElement>(Api($"youths/{id}"))).GetProperty("version").GetInt32();

        version = await VersionOfAsync(await client.Http.PostAsJsonAsync(Api($"youths/{id}/status"),
            new { expectedVersion = version, status = "AgeAssessment", date = Today, department = "86" }), version);
        version = await VersionOfAsync(await client.Http.PostAsJsonAsync(Api($"youths/{id}/aliases"),
            new { expectedVersion = version, name = "Smaïl " + lastName, note = "Sur l'extrait d'acte" }), version);
        version = await VersionOfAsync(await client.Http.PutAsJsonAsync(Api($"youths/{id}/situations/Housing"),
            new { expectedVersion = version, summary = "Hôtel 115 jusqu'à fin du mois" }), version);
        await VersionOfAsync(await client.Http.PostAsJsonAsync(Api($"youths/{id}/group"),
            new { expectedVersion = version, staffId = worker.Id, change = "Add" }), version);

        var file = await client.Http.GetFromJsonAsync<JsonElement>(Api($"youths/{id}"));
        file.GetProperty("case").GetProperty("status").GetString().ShouldBe("AgeAssessment");
        file.GetProperty("aliases")[0].GetProperty("name").GetString().ShouldBe("Smaïl " + lastName);
        file.GetProperty("case").GetProperty("situations").EnumerateArray().Single().GetProperty("track").GetString().ShouldBe("Housing");
        file.GetProperty("case").GetProperty("followUpGroup").EnumerateArray().Select(m => m.GetProperty("userId").GetGuid()).ShouldContain(worker.Id);
        var byAlias = await client.Http.GetFromJsonAsync<JsonElement>(Api($"youths?text=smail+{lastName}&status=AgeAssessment"));
        byAlias.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ShouldBe([id]);
    }

    [Test]
    public async Task An_unknown_enum_in_the_query_string_gets_a_400_problem()
    {
        using var client = await ClientAsync(Roles.Coordinator);

        using var response = await client.GetAsync("/api/v1/youths?status=Disparu");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Test]
    public async Task The_journal_lists_the_entries_of_the_day_for_the_youths_one_follows()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        using var client = await ClientAsync(worker);
        var id = await App.CreateYouthAsync("Hawa", UniqueName("Kante"), Today.AddYears(-16), worker);
        var text = "Accompagnement préfecture " + Guid.NewGuid();
        using var written = await client.Http.PostAsJsonAsync(Api($"youths/{id}/entries"), SocialEntry(Guid.NewGuid(), text));
        written.StatusCode.ShouldBe(HttpStatusCode.Created);
        var day = await App.WithServiceAsync<DateOnly, RemivDbContext>(db => db.FollowUpEntries.Where(e => e.YouthId == id).Select(e => e.Date).SingleAsync());

        var journal = await client.Http.GetFromJsonAsync<JsonElement>(Api($"journal?date={day:yyyy-MM-dd}"));

        var line = journal.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("youthId").GetGuid() == id);
        line.GetProperty("text").GetString().ShouldBe(text);
        line.GetProperty("track").GetString().ShouldBe("Social");
    }

    private static Uri Api(string path) => new("/api/v1/" + path, UriKind.Relative);

    /// <summary>A name of letters only that no other test uses, so that searches and duplicate checks see this test's youths alone.</summary>
    private static string UniqueName(string stem) =>
        stem + string.Concat(Guid.NewGuid().ToString("N").Take(10).Select(c => (char)('a' + (Convert.ToInt32(c.ToString(), 16) % 26))));

    private static object Registration(string first, string last, DateOnly? birthDate = null, string[]? languages = null, bool confirmed = false) => new
    {
        firstName = first,
        lastName = last,
        birthDate = birthDate ?? new DateOnly(Today.Year - 16, 3, 14),
        birthDateStanding = "Declared",
        sex = "Male",
        nationality = "GN",
        languages = languages ?? ["fr", "ff"],
        interpreterNeeded = true,
        confirmedNotDuplicate = confirmed,
    };

    private static object Identity(int expectedVersion, string first, string last) => new
    {
        expectedVersion,
        firstName = first,
        lastName = last,
        birthDate = new DateOnly(Today.Year - 16, 3, 14),
        birthDateStanding = "Declared",
        sex = "Male",
        nationality = "GN",
        languages = French,
    };

    private static object SocialEntry(Guid submissionId, string text) => new
    {
        submissionId,
        track = "Social",
        kind = "Conversation",
        text,
        visibility = "FollowUpGroup",
    };

    private static async Task<JsonElement> ValidationErrorsAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
    }

    private static async Task<int> VersionOfAsync(HttpResponseMessage response, int before)
    {
        using (response)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            var version = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
            version.ShouldBeGreaterThan(before);
            return version;
        }
    }

    private static async Task<HttpResponseMessage> UploadAsync(PageClient client, Guid youthId, byte[] bytes, string fileName, string? kind = null)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".pdf", StringComparison.Ordinal) ? "application/pdf" : "image/png");
        form.Add(file, "file", fileName);
        if (kind is not null)
        {
            form.Add(new StringContent(kind), "kind");
        }

        return await client.Http.PostAsync(Api($"youths/{youthId}/attachments"), form);
    }

    private static async Task<string> RegisterAsync(PageClient client, string first, string last)
    {
        using var response = await client.Http.PostAsJsonAsync(Api("youths"), Registration(first, last, confirmed: true));
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("youthId").GetGuid().ToString();
    }

    private Task<int> CountYouthsNamedAsync(string lastName) =>
        App.WithServiceAsync<int, RemivDbContext>(db => db.Youths.CountAsync(y => y.LastName == lastName));

    private async Task<PageClient> ClientAsync(string role) => await ClientAsync(await App.CreateAccountAsync(role));

    private async Task<PageClient> ClientAsync(TestAccount account)
    {
        var client = App.CreatePageClient();
        client.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await ApiTokens.ForAsync(client, account));
        return client;
    }

    /// <summary>A valid 1×1 PNG (one opaque red pixel), built chunk by chunk with its CRCs.</summary>
    private static byte[] OnePixelPng()
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, 1);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), 1);
        header[8] = 8; // bit depth
        header[9] = 2; // truecolour
        Chunk(png, "IHDR", header);
        using var pixels = new MemoryStream();
        using (var zlib = new ZLibStream(pixels, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write([0x00, 0xFF, 0x00, 0x00]); // filter "none", then red
        }

        Chunk(png, "IDAT", pixels.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
