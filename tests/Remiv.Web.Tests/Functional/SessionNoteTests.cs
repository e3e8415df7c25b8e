using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Remiv.Domain.Psychology;
using Remiv.Domain.Security;
using Remiv.Infrastructure.Persistence;
using Remiv.Web.Tests.Support;

namespace Remiv.Web.Tests.Functional;

/// <summary>
/// Session notes through the real pipeline and database: the session's psychologist writes and changes the note on its
/// page and through the API, shares it or not; it is stored encrypted; bad input (empty, too long, a cancelled session, a
/// stale version, another psychologist's session, another role) is refused with nothing saved; a colleague who sees the
/// session reads a shared note and never changes it; the young person's notes list; each read and write is audited.
/// Every test uses people, rooms and young people of its own: the fixture's database is shared.
/// </summary>
public sealed class SessionNoteTests(string provider) : FunctionalFixture(provider)
{
    private const string OnlyTheSessionsPsychologist = "Seule la psychologue de la séance peut y écrire une note.";
    private const string CancelledSession = "Cette séance a été annulée : elle ne reçoit pas de note.";
    private const string Empty = "Écrivez la note avant de l'enregistrer.";
    private const string TooLong = "Cette note est trop longue (20 000 caractères au plus) : raccourcissez-la.";
    private const string Stale = "Cet élément a été modifié par quelqu'un d'autre entre-temps.";

    [Test]
    public async Task The_sessions_psychologist_writes_the_note_on_its_page_then_changes_it_and_a_stale_form_is_refused()
    {
        var scene = await NoteKit.SceneAsync(App);
        var session = await NoteKit.HeldSessionAsync(App, scene, daysAgo: 2);
        using var client = await NoteKit.SignedInAsync(App, scene.Author);
        var page = $"/Psychologie/Seances/{session}/Note";
        var empty = await client.GetPageAsync(page);
        empty.ShouldContain("Note de séance");
        empty.ShouldContain("Awa Sangaré");
        empty.ShouldContain("name=\"Input.Text\"");
        empty.ShouldContain("Partager avec l'équipe des psychologues");
        empty.ShouldNotContain("Écrite par", customMessage: "no note yet");
        var secret = NoteKit.Secret("Reviviscences");

        using var written = await client.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.ExpectedVersion"] = string.Empty,
            ["Input.Text"] = $"  Premier entretien. {secret}\nSommeil difficile.  ",
            ["Input.SharedWithTeam"] = "true",
        });

        written.StatusCode.ShouldBe(HttpStatusCode.Redirect, await PageClient.ErrorsOf(written));
        written.Headers.Location!.OriginalString.ShouldBe(page);
        var shown = await client.GetPageAsync(page);
        shown.ShouldContain("La note est enregistrée.");
        shown.ShouldContain($"Premier entretien. {secret}\nSommeil difficile.</textarea>");
        shown.ShouldContain($"Écrite par Compte Psychologist le {NoteKit.Today.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}");
        shown.ShouldContain("Partagée avec l'équipe des psychologues");
        shown.ShouldContain("name=\"Input.SharedWithTeam\" value=\"true\" checked=\"checked\"");
        var stored = (await NoteKit.NotesOfSessionAsync(App, session)).ShouldHaveSingleItem();
        stored.AuthorId.ShouldBe(scene.Author.Id);
        stored.YouthId.ShouldBe(scene.Youth);
        stored.SharedWithTeam.ShouldBeTrue();
        stored.Version.ShouldBe(0);
        var raw = (await NoteKit.RawNoteTextsAsync(App))[stored.Id];
        raw.ShouldStartWith(SensitiveTextCipher.Prefix);
        raw.ShouldNotContain(secret);
        raw.ShouldNotContain("Sommeil");

        using var changed = await client.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.ExpectedVersion"] = "0",
            ["Input.Text"] = $"Entretien relu. {secret}",
        });

        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect, await PageClient.ErrorsOf(changed));
        var after = (await NoteKit.NotesOfSessionAsync(App, session)).ShouldHaveSingleItem();
        after.Text.ShouldBe($"Entretien relu. {secret}");
        after.SharedWithTeam.ShouldBeFalse("an unticked box takes the sharing back");
        after.Version.ShouldBe(1);
        (await client.GetPageAsync(page)).ShouldContain("Non partagée");

        using var stale = await client.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.ExpectedVersion"] = "0",
            ["Input.Text"] = "Écrit depuis un onglet resté ouvert",
        });

        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PageClient.ErrorsOf(stale)).ShouldContain(Stale);
        (await PageClient.TextOf(stale)).ShouldContain("Écrit depuis un onglet resté ouvert</textarea>", customMessage: "what was typed is not lost");
        (await NoteKit.NotesOfSessionAsync(App, session)).ShouldHaveSingleItem().Text.ShouldBe($"Entretien relu. {secret}");
        (await NoteKit.AuditAsync(App, NoteKit.Written, stored.Id)).ShouldBe([scene.Author.Id, scene.Author.Id], "two writes, the stale one is not one");
        (await NoteKit.AuditAsync(App, NoteKit.Read, stored.Id)).ShouldNotBeEmpty();
        (await NoteKit.AuditAsync(App, NoteKit.Read, stored.Id)).ShouldAllBe(actor => actor == scene.Author.Id);
    }

    [TestCase("", Empty)]
    [TestCase("   \n  ", Empty)]
    [TestCase("long", TooLong)]
    public async Task An_empty_or_too_long_note_sent_from_the_page_is_refused_in_French_and_nothing_is_saved(string text, string message)
    {
        var scene = await NoteKit.SceneAsync(App);
        var session = await NoteKit.HeldSessionAsync(App, scene, daysAgo: 1);
        using var client = await NoteKit.SignedInAsync(App, scene.Author);
        var page = $"/Psychologie/Seances/{session}/Note";

        using var refused = await client.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.Text"] = text == "long" ? new string('a', 20_001) : text,
            ["Input.SharedWithTeam"] = "true",
        });

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PageClient.ErrorsOf(refused)).ShouldContain(message);
        (await NoteKit.NotesOfSessionAsync(App, session)).ShouldBeEmpty();
        (await NoteKit.AuditAsync(App, NoteKit.Written, null, scene.Author.Id)).ShouldBeEmpty();
    }

    [Test]
    public async Task Through_the_API_a_note_is_written_read_and_changed_from_the_version_read()
    {
        var scene = await NoteKit.SceneAsync(App);
        var session = await NoteKit.HeldSessionAsync(App, scene, daysAgo: 3);
        using var api = await NoteKit.ApiClientAsync(App, scene.Author);
        var secret = NoteKit.Secret("Angoisses");
        using (var none = await api.GetAsync($"/api/v1/psychology/sessions/{session}/note"))
        {
            none.StatusCode.ShouldBe(HttpStatusCode.NotFound, "no note yet");
        }

        using var created = await NoteKit.PutNoteAsync(api, session, null, $"Angoisses nocturnes. {secret}", shared: false);

        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        created.Headers.Location!.OriginalString.ShouldBe($"/api/v1/psychology/sessions/{session}/note");
        var saved = await created.Content.ReadFromJsonAsync<JsonElement>();
        saved.GetProperty("version").GetInt32().ShouldBe(0);
        var id = saved.GetProperty("id").GetGuid();
        var read = await api.Http.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/psychology/sessions/{session}/note", UriKind.Relative));
        read.GetProperty("id").GetGuid().ShouldBe(id);
        read.GetProperty("sessionId").GetGuid().ShouldBe(session);
        read.GetProperty("text").GetString().ShouldBe($"Angoisses nocturnes. {secret}");
        read.GetProperty("sharedWithTeam").GetBoolean().ShouldBeFalse();
        read.GetProperty("authorName").GetString().ShouldBe("Compte Psychologist");
        read.GetProperty("canEdit").GetBoolean().ShouldBeTrue();
        read.GetProperty("sessionStatus").GetString().ShouldBe("Held");

        using var changed = await NoteKit.PutNoteAsync(api, session, 0, $"Angoisses nocturnes, en baisse. {secret}", shared: true);
        using var stale = await NoteKit.PutNoteAsync(api, session, 0, "Version périmée", shared: false);
        using var unversioned = await NoteKit.PutNoteAsync(api, session, null, "Comme une première note", shared: false);

        changed.StatusCode.ShouldBe(HttpStatusCode.OK, await changed.Content.ReadAsStringAsync());
        (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32().ShouldBe(1);
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        stale.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        unversioned.StatusCode.ShouldBe(HttpStatusCode.Conflict, "a second first note would overwrite the one written meanwhile");
        var stored = (await NoteKit.NotesOfSessionAsync(App, session)).ShouldHaveSingleItem();
        stored.Text.ShouldBe($"Angoisses nocturnes, en baisse. {secret}");
        stored.SharedWithTeam.ShouldBeTrue();
        stored.Version.ShouldBe(1);
        (await NoteKit.AuditAsync(App, NoteKit.Read, id)).ShouldBe([scene.Author.Id]);
        (await NoteKit.AuditAsync(App, NoteKit.Written, id)).Count.ShouldBe(2);
    }

    [TestCase("", Empty)]
    [TestCase("  ", Empty)]
    [TestCase("long", TooLong)]
    [TestCase("cancelled", CancelledSession)]
    public async Task Bad_input_through_the_API_is_a_French_problem_and_nothing_is_saved(string text, string message)
    {
        var scene = await NoteKit.SceneAsync(App);
        var session = text == "cancelled"
            ? await NoteKit.CancelledSessionAsync(App, scene)
            : await NoteKit.HeldSessionAsync(App, scene, daysAgo: 1);
        using var api = await NoteKit.ApiClientAsync(App, scene.Author);

        using var refused = await NoteKit.PutNoteAsync(api, session, null, text switch
        {
            "long" => new string('b', 20_001),
            "cancelled" => "Préparation de la séance",
            _ => text,
        }, shared: true);

        (await NoteKit.MessagesAsync(refused)).ShouldContain(message);
        (await NoteKit.NotesOfSessionAsync(App, session)).ShouldBeEmpty();
        (await NoteKit.AuditAsync(App, NoteKit.Written, null, scene.Author.Id)).ShouldBeEmpty();
    }

    [Test]
    public async Task A_cancelled_session_offers_no_form_to_its_psychologist_and_says_why()
    {
        var scene = await NoteKit.SceneAsync(App);
        var session = await NoteKit.CancelledSessionAsync(App, scene);
        using var client = await NoteKit.SignedInAsync(App, scene.Author);

        var page = await client.GetPageAsync($"/Psychologie/Seances/{session}/Note");

        page.ShouldContain(CancelledSession);
        page.ShouldNotContain("name=\"Input.Text\"");
    }

    [TestCase(Roles.Admin)]
    [TestCase(Roles.Coordinator)]
    [TestCase(Roles.YouthWorker)]
    public async Task Other_roles_may_neither_write_nor_read_notes(string role)
    {
        var scene = await NoteKit.SceneAsync(App);
        var session = await NoteKit.HeldSessionAsync(App, scene, daysAgo: 1);
        var account = role switch
        {
            Roles.Coordinator => scene.Coordinator,
            Roles.YouthWorker => scene.Worker,
            _ => await App.CreateAccountAsync(role),
        };
        using var api = await NoteKit.ApiClientAsync(App, account);
        using var pages = await NoteKit.SignedInAsync(App, account);

        using var write = await NoteKit.PutNoteAsync(api, session, null, "Tentative d'écriture", shared: true);
        using var read = await api.GetAsync($"/api/v1/psychology/sessions/{session}/note");
        using var list = await api.GetAsync($"/api/v1/psychology/youths/{scene.Youth}/notes");
        using var notePage = await pages.GetAsync($"/Psychologie/Seances/{session}/Note");
        using var listPage = await pages.GetAsync($"/Psychologie/Notes/{scene.Youth}");

        foreach (var response in new[] { write, read, list })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, $"{response.RequestMessage!.Method} {response.RequestMessage.RequestUri}");
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        }

        notePage.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        listPage.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await NoteKit.NotesOfSessionAsync(App, session)).ShouldBeEmpty();
    }

    [Test]
    public async Task Anonymous_callers_are_asked_to_sign_in()
    {
        var scene = await NoteKit.SceneAsync(App);
        var session = await NoteKit.HeldSessionAsync(App, scene, daysAgo: 1);
        using var anonymous = App.CreatePageClient();

        using var api = await anonymous.GetAsync($"/api/v1/psychology/sessions/{session}/note");
        using var page = await anonymous.GetAsync($"/Psychologie/Seances/{session}/Note");
        using var list = await anonymous.GetAsync($"/Psychologie/Notes/{scene.Youth}");

        api.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.AbsolutePath.ShouldBe("/Connexion");
        list.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Test]
    public async Task A_colleague_who_sees_the_session_is_told_in_French_that_only_its_psychologist_writes_whether_or_not_a_note_exists()
    {
        var scene = await NoteKit.SceneAsync(App);
        var session = await NoteKit.HeldSessionAsync(App, scene, daysAgo: 4);
        using var colleague = await NoteKit.ApiClientAsync(App, scene.Colleague);
        using var author = await NoteKit.ApiClientAsync(App, scene.Author);

        using var before = await NoteKit.PutNoteAsync(colleague, session, null, "Note de la collègue", shared: true);
        using var readBefore = await colleague.GetAsync($"/api/v1/psychology/sessions/{session}/note");
        var beforeBody = await NoteKit.MessagesAsync(before);
        (await NoteKit.NotesOfSessionAsync(App, session)).ShouldBeEmpty();

        var secret = NoteKit.Secret("Confidences");
        using (var written = await NoteKit.PutNoteAsync(author, session, null, $"Note privée {secret}", shared: false))
        {
            written.StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        using var after = await NoteKit.PutNoteAsync(colleague, session, 0, "Note de la collègue", shared: true);
        using var readAfter = await colleague.GetAsync($"/api/v1/psychology/sessions/{session}/note");
        var afterBody = await NoteKit.MessagesAsync(after);

        beforeBody.ShouldBe([OnlyTheSessionsPsychologist]);
        afterBody.ShouldBe(beforeBody, "a private note is not given away by the refusal");
        readBefore.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        readAfter.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await NoteKit.ProblemAsync(readAfter)).ShouldBe(await NoteKit.ProblemAsync(readBefore), "a private note answers exactly as no note");
        var stored = (await NoteKit.NotesOfSessionAsync(App, session)).ShouldHaveSingleItem();
        stored.Text.ShouldBe($"Note privée {secret}");
        stored.Version.ShouldBe(0);
        (await NoteKit.AuditAsync(App, NoteKit.Written, null, scene.Colleague.Id)).ShouldBeEmpty();
        (await NoteKit.AuditAsync(App, NoteKit.Read, stored.Id)).ShouldNotContain(scene.Colleague.Id);
    }

    [Test]
    public async Task A_psychologist_who_does_not_see_the_session_finds_nothing_there()
    {
        var scene = await NoteKit.SceneAsync(App);
        var session = await NoteKit.HeldSessionAsync(App, scene, daysAgo: 4);
        using var author = await NoteKit.ApiClientAsync(App, scene.Author);
        (await NoteKit.PutNoteAsync(author, session, null, "Note partagée", shared: true)).Dispose();
        var stranger = await NoteKit.PsychologistAsync(App);
        using var api = await NoteKit.ApiClientAsync(App, stranger);
        using var pages = await NoteKit.SignedInAsync(App, stranger);

        using var write = await NoteKit.PutNoteAsync(api, session, 0, "Écriture d'une inconnue", shared: true);
        using var read = await api.GetAsync($"/api/v1/psychology/sessions/{session}/note");
        using var list = await api.GetAsync($"/api/v1/psychology/youths/{scene.Youth}/notes");
        using var page = await pages.GetAsync($"/Psychologie/Seances/{session}/Note");
        using var listPage = await pages.GetAsync($"/Psychologie/Notes/{scene.Youth}");

        write.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        read.StatusCode.ShouldBe(HttpStatusCode.NotFound, "shared with the team, but the session is not one this psychologist sees");
        list.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        page.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        listPage.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await NoteKit.NotesOfSessionAsync(App, session)).ShouldHaveSingleItem().Text.ShouldBe("Note partagée");
    }

    [Test]
    public async Task A_shared_note_is_read_but_not_offered_for_change_to_a_colleague_who_sees_the_session()
    {
        var scene = await NoteKit.SceneAsync(App);
        var shared = await NoteKit.HeldSessionAsync(App, scene, daysAgo: 6);
        var kept = await NoteKit.HeldSessionAsync(App, scene, daysAgo: 5);
        var secret = NoteKit.Secret("Partage");
        var privateSecret = NoteKit.Secret("Secret");
        using var author = await NoteKit.ApiClientAsync(App, scene.Author);
        (await NoteKit.PutNoteAsync(author, shared, null, $"À savoir pour l'équipe : {secret}", shared: true)).Dispose();
        (await NoteKit.PutNoteAsync(author, kept, null, $"Pour moi seule : {privateSecret}", shared: false)).Dispose();
        using var colleague = await NoteKit.SignedInAsync(App, scene.Colleague);
        using var colleagueApi = await NoteKit.ApiClientAsync(App, scene.Colleague);

        var page = await colleague.GetPageAsync($"/Psychologie/Seances/{shared}/Note");
        using var privatePage = await colleague.GetAsync($"/Psychologie/Seances/{kept}/Note");
        var read = await colleagueApi.Http.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/psychology/sessions/{shared}/note", UriKind.Relative));

        page.ShouldContain($"À savoir pour l'équipe : {secret}");
        page.ShouldContain("Écrite par Compte Psychologist");
        page.ShouldNotContain("name=\"Input.Text\"", customMessage: "only its author changes a note");
        privatePage.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await PageClient.TextOf(privatePage)).ShouldNotContain(privateSecret);
        read.GetProperty("canEdit").GetBoolean().ShouldBeFalse();
        var note = (await NoteKit.NotesOfSessionAsync(App, shared)).ShouldHaveSingleItem();
        (await NoteKit.AuditAsync(App, NoteKit.Read, note.Id)).ShouldBe([scene.Colleague.Id, scene.Colleague.Id], "the page and the API read");
    }

    [Test]
    public async Task The_notes_of_a_young_person_list_the_readable_ones_latest_session_first_and_the_sessions_still_without_a_note()
    {
        var scene = await NoteKit.SceneAsync(App);
        var older = await NoteKit.HeldSessionAsync(App, scene, daysAgo: 10);
        var newer = await NoteKit.HeldSessionAsync(App, scene, daysAgo: 3);
        var missing = await NoteKit.HeldSessionAsync(App, scene, daysAgo: 1);
        await NoteKit.CancelledSessionAsync(App, scene);
        await NoteKit.PlannedSessionAsync(App, scene, NoteKit.Hour(DateTimeOffset.UtcNow.AddDays(5)));
        var colleaguesSession = await NoteKit.HeldSessionAsync(App, scene with { Author = scene.Colleague }, daysAgo: 2);
        var (olderText, newerText, colleagueText) = (NoteKit.Secret("Ancienne"), NoteKit.Secret("Récente"), NoteKit.Secret("Collègue"));
        using var author = await NoteKit.ApiClientAsync(App, scene.Author);
        using var colleague = await NoteKit.ApiClientAsync(App, scene.Colleague);
        (await NoteKit.PutNoteAsync(author, older, null, olderText, shared: true)).Dispose();
        (await NoteKit.PutNoteAsync(author, newer, null, newerText, shared: false)).Dispose();
        (await NoteKit.PutNoteAsync(colleague, colleaguesSession, null, colleagueText, shared: false)).Dispose();

        var mine = await author.Http.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/psychology/youths/{scene.Youth}/notes", UriKind.Relative));
        var theirs = await colleague.Http.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/psychology/youths/{scene.Youth}/notes", UriKind.Relative));
        using var pages = await NoteKit.SignedInAsync(App, scene.Author);
        var page = await pages.GetPageAsync($"/Psychologie/Notes/{scene.Youth}");

        mine.GetProperty("firstName").GetString().ShouldBe("Awa");
        mine.GetProperty("notes").EnumerateArray().Select(n => n.GetProperty("text").GetString()).ShouldBe([newerText, olderText]);
        mine.GetProperty("withoutNote").EnumerateArray().Select(s => s.GetProperty("sessionId").GetGuid()).ShouldBe([missing],
            "started, not cancelled, without a note; the colleague's session is not the author's to write");
        theirs.GetProperty("notes").EnumerateArray().Select(n => n.GetProperty("text").GetString()).ShouldBe([colleagueText, olderText]);
        theirs.GetProperty("withoutNote").EnumerateArray().ShouldBeEmpty();
        page.ShouldContain("Awa Sangaré");
        page.IndexOf(newerText, StringComparison.Ordinal).ShouldBeLessThan(page.IndexOf(olderText, StringComparison.Ordinal));
        page.ShouldNotContain(colleagueText);
        page.ShouldContain("Vos séances sans note");
        page.ShouldContain($"href=\"/Psychologie/Seances/{missing}/Note\"");
        page.ShouldContain($"href=\"/Psychologie/Seances/{newer}/Note\"");
        var olderNote = (await NoteKit.NotesOfSessionAsync(App, older)).Single();
        (await NoteKit.AuditAsync(App, NoteKit.Read, olderNote.Id)).ShouldBe([scene.Author.Id, scene.Colleague.Id, scene.Author.Id], "each list reading each note");
    }

    [Test]
    public async Task Two_first_notes_sent_at_the_same_moment_make_one_note_and_a_conflict()
    {
        var scene = await NoteKit.SceneAsync(App);
        var session = await NoteKit.HeldSessionAsync(App, scene, daysAgo: 1);
        using var first = await NoteKit.ApiClientAsync(App, scene.Author);
        using var second = await NoteKit.ApiClientAsync(App, scene.Author);

        var answers = await Task.WhenAll(
            NoteKit.PutNoteAsync(first, session, null, "Depuis le téléphone", shared: false),
            NoteKit.PutNoteAsync(second, session, null, "Depuis l'ordinateur", shared: false));

        answers.Select(a => a.StatusCode).Order().ShouldBe([HttpStatusCode.Created, HttpStatusCode.Conflict]);
        var stored = (await NoteKit.NotesOfSessionAsync(App, session)).ShouldHaveSingleItem();
        stored.Text.ShouldBe(answers[0].StatusCode == HttpStatusCode.Created ? "Depuis le téléphone" : "Depuis l'ordinateur");
        foreach (var answer in answers)
        {
            answer.Dispose();
        }
    }
}

/// <summary>What the session note tests share: people, a followed young person, sessions stored directly, raw reads.</summary>
internal static class NoteKit
{
    public const string Read = "psychology.note-read";
    public const string Written = "psychology.note-written";

    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>The hub's day (Europe/Paris).</summary>
    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Paris).DateTime);

    /// <summary>A word found nowhere else: the test looks for it everywhere the note must not be.</summary>
    public static string Secret(string stem) => stem + Guid.NewGuid().ToString("N")[..12];

    public static DateTimeOffset Hour(DateTimeOffset instant) =>
        new(instant.UtcDateTime.Date.AddHours(instant.UtcDateTime.Hour), TimeSpan.Zero);

    /// <summary>
    /// The author (a psychologist), a colleague psychologist who also follows the young person, the referent youth worker
    /// and a coordinator; the young person Awa Sangaré; a room.
    /// </summary>
    public static async Task<NoteScene> SceneAsync(RemivWebFactory app)
    {
        var author = await PsychologistAsync(app);
        var colleague = await PsychologistAsync(app);
        var worker = await app.CreateAccountAsync(Roles.YouthWorker);
        var coordinator = await app.CreateAccountAsync(Roles.Coordinator);
        var youth = await app.CreateYouthAsync("Awa", "Sangaré", Today.AddYears(-16), worker, author, colleague);
        var room = await app.WithServiceAsync<Guid, RemivDbContext>(async db =>
        {
            var created = Room.Create("Salle " + Guid.NewGuid().ToString("N")[..12], null);
            db.Rooms.Add(created);
            await db.SaveChangesAsync();
            return created.Id;
        });
        return new NoteScene(author, colleague, worker, coordinator, youth, room);
    }

    /// <summary>A psychologist receiving every day from 8:00 to 20:00 (Paris).</summary>
    public static async Task<TestAccount> PsychologistAsync(RemivWebFactory app)
    {
        var account = await app.CreateAccountAsync(Roles.Psychologist);
        await app.WithServiceAsync<int, RemivDbContext>(db =>
        {
            var schedule = PsychologistSchedule.For(account.Id);
            foreach (var day in Enum.GetValues<DayOfWeek>())
            {
                schedule.AddSlot(day, new TimeOnly(8, 0), new TimeOnly(20, 0));
            }

            db.PsychologistSchedules.Add(schedule);
            return db.SaveChangesAsync();
        });
        return account;
    }

    /// <summary>A session of the scene's author held <paramref name="daysAgo"/> days ago, stored directly.</summary>
    public static Task<Guid> HeldSessionAsync(RemivWebFactory app, NoteScene scene, int daysAgo) =>
        StoreAsync(app, scene, Hour(DateTimeOffset.UtcNow.AddDays(-daysAgo)), s => s.RecordOutcome(SessionStatus.Held, scene.Author.Id, s.End));

    public static Task<Guid> PlannedSessionAsync(RemivWebFactory app, NoteScene scene, DateTimeOffset start) => StoreAsync(app, scene, start, _ => { });

    /// <summary>A session of the scene's author, due a week ago, cancelled when it was booked.</summary>
    public static Task<Guid> CancelledSessionAsync(RemivWebFactory app, NoteScene scene) =>
        StoreAsync(app, scene, Hour(DateTimeOffset.UtcNow.AddDays(-7)).AddMinutes(30), s => s.Cancel("Le jeune était convoqué à la préfecture", scene.Coordinator.Id, s.CreatedAt));

    public static Task<List<SessionNote>> NotesOfSessionAsync(RemivWebFactory app, Guid session) =>
        app.WithServiceAsync<List<SessionNote>, RemivDbContext>(db => db.SessionNotes.AsNoTracking().Where(n => n.SessionId == session).ToListAsync());

    /// <summary>The notes' text column as the database holds it, read with plain ADO.NET (no decryption on the way).</summary>
    public static Task<Dictionary<Guid, string>> RawNoteTextsAsync(RemivWebFactory app) =>
        app.WithServiceAsync<Dictionary<Guid, string>, RemivDbContext>(async db =>
        {
            var rows = new Dictionary<Guid, string>();
            await db.Database.OpenConnectionAsync();
            try
            {
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.CommandText = "SELECT \"Id\", \"Text\" FROM \"PsychologySessionNotes\"";
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    rows[Guid.Parse(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!)] = reader.GetString(1);
                }
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }

            return rows;
        });

    /// <summary>Who did <paramref name="action"/> on this note (or on any, by <paramref name="actor"/>), in order.</summary>
    public static Task<List<Guid?>> AuditAsync(RemivWebFactory app, string action, Guid? note, Guid? actor = null) =>
        app.WithServiceAsync<List<Guid?>, RemivDbContext>(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Action == action && a.TargetType == "SessionNote"
                        && (note == null || a.TargetId == note.ToString()) && (actor == null || a.ActorId == actor))
            .OrderBy(a => a.OccurredAt).Select(a => a.ActorId).ToListAsync());

    public static async Task<PageClient> ApiClientAsync(RemivWebFactory app, TestAccount account)
    {
        var client = app.CreatePageClient();
        client.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await ApiTokens.ForAsync(client, account));
        return client;
    }

    public static async Task<PageClient> SignedInAsync(RemivWebFactory app, TestAccount account)
    {
        var client = app.CreatePageClient();
        await client.SignInAsync(account);
        return client;
    }

    public static Task<HttpResponseMessage> PutNoteAsync(PageClient client, Guid session, int? expectedVersion, string text, bool shared) =>
        client.Http.PutAsJsonAsync(new Uri($"/api/v1/psychology/sessions/{session}/note", UriKind.Relative),
            new { expectedVersion, text, sharedWithTeam = shared });

    /// <summary>The messages of a 400 ProblemDetails.</summary>
    public static async Task<List<string?>> MessagesAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject()
            .SelectMany(e => e.Value.EnumerateArray().Select(m => m.GetString()))];
    }

    /// <summary>A ProblemDetails' members but the trace id, which differs for every request.</summary>
    public static async Task<string> ProblemAsync(HttpResponseMessage response)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return string.Join('\n', problem.EnumerateObject().Where(p => p.Name != "traceId").Select(p => $"{p.Name}={p.Value}"));
    }

    /// <summary>Stores a session of the scene's author directly, booked an hour before it starts, then <paramref name="then"/>.</summary>
    private static Task<Guid> StoreAsync(RemivWebFactory app, NoteScene scene, DateTimeOffset start, Action<Session> then) =>
        app.WithServiceAsync<Guid, RemivDbContext>(async db =>
        {
            var bookedAt = start > DateTimeOffset.UtcNow ? DateTimeOffset.UtcNow : start.AddHours(-1);
            var session = Session.Book(scene.Youth, scene.Author.Id, scene.Room, start, start.AddHours(1), SessionKind.FollowUp, null, null, null,
                scene.Author.Id, bookedAt);
            then(session);
            db.Sessions.Add(session);
            await db.SaveChangesAsync();
            return session.Id;
        });
}

/// <param name="Author">The psychologist whose sessions the tests store (the notes' author).</param>
/// <param name="Colleague">Another psychologist of the young person's follow-up group.</param>
internal sealed record NoteScene(TestAccount Author, TestAccount Colleague, TestAccount Worker, TestAccount Coordinator, Guid Youth, Guid Room);
