using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Remiv.Domain.Psychology;
using Remiv.Domain.Security;
using Remiv.Infrastructure.Identity;
using Remiv.Infrastructure.Persistence;
using Remiv.Web.Tests.Support;

namespace Remiv.Web.Tests.Functional;

/// <summary>
/// The psychologists' profiles and hours through the pages and the API on the real pipeline and database: each psychologist
/// keeps their own languages, approaches, weekly slots and absences; coordinators and the other psychologists read them
/// (without the absences' reasons); nobody changes someone else's. Incoherent slots and absences, unknown languages and
/// too-long texts are refused in French beside their field with nothing saved, stale changes too. Every role is checked
/// on every page and endpoint.
/// </summary>
public sealed class PsychologyAvailabilityTests(string provider) : FunctionalFixture(provider)
{
    private const string Anonymous = "Anonymous";

    private const string EndBeforeStart = "La fin du créneau doit venir après son début.";
    private const string Overlap = "Ce créneau chevauche un créneau déjà prévu ce jour-là.";
    private const string AbsenceBackwards = "La fin de l'absence doit venir après son début (ou le même jour).";
    private const string AbsencePast = "Cette absence est déjà passée.";
    private const string UnknownLanguage = "Ce code de langue n'existe pas. Choisissez la langue dans la liste.";
    private const string Text300 = "Ce texte est trop long (300 caractères au plus).";
    private const string Text200 = "Ce texte est trop long (200 caractères au plus).";
    private const string NoDay = "Choisissez un jour de la semaine.";
    private const string NoStart = "Indiquez l'heure de début du créneau (hh:mm).";
    private const string NoFrom = "Indiquez le premier jour de l'absence.";
    private const string ConflictStart = "Cet élément a été modifié par quelqu'un d'autre";

    private const string ListApi = "GET /psychologists";
    private const string ReadMineApi = "GET /me/psychologist-profile";
    private const string ProfileApi = "PUT /me/psychologist-profile";
    private const string AddSlotApi = "POST /me/availability/slots";
    private const string RemoveSlotApi = "DELETE /me/availability/slots/{id}";
    private const string AddAbsenceApi = "POST /me/availability/absences";
    private const string RemoveAbsenceApi = "DELETE /me/availability/absences/{id}";
    private const string OwnPage = "GET /Psychologie/Disponibilites";
    private const string TeamPage = "GET /Psychologie/Psychologues";
    private const string ProfilePage = "POST /Psychologie/Disponibilites?handler=Profile";
    private const string AddSlotPage = "POST /Psychologie/Disponibilites?handler=AddSlot";
    private const string RemoveSlotPage = "POST /Psychologie/Disponibilites?handler=RemoveSlot";
    private const string AddAbsencePage = "POST /Psychologie/Disponibilites?handler=AddAbsence";

    private const HttpStatusCode Ok = HttpStatusCode.OK;
    private const HttpStatusCode Created = HttpStatusCode.Created;
    private const HttpStatusCode Redirect = HttpStatusCode.Redirect;
    private const HttpStatusCode Unauthorized = HttpStatusCode.Unauthorized;
    private const HttpStatusCode Forbidden = HttpStatusCode.Forbidden;

    private static readonly string[] Everything =
    [
        ListApi, ReadMineApi, ProfileApi, AddSlotApi, RemoveSlotApi, AddAbsenceApi, RemoveAbsenceApi,
        OwnPage, TeamPage, ProfilePage, AddSlotPage, RemoveSlotPage, AddAbsencePage,
    ];

    /// <summary>
    /// The specification. A psychologist manages their own profile and hours and reads the others'; a coordinator reads
    /// every psychologist's and changes none; youth workers and administrators reach none of it. Anonymous visitors get 401
    /// from the API and the sign-in page from the pages. The changes act on the psychologist's own schedule only: for anyone
    /// else, the psychologist's slot and absence used here are someone else's.
    /// </summary>
    private static readonly (string Role, string Endpoint, HttpStatusCode Expected)[] Matrix =
    [
        (Anonymous, ListApi, Unauthorized), (Anonymous, ReadMineApi, Unauthorized), (Anonymous, ProfileApi, Unauthorized),
        (Anonymous, AddSlotApi, Unauthorized), (Anonymous, RemoveSlotApi, Unauthorized), (Anonymous, AddAbsenceApi, Unauthorized),
        (Anonymous, RemoveAbsenceApi, Unauthorized), (Anonymous, OwnPage, Redirect), (Anonymous, TeamPage, Redirect),

        .. Everything.Select(endpoint => (Roles.Admin, endpoint, Forbidden)),
        .. Everything.Select(endpoint => (Roles.YouthWorker, endpoint, Forbidden)),

        (Roles.Coordinator, ListApi, Ok), (Roles.Coordinator, TeamPage, Ok),
        .. Everything.Except([ListApi, TeamPage]).Select(endpoint => (Roles.Coordinator, endpoint, Forbidden)),

        (Roles.Psychologist, ListApi, Ok), (Roles.Psychologist, ReadMineApi, Ok), (Roles.Psychologist, ProfileApi, Ok),
        (Roles.Psychologist, AddSlotApi, Created), (Roles.Psychologist, RemoveSlotApi, Ok), (Roles.Psychologist, AddAbsenceApi, Created),
        (Roles.Psychologist, RemoveAbsenceApi, Ok), (Roles.Psychologist, OwnPage, Ok), (Roles.Psychologist, TeamPage, Ok),
        (Roles.Psychologist, ProfilePage, Redirect), (Roles.Psychologist, AddSlotPage, Redirect), (Roles.Psychologist, RemoveSlotPage, Redirect),
        (Roles.Psychologist, AddAbsencePage, Redirect),
    ];

    private static readonly string[] Arabic = ["ar"];

    /// <summary>As an API caller might type them: the codes are trimmed and lowered.</summary>
    private static readonly string[] PashtoAndDari = [" PS ", "prs"];

    /// <summary>The hub's day (Europe/Paris), as the application counts it.</summary>
    private static DateOnly Today =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).DateTime);

    public static IEnumerable<TestCaseData> Specification() => Matrix.Select(row => new TestCaseData(row.Role, row.Endpoint, row.Expected));

    [TestCaseSource(nameof(Specification))]
    public async Task Each_role_gets_the_specified_answer_on_each_availability_page_and_endpoint(string role, string endpoint, HttpStatusCode expected)
    {
        // A psychologist with a Monday slot and an absence (version 2); whoever else acts aims at them.
        var owner = await App.CreateAccountAsync(Roles.Psychologist);
        using var ownerApi = await ApiClientAsync(owner);
        var slot = await AddSlotAsync(ownerApi, 0, "Monday", "09:00", "10:00");
        var absence = await AddAbsenceAsync(ownerApi, 1, Today.AddDays(10), Today.AddDays(12), "Congés");
        var actor = role switch
        {
            Anonymous => null,
            Roles.Psychologist => owner,
            _ => await App.CreateAccountAsync(role),
        };
        var isPage = endpoint.Contains("/Psychologie/", StringComparison.Ordinal);
        using var client = isPage ? await SignedInAsync(actor) : actor is null ? App.CreatePageClient() : await ApiClientAsync(actor);

        using var response = endpoint switch
        {
            ListApi => await client.GetAsync("/api/v1/psychologists"),
            ReadMineApi => await client.GetAsync("/api/v1/me/psychologist-profile"),
            ProfileApi => await client.Http.PutAsJsonAsync(Api("me/psychologist-profile"), new { expectedVersion = 2, languages = Arabic, approaches = "Matrice" }),
            AddSlotApi => await client.Http.PostAsJsonAsync(Api("me/availability/slots"), new { expectedVersion = 2, day = "Tuesday", start = "14:00", end = "15:00" }),
            RemoveSlotApi => await client.Http.DeleteAsync(Api($"me/availability/slots/{slot}?expectedVersion=2")),
            AddAbsenceApi => await client.Http.PostAsJsonAsync(Api("me/availability/absences"), new { expectedVersion = 2, from = Today.AddDays(20), to = Today.AddDays(21) }),
            RemoveAbsenceApi => await client.Http.DeleteAsync(Api($"me/availability/absences/{absence}?expectedVersion=2")),
            OwnPage => await client.GetAsync("/Psychologie/Disponibilites"),
            TeamPage => await client.GetAsync("/Psychologie/Psychologues"),
            // The token comes from the home page's sign-out form: those refused the page still post with a valid token.
            ProfilePage => await client.SubmitAsync("/", new Dictionary<string, string>
            {
                ["Input.ExpectedVersion"] = "2", ["Input.Languages[0]"] = "ar", ["Input.Approaches"] = "Matrice",
            }, "/Psychologie/Disponibilites?handler=Profile"),
            AddSlotPage => await client.SubmitAsync("/", SlotFields(2, "Wednesday", "10:00", "11:00"), "/Psychologie/Disponibilites?handler=AddSlot"),
            RemoveSlotPage => await client.SubmitAsync("/", new Dictionary<string, string>
            {
                ["Input.ExpectedVersion"] = "2", ["Input.Id"] = slot.ToString(),
            }, "/Psychologie/Disponibilites?handler=RemoveSlot"),
            AddAbsencePage => await client.SubmitAsync("/", AbsenceFields(2, Today.AddDays(30), Today.AddDays(30), string.Empty),
                "/Psychologie/Disponibilites?handler=AddAbsence"),
            _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, "Not in the specification."),
        };

        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync());
        if (role == Anonymous && expected == Redirect)
        {
            response.Headers.Location!.AbsolutePath.ShouldBe("/Connexion");
        }

        if (expected == Forbidden && !isPage)
        {
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        }

        // A refused change leaves the psychologist's schedule as it was, and creates none for the one refused.
        var succeeded = role == Roles.Psychologist;
        var stored = await ScheduleAsync(owner.Id);
        stored.ShouldNotBeNull();
        stored.Languages.ShouldBe(succeeded && endpoint is ProfileApi or ProfilePage ? ["ar"] : []);
        stored.Slots.Count.ShouldBe(succeeded && endpoint is AddSlotApi or AddSlotPage ? 2 : succeeded && endpoint is RemoveSlotApi or RemoveSlotPage ? 0 : 1);
        stored.Absences.Count.ShouldBe(succeeded && endpoint is AddAbsenceApi or AddAbsencePage ? 2 : succeeded && endpoint is RemoveAbsenceApi ? 0 : 1);
        stored.Version.ShouldBe(succeeded && endpoint is not (ListApi or ReadMineApi or OwnPage or TeamPage) ? 3 : 2);
        if (actor is not null && actor != owner)
        {
            (await ScheduleAsync(actor.Id)).ShouldBeNull();
        }

        if (endpoint == ListApi && expected == Ok)
        {
            var listed = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Single(p => p.GetProperty("userId").GetGuid() == owner.Id);
            listed.GetProperty("slots").GetArrayLength().ShouldBe(1);
        }
    }

    [Test]
    public async Task A_psychologists_profile_slots_and_absences_entered_on_the_page_are_what_a_coordinator_sees_on_the_page_and_through_the_api()
    {
        var psychologist = await App.CreateAccountAsync(Roles.Psychologist);
        var name = await RenameAsync(psychologist, "Docteure Aminata");
        using var client = await SignedInAsync(psychologist);
        var own = await client.GetPageAsync("/Psychologie/Disponibilites");
        own.ShouldContain("<h1>Mes disponibilités</h1>");
        own.ShouldContain("Aucun créneau pour l'instant.");
        own.ShouldContain("name=\"Input.ExpectedVersion\" value=\"0\"");

        await SubmitOkAsync(client, "Profile", new Dictionary<string, string>
        {
            ["Input.ExpectedVersion"] = "0", ["Input.Languages[0]"] = "ff", ["Input.Languages[1]"] = "ar", ["Input.OtherLanguages[0]"] = "de",
            ["Input.Approaches"] = "Approche transculturelle, EMDR",
        }, "Votre profil est enregistré.");
        // Added out of order: the week is shown from Monday to Sunday, each day's slots in the order of the hours.
        await SubmitOkAsync(client, "AddSlot", SlotFields(1, "Sunday", "10:00", "11:30"), "Le créneau est ajouté.");
        await SubmitOkAsync(client, "AddSlot", SlotFields(2, "Monday", "14:00", "17:00"), "Le créneau est ajouté.");
        await SubmitOkAsync(client, "AddSlot", SlotFields(3, "Friday", "10:00", "12:00"), "Le créneau est ajouté.");
        await SubmitOkAsync(client, "AddSlot", SlotFields(4, "Monday", "09:00", "12:00"), "Le créneau est ajouté.");
        await SubmitOkAsync(client, "AddAbsence", AbsenceFields(5, Today.AddDays(5), Today.AddDays(9), "Congés d'automne"), "L'absence est ajoutée.");
        await SubmitOkAsync(client, "AddAbsence", AbsenceFields(6, Today.AddDays(40), Today.AddDays(40), string.Empty), "L'absence est ajoutée.");

        own = await client.GetPageAsync("/Psychologie/Disponibilites");
        own.ShouldContain("<option value=\"de\" selected=\"selected\">Allemand</option>", customMessage: "a language outside the common ones is kept in its list");
        Regex.IsMatch(own, "id=\"langue-ff\"[^>]*checked=\"checked\"", RegexOptions.None, TimeSpan.FromSeconds(1)).ShouldBeTrue("Peul is ticked");
        own.ShouldContain("Approche transculturelle, EMDR</textarea>");
        Order(own, "<h3>Lundi</h3>", "de 09:00 à 12:00", "de 14:00 à 17:00", "<h3>Vendredi</h3>", "de 10:00 à 12:00", "<h3>Dimanche</h3>", "de 10:00 à 11:30");
        own.ShouldContain($"du {DayOf(Today.AddDays(5))} au {DayOf(Today.AddDays(9))}");
        own.ShouldContain("Congés d'automne", customMessage: "the psychologist sees their own reasons");
        own.ShouldContain($"le {DayOf(Today.AddDays(40))}");

        using var coordinator = await SignedInAsync(await App.CreateAccountAsync(Roles.Coordinator));
        var team = await coordinator.GetPageAsync("/Psychologie/Psychologues");
        var card = Card(team, name);
        card.ShouldContain("Peul, Arabe, Allemand");
        card.ShouldContain("Approche transculturelle, EMDR");
        card.ShouldContain("<strong>Lundi</strong> : de 09:00 à 12:00, de 14:00 à 17:00");
        card.ShouldContain("<strong>Vendredi</strong> : de 10:00 à 12:00");
        card.ShouldContain("<strong>Dimanche</strong> : de 10:00 à 11:30");
        Order(card, "Lundi", "Vendredi", "Dimanche");
        card.ShouldContain($"du {DayOf(Today.AddDays(5))} au {DayOf(Today.AddDays(9))}");
        card.ShouldContain($"le {DayOf(Today.AddDays(40))}");
        card.ShouldNotContain("Congés d'automne", customMessage: "an absence's reason is for its psychologist only");
        card.ShouldNotContain("<form");
        team.ShouldNotContain("Modifier mes disponibilités", customMessage: "a coordinator has no hours of their own here");

        using var api = await ApiClientAsync(await App.CreateAccountAsync(Roles.Coordinator));
        var listed = (await api.Http.GetFromJsonAsync<JsonElement>(Api("psychologists"))).EnumerateArray()
            .Single(p => p.GetProperty("userId").GetGuid() == psychologist.Id);
        listed.GetProperty("displayName").GetString().ShouldBe(name);
        listed.GetProperty("languages").EnumerateArray().Select(l => l.GetString()).ShouldBe(["ff", "ar", "de"]);
        listed.GetProperty("approaches").GetString().ShouldBe("Approche transculturelle, EMDR");
        listed.GetProperty("slots").EnumerateArray().Select(s => $"{s.GetProperty("day").GetString()} {s.GetProperty("start").GetString()}-{s.GetProperty("end").GetString()}")
            .ShouldBe(["Monday 09:00:00-12:00:00", "Monday 14:00:00-17:00:00", "Friday 10:00:00-12:00:00", "Sunday 10:00:00-11:30:00"]);
        var absences = listed.GetProperty("absences").EnumerateArray().ToList();
        absences.Select(a => a.GetProperty("from").GetString()).ShouldBe([Iso(Today.AddDays(5)), Iso(Today.AddDays(40))]);
        absences.ShouldAllBe(a => a.GetProperty("reason").ValueKind == JsonValueKind.Null);

        using var colleague = await ApiClientAsync(await App.CreateAccountAsync(Roles.Psychologist));
        var seenByColleague = (await colleague.Http.GetFromJsonAsync<JsonElement>(Api("psychologists"))).EnumerateArray()
            .Single(p => p.GetProperty("userId").GetGuid() == psychologist.Id);
        seenByColleague.GetProperty("absences").EnumerateArray().ShouldAllBe(a => a.GetProperty("reason").ValueKind == JsonValueKind.Null);
        using var self = await ApiClientAsync(psychologist);
        var mine = await self.Http.GetFromJsonAsync<JsonElement>(Api("me/psychologist-profile"));
        mine.GetProperty("version").GetInt32().ShouldBe(7);
        mine.GetProperty("absences")[0].GetProperty("reason").GetString().ShouldBe("Congés d'automne");
        var selfListed = (await self.Http.GetFromJsonAsync<JsonElement>(Api("psychologists"))).EnumerateArray()
            .Single(p => p.GetProperty("userId").GetGuid() == psychologist.Id);
        selfListed.GetProperty("absences")[0].GetProperty("reason").GetString().ShouldBe("Congés d'automne");
        var selfTeam = await client.GetPageAsync("/Psychologie/Psychologues");
        Card(selfTeam, name).ShouldContain("<span class=\"badge\">Vous</span>");
        selfTeam.ShouldContain("href=\"/Psychologie/Disponibilites\"");
    }

    [Test]
    public async Task A_change_through_the_api_is_visible_to_a_coordinator_on_the_page_and_a_psychologist_removes_a_slot_and_an_absence()
    {
        var psychologist = await App.CreateAccountAsync(Roles.Psychologist);
        var name = await RenameAsync(psychologist, "Psychologue Bah");
        using var api = await ApiClientAsync(psychologist);

        using (var profile = await api.Http.PutAsJsonAsync(Api("me/psychologist-profile"), new { expectedVersion = 0, languages = PashtoAndDari, approaches = "Groupe de parole" }))
        {
            profile.StatusCode.ShouldBe(HttpStatusCode.OK, await profile.Content.ReadAsStringAsync());
            (await profile.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32().ShouldBe(1);
        }

        var slot = await AddSlotAsync(api, 1, "Thursday", "13:30", "16:00");
        var absence = await AddAbsenceAsync(api, 2, Today, Today.AddDays(2), null);
        var laterAbsence = await AddAbsenceAsync(api, 3, Today.AddDays(60), Today.AddDays(61), "Formation");
        using var coordinator = await SignedInAsync(await App.CreateAccountAsync(Roles.Coordinator));
        var card = Card(await coordinator.GetPageAsync("/Psychologie/Psychologues"), name);
        card.ShouldContain("Pachto, Dari");
        card.ShouldContain("Groupe de parole");
        card.ShouldContain("<strong>Jeudi</strong> : de 13:30 à 16:00");
        card.ShouldContain($"du {DayOf(Today)} au {DayOf(Today.AddDays(2))}");

        using var page = await SignedInAsync(psychologist);
        var own = await page.GetPageAsync("/Psychologie/Disponibilites");
        own.ShouldContain("name=\"Input.ExpectedVersion\" value=\"4\"");
        own.ShouldContain("Formation");
        await SubmitOkAsync(page, "RemoveSlot", new Dictionary<string, string> { ["Input.ExpectedVersion"] = "4", ["Input.Id"] = slot.ToString() }, "Le créneau est supprimé.");
        using (var removed = await api.Http.DeleteAsync(Api($"me/availability/absences/{absence}?expectedVersion=5")))
        {
            removed.StatusCode.ShouldBe(HttpStatusCode.OK, await removed.Content.ReadAsStringAsync());
            (await removed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32().ShouldBe(6);
        }

        await SubmitOkAsync(page, "RemoveAbsence", new Dictionary<string, string> { ["Input.ExpectedVersion"] = "6", ["Input.Id"] = laterAbsence.ToString() },
            "L'absence est supprimée.");

        card = Card(await coordinator.GetPageAsync("/Psychologie/Psychologues"), name);
        card.ShouldContain("Aucun créneau indiqué.");
        card.ShouldNotContain(DayOf(Today.AddDays(2)));
        card.ShouldNotContain(DayOf(Today.AddDays(60)));
        (await page.GetPageAsync("/Psychologie/Disponibilites")).ShouldContain("Aucune absence à venir.");
        var stored = await ScheduleAsync(psychologist.Id);
        stored!.Languages.ShouldBe(["ps", "prs"]);
        stored.Slots.ShouldBeEmpty();
        stored.Absences.ShouldBeEmpty();
        stored.Version.ShouldBe(7);
    }

    [Test]
    public async Task A_psychologist_without_hours_is_listed_with_an_empty_profile_reading_creates_nothing_and_inactive_accounts_are_not_listed()
    {
        var fresh = await App.CreateAccountAsync(Roles.Psychologist);
        var name = await RenameAsync(fresh, "Nouvelle psychologue");
        var inactive = await App.CreateAccountAsync(Roles.Psychologist, active: false);
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        using var self = await ApiClientAsync(fresh);

        var mine = await self.Http.GetFromJsonAsync<JsonElement>(Api("me/psychologist-profile"));
        using var page = await SignedInAsync(fresh);
        var own = await page.GetPageAsync("/Psychologie/Disponibilites");

        mine.GetProperty("userId").GetGuid().ShouldBe(fresh.Id);
        mine.GetProperty("version").GetInt32().ShouldBe(0);
        mine.GetProperty("languages").GetArrayLength().ShouldBe(0);
        mine.GetProperty("slots").GetArrayLength().ShouldBe(0);
        mine.GetProperty("absences").GetArrayLength().ShouldBe(0);
        own.ShouldContain("Aucune absence à venir.");
        (await ScheduleAsync(fresh.Id)).ShouldBeNull("reading creates nothing");
        using var coordinator = await ApiClientAsync(await App.CreateAccountAsync(Roles.Coordinator));
        var everyone = (await coordinator.Http.GetFromJsonAsync<JsonElement>(Api("psychologists"))).EnumerateArray().ToList();
        var listed = everyone.Single(p => p.GetProperty("userId").GetGuid() == fresh.Id);
        listed.GetProperty("displayName").GetString().ShouldBe(name);
        listed.GetProperty("languages").GetArrayLength().ShouldBe(0);
        listed.GetProperty("approaches").ValueKind.ShouldBe(JsonValueKind.Null);
        listed.GetProperty("slots").GetArrayLength().ShouldBe(0);
        everyone.Select(p => p.GetProperty("userId").GetGuid()).ShouldNotContain(inactive.Id);
        everyone.Select(p => p.GetProperty("userId").GetGuid()).ShouldNotContain(worker.Id);
        using var coordinatorPage = await SignedInAsync(await App.CreateAccountAsync(Roles.Coordinator));
        var card = Card(await coordinatorPage.GetPageAsync("/Psychologie/Psychologues"), name);
        card.ShouldContain("Non renseignées");
        card.ShouldContain("Aucun créneau indiqué.");
    }

    [TestCase("AddSlot", "end-before-start", "creneau-fin", EndBeforeStart)]
    [TestCase("AddSlot", "same-start-and-end", "creneau-fin", EndBeforeStart)]
    [TestCase("AddSlot", "overlap", "creneau-debut", Overlap)]
    [TestCase("AddSlot", "no-day", "creneau-jour", NoDay)]
    [TestCase("AddSlot", "no-start", "creneau-debut", NoStart)]
    [TestCase("AddSlot", "unreadable-time", "creneau-debut", "Saisissez une heure valide (hh:mm).")]
    [TestCase("AddAbsence", "backwards", "absence-fin", AbsenceBackwards)]
    [TestCase("AddAbsence", "past", "absence-fin", AbsencePast)]
    [TestCase("AddAbsence", "no-from", "absence-debut", NoFrom)]
    [TestCase("AddAbsence", "long-reason", "absence-motif", Text200)]
    [TestCase("Profile", "unknown-language", "langue-fr", UnknownLanguage)]
    [TestCase("Profile", "long-approaches", "approches", Text300)]
    public async Task Bad_input_on_the_page_is_refused_in_french_beside_its_field_and_nothing_is_saved(string form, string problem, string field, string expected)
    {
        var psychologist = await App.CreateAccountAsync(Roles.Psychologist);
        using var api = await ApiClientAsync(psychologist);
        await AddSlotAsync(api, 0, "Monday", "09:00", "12:00");
        using var client = await SignedInAsync(psychologist);
        var fields = problem switch
        {
            "end-before-start" => SlotFields(1, "Tuesday", "11:00", "10:00"),
            "same-start-and-end" => SlotFields(1, "Tuesday", "11:00", "11:00"),
            "overlap" => SlotFields(1, "Monday", "11:30", "13:00"),
            "no-day" => SlotFields(1, string.Empty, "11:00", "12:00"),
            "no-start" => SlotFields(1, "Tuesday", string.Empty, "12:00"),
            "unreadable-time" => SlotFields(1, "Tuesday", "onze heures", "12:00"),
            "backwards" => AbsenceFields(1, Today.AddDays(5), Today.AddDays(3), "Congés typés"),
            "past" => AbsenceFields(1, Today.AddDays(-5), Today.AddDays(-1), "Congés typés"),
            "no-from" => new Dictionary<string, string> { ["Input.ExpectedVersion"] = "1", ["Input.To"] = Iso(Today.AddDays(3)), ["Input.Reason"] = "Congés typés" },
            "long-reason" => AbsenceFields(1, Today.AddDays(3), Today.AddDays(4), new string('r', 201)),
            "unknown-language" => new Dictionary<string, string>
            {
                ["Input.ExpectedVersion"] = "1", ["Input.Languages[0]"] = "ff", ["Input.OtherLanguages[0]"] = "qq", ["Input.Approaches"] = "Approches typées",
            },
            _ => new Dictionary<string, string> { ["Input.ExpectedVersion"] = "1", ["Input.Approaches"] = new string('a', 301) },
        };

        using var response = await client.SubmitAsync("/Psychologie/Disponibilites", fields, $"/Psychologie/Disponibilites?handler={form}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PageClient.ErrorsOf(response)).ShouldContain(expected);
        var page = await PageClient.TextOf(response);
        FieldError(page, field).ShouldBe(expected);
        switch (problem)
        {
            case "end-before-start" or "overlap":
                Regex.IsMatch(page, "<option value=\"(Tuesday|Monday)\" selected=\"selected\">", RegexOptions.None, TimeSpan.FromSeconds(1)).ShouldBeTrue("what was typed is kept");
                break;
            case "backwards" or "past" or "no-from":
                page.ShouldContain("value=\"Congés typés\"", customMessage: "what was typed is kept");
                break;
            case "unknown-language":
                page.ShouldContain("Approches typées</textarea>", customMessage: "what was typed is kept");
                break;
        }

        var stored = await ScheduleAsync(psychologist.Id);
        stored!.Version.ShouldBe(1);
        stored.Slots.Count.ShouldBe(1);
        stored.Absences.ShouldBeEmpty();
        stored.Languages.ShouldBeEmpty();
        stored.Approaches.ShouldBeNull();
    }

    [TestCase("slot", "{\"expectedVersion\":1,\"day\":\"Tuesday\",\"start\":\"11:00\",\"end\":\"10:00\"}", "End", EndBeforeStart)]
    [TestCase("slot", "{\"expectedVersion\":1,\"day\":\"Monday\",\"start\":\"08:00\",\"end\":\"09:30\"}", "Start", Overlap)]
    [TestCase("slot", "{\"expectedVersion\":1,\"start\":\"11:00\",\"end\":\"12:00\"}", "Day", NoDay)]
    [TestCase("slot", "{\"expectedVersion\":1,\"day\":\"Tuesday\",\"end\":\"12:00\"}", "Start", NoStart)]
    [TestCase("slot", "{\"expectedVersion\":1,\"day\":\"Tuesday\",\"start\":\"11:00:30\",\"end\":\"12:00\"}", "Start", "Indiquez l'heure en heures et minutes (hh:mm), sans secondes.")]
    [TestCase("absence", "{\"expectedVersion\":1,\"from\":\"{+5}\",\"to\":\"{+3}\"}", "To", AbsenceBackwards)]
    [TestCase("absence", "{\"expectedVersion\":1,\"from\":\"{-5}\",\"to\":\"{-1}\"}", "To", AbsencePast)]
    [TestCase("absence", "{\"expectedVersion\":1,\"from\":\"{+1}\",\"to\":\"{+400}\"}", "To", "Une absence dure au plus un an.")]
    [TestCase("absence", "{\"expectedVersion\":1,\"to\":\"{+3}\"}", "From", NoFrom)]
    [TestCase("absence", "{\"expectedVersion\":1,\"from\":\"{+1}\",\"to\":\"{+2}\",\"reason\":\"{201}\"}", "Reason", Text200)]
    [TestCase("profile", "{\"expectedVersion\":1,\"languages\":[\"ar\",\"xx\"]}", "Languages[1]", UnknownLanguage)]
    [TestCase("profile", "{\"expectedVersion\":1,\"languages\":[\"arabe\"]}", "Languages[0]", UnknownLanguage)]
    [TestCase("profile", "{\"expectedVersion\":1,\"languages\":[\"fr\",\"en\",\"ar\",\"ps\",\"prs\",\"fa\",\"ti\",\"ff\",\"bm\",\"wo\",\"so\"]}", "Languages", "Indiquez au plus 10 langues.")]
    [TestCase("profile", "{\"expectedVersion\":1,\"approaches\":\"{301}\"}", "Approaches", Text300)]
    [TestCase("profile", "{\"expectedVersion\":1,\"approaches\":\"Écoute\\u0007\"}", "Approaches", "Ce texte contient des caractères invisibles : retapez-le.")]
    public async Task Bad_input_through_the_api_is_refused_in_french_under_its_field_and_nothing_is_saved(string target, string body, string field, string expected)
    {
        var psychologist = await App.CreateAccountAsync(Roles.Psychologist);
        using var api = await ApiClientAsync(psychologist);
        await AddSlotAsync(api, 0, "Monday", "09:00", "12:00");
        var json = Regex.Replace(body, @"\{([+-]\d+|\d{3})\}", m => m.Groups[1].Value[0] is '+' or '-'
            ? Iso(Today.AddDays(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)))
            : new string('x', int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)), RegexOptions.None, TimeSpan.FromSeconds(1));
        using var content = new StringContent(json, Encoding.UTF8, "application/json");

        using var response = target switch
        {
            "slot" => await api.Http.PostAsync(Api("me/availability/slots"), content),
            "absence" => await api.Http.PostAsync(Api("me/availability/absences"), content),
            _ => await api.Http.PutAsync(Api("me/psychologist-profile"), content),
        };

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldBe([field]);
        errors.GetProperty(field).EnumerateArray().Select(m => m.GetString()).ShouldBe([expected]);
        var stored = await ScheduleAsync(psychologist.Id);
        stored!.Version.ShouldBe(1);
        stored.Slots.Count.ShouldBe(1);
        stored.Absences.ShouldBeEmpty();
        stored.Languages.ShouldBeEmpty();
    }

    [TestCase("POST", "me/availability/slots", "{\"day\":\"Tuesday\",\"start\":\"11:00\",\"end\":\"12:00\"}")]
    [TestCase("POST", "me/availability/slots", "{\"expectedVersion\":1,\"day\":\"Funday\",\"start\":\"11:00\",\"end\":\"12:00\"}")]
    [TestCase("POST", "me/availability/slots", "{\"expectedVersion\":1,\"day\":\"Tuesday\",\"start\":\"25:00\",\"end\":\"26:00\"}")]
    [TestCase("POST", "me/availability/slots", "{\"expectedVersion\":1,\"day\":9,\"start\":\"11:00\",\"end\":\"12:00\"}")]
    [TestCase("POST", "me/availability/slots", "")]
    [TestCase("POST", "me/availability/absences", "{\"expectedVersion\":1,\"from\":\"32/13/2026\",\"to\":\"2026-12-01\"}")]
    [TestCase("POST", "me/availability/absences", "{\"expectedVersion\":1,\"from\":\"9999-12-31\",\"to\":\"0001-01-01\"}")]
    [TestCase("POST", "me/availability/absences", "[]")]
    [TestCase("PUT", "me/psychologist-profile", "{\"expectedVersion\":1,\"languages\":\"ar\"}")]
    [TestCase("PUT", "me/psychologist-profile", "{\"expectedVersion\":1,\"languages\":[null]}")]
    [TestCase("PUT", "me/psychologist-profile", "{\"languages\":[\"ar\"]}")]
    [TestCase("DELETE", "me/availability/slots/{slot}", null)]
    [TestCase("DELETE", "me/availability/slots/{slot}?expectedVersion=un", null)]
    [TestCase("DELETE", "me/availability/absences/{slot}?expectedVersion=1", null)]
    [TestCase("DELETE", "me/availability/slots/pas-un-identifiant?expectedVersion=1", null)]
    public async Task Malformed_api_calls_get_a_problem_never_a_500_and_change_nothing(string method, string path, string? body)
    {
        var psychologist = await App.CreateAccountAsync(Roles.Psychologist);
        using var api = await ApiClientAsync(psychologist);
        var slot = await AddSlotAsync(api, 0, "Monday", "09:00", "12:00");
        using var request = new HttpRequestMessage(new HttpMethod(method), Api(path.Replace("{slot}", slot.ToString(), StringComparison.Ordinal)));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await api.Http.SendAsync(request);

        ((int)response.StatusCode).ShouldBeInRange(400, 404, await response.Content.ReadAsStringAsync());
        var stored = await ScheduleAsync(psychologist.Id);
        stored!.Version.ShouldBe(1);
        stored.Slots.Select(s => s.Id).ShouldBe([slot]);
        stored.Absences.ShouldBeEmpty();
        stored.Languages.ShouldBeEmpty();
    }

    [Test]
    public async Task A_stale_change_gets_a_409_through_the_api_and_the_conflict_notice_on_the_page_and_saves_nothing()
    {
        var psychologist = await App.CreateAccountAsync(Roles.Psychologist);
        using var api = await ApiClientAsync(psychologist);
        using var page = await SignedInAsync(psychologist);
        using (var staleFirst = await api.Http.PostAsJsonAsync(Api("me/availability/slots"), new { expectedVersion = 3, day = "Monday", start = "09:00", end = "10:00" }))
        {
            staleFirst.StatusCode.ShouldBe(HttpStatusCode.Conflict, "no schedule yet: only version 0 may create it");
        }

        (await ScheduleAsync(psychologist.Id)).ShouldBeNull();
        await AddSlotAsync(api, 0, "Monday", "09:00", "10:00");

        using var stale = await api.Http.PostAsJsonAsync(Api("me/availability/absences"), new { expectedVersion = 0, from = Today.AddDays(3), to = Today.AddDays(4) });
        using var staleRemove = await api.Http.DeleteAsync(Api($"me/availability/slots/{(await ScheduleAsync(psychologist.Id))!.Slots[0].Id}?expectedVersion=0"));
        using var stalePage = await page.SubmitAsync("/Psychologie/Disponibilites", SlotFields(0, "Tuesday", "14:00", "15:00"), "/Psychologie/Disponibilites?handler=AddSlot");

        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        stale.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString()!.ShouldStartWith(ConflictStart);
        staleRemove.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        stalePage.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PageClient.ErrorsOf(stalePage)).ShouldContain(ConflictStart);
        var shown = await PageClient.TextOf(stalePage);
        shown.ShouldContain("<option value=\"Tuesday\" selected=\"selected\">", customMessage: "what was typed is kept, to send again");
        shown.ShouldContain("name=\"Input.ExpectedVersion\" value=\"1\"", customMessage: "the forms now carry the current version");
        shown.ShouldContain("de 09:00 à 10:00");
        var stored = await ScheduleAsync(psychologist.Id);
        stored!.Version.ShouldBe(1);
        stored.Slots.Count.ShouldBe(1);
        stored.Absences.ShouldBeEmpty();
    }

    [Test]
    public async Task Nobody_removes_another_psychologists_slot_or_absence()
    {
        var owner = await App.CreateAccountAsync(Roles.Psychologist);
        var other = await App.CreateAccountAsync(Roles.Psychologist);
        using var ownerApi = await ApiClientAsync(owner);
        using var otherApi = await ApiClientAsync(other);
        var slot = await AddSlotAsync(ownerApi, 0, "Monday", "09:00", "10:00");
        var absence = await AddAbsenceAsync(ownerApi, 1, Today.AddDays(2), Today.AddDays(3), null);
        await AddSlotAsync(otherApi, 0, "Tuesday", "09:00", "10:00");
        using var otherPage = await SignedInAsync(other);

        using var removeSlot = await otherApi.Http.DeleteAsync(Api($"me/availability/slots/{slot}?expectedVersion=1"));
        using var removeAbsence = await otherApi.Http.DeleteAsync(Api($"me/availability/absences/{absence}?expectedVersion=1"));
        using var removeOnPage = await otherPage.SubmitAsync("/Psychologie/Disponibilites",
            new Dictionary<string, string> { ["Input.ExpectedVersion"] = "1", ["Input.Id"] = slot.ToString() }, "/Psychologie/Disponibilites?handler=RemoveSlot");

        removeSlot.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        removeAbsence.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        removeOnPage.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var owners = await ScheduleAsync(owner.Id);
        owners!.Slots.Select(s => s.Id).ShouldBe([slot]);
        owners.Absences.Select(a => a.Id).ShouldBe([absence]);
        owners.Version.ShouldBe(2);
        (await ScheduleAsync(other.Id))!.Version.ShouldBe(1);
    }

    private static Dictionary<string, string> SlotFields(int version, string day, string start, string end) => new()
    {
        ["Input.ExpectedVersion"] = version.ToString(CultureInfo.InvariantCulture),
        ["Input.Day"] = day,
        ["Input.Start"] = start,
        ["Input.End"] = end,
    };

    private static Dictionary<string, string> AbsenceFields(int version, DateOnly from, DateOnly to, string reason) => new()
    {
        ["Input.ExpectedVersion"] = version.ToString(CultureInfo.InvariantCulture),
        ["Input.From"] = Iso(from),
        ["Input.To"] = Iso(to),
        ["Input.Reason"] = reason,
    };

    /// <summary>Posts one of the page's forms and checks it was saved: back to the page, with the notice.</summary>
    private static async Task SubmitOkAsync(PageClient client, string handler, Dictionary<string, string> fields, string notice)
    {
        using var response = await client.SubmitAsync("/Psychologie/Disponibilites", fields, $"/Psychologie/Disponibilites?handler={handler}");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await PageClient.ErrorsOf(response));
        response.Headers.Location!.OriginalString.ShouldStartWith("/Psychologie/Disponibilites#");
        (await client.GetPageAsync("/Psychologie/Disponibilites")).ShouldContain(notice);
    }

    private static async Task<Guid> AddSlotAsync(PageClient api, int version, string day, string start, string end)
    {
        using var response = await api.Http.PostAsJsonAsync(Api("me/availability/slots"), new { expectedVersion = version, day, start, end });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var added = await response.Content.ReadFromJsonAsync<JsonElement>();
        added.GetProperty("version").GetInt32().ShouldBe(version + 1);
        return added.GetProperty("id").GetGuid();
    }

    private static async Task<Guid> AddAbsenceAsync(PageClient api, int version, DateOnly from, DateOnly to, string? reason)
    {
        using var response = await api.Http.PostAsJsonAsync(Api("me/availability/absences"), new { expectedVersion = version, from, to, reason });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var added = await response.Content.ReadFromJsonAsync<JsonElement>();
        added.GetProperty("version").GetInt32().ShouldBe(version + 1);
        return added.GetProperty("id").GetGuid();
    }

    private Task<PsychologistSchedule?> ScheduleAsync(Guid userId) =>
        App.WithServiceAsync<PsychologistSchedule?, RemivDbContext>(db => db.PsychologistSchedules.AsNoTracking().SingleOrDefaultAsync(s => s.UserId == userId));

    /// <summary>Gives the account a display name no other test uses (accounts are all "Compte Psychologist" otherwise).</summary>
    private Task<string> RenameAsync(TestAccount account, string stem) =>
        App.WithServiceAsync<string, UserManager<ApplicationUser>>(async users =>
        {
            var user = await users.FindByIdAsync(account.Id.ToString());
            user!.DisplayName = $"{stem} {Guid.NewGuid().ToString("N")[..6]}";
            (await users.UpdateAsync(user)).Succeeded.ShouldBeTrue();
            return user.DisplayName;
        });

    private async Task<PageClient> SignedInAsync(TestAccount? account)
    {
        var client = App.CreatePageClient();
        if (account is not null)
        {
            await client.SignInAsync(account);
        }

        return client;
    }

    private async Task<PageClient> ApiClientAsync(TestAccount account)
    {
        var client = App.CreatePageClient();
        client.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await ApiTokens.ForAsync(client, account));
        return client;
    }

    private static Uri Api(string path) => new("/api/v1/" + path, UriKind.Relative);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string DayOf(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>One psychologist's card on the team page, from their name to the next psychologist.</summary>
    private static string Card(string page, string name)
    {
        var match = Regex.Match(page, $"<h2>\\s*{Regex.Escape(name)}.*?(?=<h2>|$)", RegexOptions.Singleline, TimeSpan.FromSeconds(1));
        match.Success.ShouldBeTrue($"the page shows {name}");
        return match.Value;
    }

    /// <summary>The message shown beside a field (the first error line after the field with this id).</summary>
    private static string FieldError(string page, string id)
    {
        var match = Regex.Match(page, $"id=\"{Regex.Escape(id)}\".*?<span class=\"error\">(.*?)</span>", RegexOptions.Singleline, TimeSpan.FromSeconds(1));
        match.Success.ShouldBeTrue($"an error line follows the field {id}");
        return match.Groups[1].Value;
    }

    /// <summary>The texts appear in this order on the page.</summary>
    private static void Order(string page, params string[] texts)
    {
        var at = 0;
        foreach (var text in texts)
        {
            var next = page.IndexOf(text, at, StringComparison.Ordinal);
            next.ShouldBeGreaterThanOrEqualTo(0, $"« {text} » comes after the previous text");
            at = next + text.Length;
        }
    }
}
