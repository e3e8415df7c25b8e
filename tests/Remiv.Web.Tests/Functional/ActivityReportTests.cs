using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Partners;
using Remiv.Domain.Psychology;
using Remiv.Domain.Security;
using Remiv.Domain.Workshops;
using Remiv.Domain.Youths;
using Remiv.Infrastructure.Persistence;
using Remiv.Web.Tests.Support;

namespace Remiv.Web.Tests.Functional;

/// <summary>
/// The activity report through the real pipeline and database, over a data set of the year 2019 whose every figure is
/// counted by hand (no other test of this fixture writes in 2019): fifteen young people followed, twelve arrivals, eight
/// exits, entries, psychological sessions, workshops, referrals and deadlines, with counts under 5 hidden and the cells
/// that would give them back by subtraction hidden too. Then who may read the report, and the refusals of a bad period.
/// </summary>
public sealed partial class ActivityReportTests(string provider) : FunctionalFixture(provider)
{
    private const string H = "< 5";
    private const string Year = "from=2019-01-01&to=2019-12-31";

    /// <summary>The day the data set was written, for the domain's "not in the future" and "within five years" rules.</summary>
    private static readonly DateOnly SeedDay = new(2020, 1, 15);

    private static TimeZoneInfo Paris { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public enum Caller
    {
        Anonymous,
        Admin,
        Coordinator,
        YouthWorker,
        Psychologist,
    }

    /// <summary>
    /// Every table of 2019, as published. By hand:
    /// <list type="bullet">
    /// <item>followed: P1–P3 (first contact 2018, exits 01/01, 30/06, 31/12/2019: still followed) and N1–N12 (arrived in 2019) = 15;
    /// X (exit 31/12/2018) and Y (arrived 01/01/2020) are not;</item>
    /// <item>exits in 2019: majority 5 (P1–P3, N1, N2), moved away 2 (N3, N4), no news 1 (N5): the 2 and the 1 are hidden, and as
    /// they add up to 3 only (each would be known to be 1 or 2), the majority's 5 is hidden too (3 cells for 8: each could be 5 or more);</item>
    /// <item>age at arrival: 16 years 5 (N1 the day before her 17th birthday, N5 born 31/12), 17 years 6 (N2 on his birthday), unknown 1:
    /// the unknown one is the only hidden cell, so the smallest other (16 years, 5) is hidden too;</item>
    /// <item>nationalities / first languages: Afghanistan 6 (pachto), Guinea 5 (peul), Mali 2 (bambara), Côte d'Ivoire 1 (français), none 1:
    /// the three small ones add up to 4, so Guinea's 5 is hidden with them;</item>
    /// <item>entries: administrative 6 conversations + 2 paperwork, social 7 + 5 phone calls, psychological 3, language 9 workshops (and two
    /// outside the year): the hidden 2 and 3 pull in, row by row and column by column, 6, 5 (the phone calls' total), the administrative
    /// total, the social phone calls and the social conversations, so that none can be found again by subtraction;</item>
    /// <item>psychology: held 6 = first 5 (N6 N7 N8 N9 N11) + follow-up 1, so both parts are hidden under the shown 6; youth absent 2,
    /// cancelled 1; waits 10, 12, 30, 41, 50 days: median 30, mean 28.6;</item>
    /// <item>workshops: French lessons 6 sessions, 21 presences, 6 young people; slam 2 sessions, 3 presences, 2 young people; 7 in all
    /// (one session in 2018 left out): the French lessons' 6 participants are hidden, since 7 − 6 would say that 1 came to slam only;</item>
    /// <item>referrals: association 5 done + 1 in progress, health 2 proposed (one in 2020 left out; a psychologist's referral on the
    /// psychological track left out too: psychologists alone see those, so the report must not let them be found by subtraction);</item>
    /// <item>deadlines due in 2019: 6 met (two closed at 23:30 Paris on their day, in winter and in summer), missed 4 (one marked missed,
    /// one done at 00:30 the day after, two still open), 3 cancelled.</item>
    /// </list>
    /// </summary>
    [Test]
    public async Task Every_figure_of_2019_is_the_one_counted_by_hand_with_small_counts_hidden()
    {
        using var coordinator = await ApiClientAsync(await App.CreateAccountAsync(Roles.Coordinator));

        var report = await coordinator.Http.GetFromJsonAsync<JsonElement>(Api(Year + "&template=full"));

        report.GetProperty("from").GetString().ShouldBe("2019-01-01");
        report.GetProperty("to").GetString().ShouldBe("2019-12-31");
        report.GetProperty("template").GetProperty("code").GetString().ShouldBe("full");
        var tables = Tables(report);
        tables.Keys.ShouldBe(["young-people", "exits", "age-at-arrival", "nationalities", "languages", "entries", "psychology", "workshops", "referrals", "deadlines"]);

        tables["young-people"].ShouldBe(["Jeunes suivis dans la période: 15", "Nouvelles arrivées: 12", "Sorties: 8"]);
        tables["exits"].ShouldBe(
        [
            "Fin d'accompagnement: 0", $"Majorité, fin de prise en charge: {H}", $"Départ de la Vienne: {H}", "Relais vers une autre structure: 0",
            $"Sans nouvelles: {H}", "Éloignement du territoire: 0", "Autre motif: 0", "Non précisé: 0", "Total: 8",
        ]);
        tables["age-at-arrival"].ShouldBe(
            ["Moins de 15 ans: 0", "15 ans: 0", $"16 ans: {H}", "17 ans: 6", "18 ans et plus: 0", $"Âge inconnu: {H}", "Total: 12"]);
        tables["nationalities"].ShouldBe(
            ["Afghanistan: 6", $"Guinée: {H}", $"Mali: {H}", $"Côte d’Ivoire: {H}", $"Non renseignée: {H}", "Total: 15"]);
        tables["languages"].ShouldBe(["pachto: 6", $"peul: {H}", $"bambara: {H}", $"français: {H}", $"Non renseignée: {H}", "Total: 15"]);
        tables["entries"].ShouldBe(
        [
            $"Administratif: {H} 0 0 {H} 0 0 {H}",
            "Juridique: 0 0 0 0 0 0 0",
            $"Social: {H} 0 {H} 0 0 0 12",
            $"Psychologique: {H} 0 0 0 0 0 {H}",
            "Santé: 0 0 0 0 0 0 0",
            "Scolarité et formation: 0 0 0 0 0 0 0",
            "Logement: 0 0 0 0 0 0 0",
            "Langue: 0 0 0 0 9 0 9",
            "Culture et sport: 0 0 0 0 0 0 0",
            $"Total: 16 0 {H} {H} 9 0 32",
        ]);
        tables["psychology"].ShouldBe(
        [
            $"Premières séances tenues: {H}", $"Séances de suivi tenues: {H}", "Séances tenues: 6", $"Séances où le jeune était absent: {H}",
            $"Séances annulées: {H}", "Jeunes reçus: 5",
            "Attentes mesurées: 5", "Attente médiane (jours): 30", "Attente moyenne (jours): 28,6",
        ]);
        tables["workshops"].ShouldBe([$"Cours de français: {H} {H} {H}", $"Slam et poésie: {H} {H} {H}", "Total: 8 24 7"]);
        tables["referrals"].ShouldBe(
        [
            $"Association: 0 0 {H} {H} 0 0 {H}",
            $"Santé (centre de santé, PASS): {H} 0 0 0 0 0 {H}",
            $"Total: {H} 0 {H} {H} 0 0 8",
        ]);
        tables["deadlines"].ShouldBe(["Respectées: 6", $"Manquées: {H}", $"Annulées: {H}", "En cours, pas encore échues: 0", "Total: 13"]);

        report.ToString().ShouldNotContain("Rapport-Kaba", customMessage: "aggregates only, never a name");
    }

    [Test]
    public async Task A_hidden_value_has_no_number_in_the_api_and_says_so()
    {
        using var coordinator = await ApiClientAsync(await App.CreateAccountAsync(Roles.Coordinator));

        var report = await coordinator.Http.GetFromJsonAsync<JsonElement>(Api(Year));

        var exits = report.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("key").GetString() == "exits");
        var movedAway = exits.GetProperty("rows")[2].GetProperty("values")[0];
        movedAway.GetProperty("number").ValueKind.ShouldBe(JsonValueKind.Null);
        movedAway.GetProperty("isHidden").GetBoolean().ShouldBeTrue();
        var total = exits.GetProperty("rows")[8].GetProperty("values")[0];
        total.GetProperty("number").GetDecimal().ShouldBe(8m);
        total.GetProperty("isHidden").GetBoolean().ShouldBeFalse();
        exits.GetProperty("rows")[8].GetProperty("isTotal").GetBoolean().ShouldBeTrue();
        report.GetProperty("template").GetProperty("code").GetString().ShouldBe("full", "the full report when no template is given");
    }

    [Test]
    public async Task A_funders_template_chooses_and_orders_the_tables()
    {
        using var coordinator = await ApiClientAsync(await App.CreateAccountAsync(Roles.Coordinator));

        var report = await coordinator.Http.GetFromJsonAsync<JsonElement>(Api(Year + "&template=ville-de-poitiers"));
        var templates = await coordinator.Http.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/reports/templates", UriKind.Relative));

        report.GetProperty("template").GetProperty("title").GetString().ShouldBe("Bilan d'activité pour la Ville de Poitiers");
        Tables(report).Keys.ShouldBe(["young-people", "workshops", "referrals", "languages"]);
        Tables(report)["workshops"].ShouldBe([$"Cours de français: {H} {H} {H}", $"Slam et poésie: {H} {H} {H}", "Total: 8 24 7"]);
        templates.EnumerateArray().Select(t => t.GetProperty("name").GetString()).ShouldBe(
        [
            "Rapport complet", "Fondation de France", "Région Nouvelle-Aquitaine", "DDETS (État)", "Ville de Poitiers", "Fédération des centres sociaux",
        ]);
    }

    [Test]
    public async Task The_page_shows_every_table_with_hidden_values_and_the_exports_link()
    {
        using var client = App.CreatePageClient();
        await client.SignInAsync(await App.CreateAccountAsync(Roles.Coordinator));

        var html = await client.Http.GetStringAsync(new Uri("/Rapports?du=2019-01-01&au=2019-12-31&modele=full", UriKind.Relative));
        var text = Flat(html);

        text.ShouldContain("Rapport d'activité de REMIV Période du 01/01/2019 au 31/12/2019");
        text.ShouldContain("« < 5 » : un nombre de 1 à 4, masqué");
        text.ShouldContain("Jeunes suivis dans la période 15 Nouvelles arrivées 12 Sorties 8");
        text.ShouldContain($"16 ans {H} 17 ans 6 18 ans et plus 0 Âge inconnu {H} Total 12");
        text.ShouldContain($"Administratif {H} 0 0 {H} 0 0 {H}");
        text.ShouldContain($"Total 16 0 {H} {H} 9 0 32");
        text.ShouldContain("Attente médiane (jours) 30 Attente moyenne (jours) 28,6");
        text.ShouldContain($"Cours de français {H} {H} {H} Slam et poésie {H} {H} {H} Total 8 24 7");
        text.ShouldContain($"Respectées 6 Manquées {H} Annulées {H} En cours, pas encore échues 0 Total 13");
        html.ShouldContain("<th scope=\"row\">Afghanistan</th>");
        html.ShouldContain("<th scope=\"col\">Entretien</th>");
        html.ShouldContain("href=\"/Rapports/Exports?du=2019-01-01&amp;au=2019-12-31&amp;modele=full\"");
        html.ShouldContain("role=\"img\" aria-label=\"Sorties par motif\"");
        html.ShouldNotContain("<script");
        text.ShouldNotContain("Rapport-Kaba");
    }

    [Test]
    public async Task The_page_shows_the_current_month_by_default_and_offers_ready_made_periods()
    {
        using var client = App.CreatePageClient();
        await client.SignInAsync(await App.CreateAccountAsync(Roles.Coordinator));
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Paris).DateTime);
        var first = new DateOnly(today.Year, today.Month, 1);

        var html = await client.Http.GetStringAsync(new Uri("/Rapports", UriKind.Relative));

        html.ShouldContain($"name=\"du\" value=\"{first:yyyy-MM-dd}\"");
        html.ShouldContain($"name=\"au\" value=\"{first.AddMonths(1).AddDays(-1):yyyy-MM-dd}\"");
        html.ShouldContain($"href=\"/Rapports?du={today.Year - 1}-01-01&amp;au={today.Year - 1}-12-31&amp;modele=full\">");
        html.ShouldContain($"href=\"/Rapports?du={first.AddMonths(-1):yyyy-MM-dd}&amp;au={first.AddDays(-1):yyyy-MM-dd}&amp;modele=full\">");
        Flat(html).ShouldContain("Ce mois-ci Le mois dernier Ce trimestre Le trimestre dernier Cette année L'année dernière");
    }

    [Test]
    public async Task Reading_the_report_is_audited_with_its_period_and_template_only()
    {
        using var coordinator = await ApiClientAsync(await App.CreateAccountAsync(Roles.Coordinator));

        using var response = await coordinator.Http.GetAsync(Api("from=2019-02-01&to=2019-02-28&template=ddets"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var audited = await App.WithServiceAsync<List<string?>, RemivDbContext>(db =>
            db.AuditEntries.Where(e => e.Action == "report.viewed").Select(e => e.TargetId).ToListAsync());
        audited.ShouldContain("2019-02-01/2019-02-28/ddets");
    }

    public static IEnumerable<TestCaseData> Roles_and_answers()
    {
        yield return new TestCaseData(Caller.Anonymous, HttpStatusCode.Unauthorized, HttpStatusCode.Redirect);
        yield return new TestCaseData(Caller.Admin, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden);
        yield return new TestCaseData(Caller.Coordinator, HttpStatusCode.OK, HttpStatusCode.OK);
        yield return new TestCaseData(Caller.YouthWorker, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden);
        yield return new TestCaseData(Caller.Psychologist, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden);
    }

    [TestCaseSource(nameof(Roles_and_answers))]
    public async Task Only_coordinators_read_the_report_on_the_page_and_through_the_api(Caller caller, HttpStatusCode api, HttpStatusCode page)
    {
        var account = caller switch
        {
            Caller.Anonymous => null,
            Caller.Admin => await App.CreateAccountAsync(Roles.Admin),
            Caller.Coordinator => await App.CreateAccountAsync(Roles.Coordinator),
            Caller.YouthWorker => await App.CreateAccountAsync(Roles.YouthWorker),
            Caller.Psychologist => await App.CreateAccountAsync(Roles.Psychologist),
            _ => throw new ArgumentOutOfRangeException(nameof(caller)),
        };
        using var apiClient = account is null ? App.CreatePageClient() : await ApiClientAsync(account);
        using var pageClient = App.CreatePageClient();
        if (account is not null)
        {
            await pageClient.SignInAsync(account);
        }

        using var apiResponse = await apiClient.Http.GetAsync(Api(Year));
        using var templatesResponse = await apiClient.Http.GetAsync(new Uri("/api/v1/reports/templates", UriKind.Relative));
        using var pageResponse = await pageClient.GetAsync("/Rapports?du=2019-01-01&au=2019-12-31");

        apiResponse.StatusCode.ShouldBe(api);
        templatesResponse.StatusCode.ShouldBe(api);
        pageResponse.StatusCode.ShouldBe(page);
        if (page == HttpStatusCode.Redirect)
        {
            pageResponse.Headers.Location!.AbsolutePath.ShouldBe("/Connexion");
        }

        if (api == HttpStatusCode.Forbidden)
        {
            apiResponse.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            (await pageResponse.Content.ReadAsStringAsync()).ShouldNotContain("Jeunes suivis dans la période");
        }
    }

    [TestCase("from=2019-12-31&to=2019-01-01", "La fin de la période doit venir après son début.")]
    [TestCase("from=1999-12-31&to=2019-12-31", "Un rapport couvre au plus 20 ans : raccourcissez la période.")]
    [TestCase("from=2019-01-01&to=2019-12-31&template=inconnu", "Ce modèle de rapport n'existe pas : choisissez-en un dans la liste.")]
    [TestCase("to=2019-12-31", "Indiquez le premier jour de la période.")]
    [TestCase("from=2019-01-01", "Indiquez le dernier jour de la période.")]
    public async Task A_bad_request_is_a_problem_with_its_french_message(string query, string message)
    {
        using var coordinator = await ApiClientAsync(await App.CreateAccountAsync(Roles.Coordinator));

        using var response = await coordinator.Http.GetAsync(Api(query));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var messages = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject()
            .SelectMany(e => e.Value.EnumerateArray().Select(m => m.GetString())).ToList();
        messages.ShouldBe([message]);
    }

    [Test]
    public async Task Twenty_full_years_are_accepted()
    {
        using var coordinator = await ApiClientAsync(await App.CreateAccountAsync(Roles.Coordinator));

        using var response = await coordinator.Http.GetAsync(Api("from=2000-01-01&to=2019-12-31"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Tables(await response.Content.ReadFromJsonAsync<JsonElement>())["young-people"][0].ShouldBe("Jeunes suivis dans la période: 16", "X, who left in 2018, too");
    }

    [TestCase("du=2019-12-31&au=2019-01-01", "To", "La fin de la période doit venir après son début.")]
    [TestCase("du=1999-01-01&au=2019-12-31", "To", "Un rapport couvre au plus 20 ans : raccourcissez la période.")]
    [TestCase("du=2019-01-01&au=2019-12-31&modele=inconnu", "Template", "Ce modèle de rapport n'existe pas : choisissez-en un dans la liste.")]
    [TestCase("du=31/12/2019&au=2019-12-31", "From", "Saisissez une date valide (jj/mm/aaaa).")]
    public async Task The_page_refuses_a_bad_request_beside_its_field_and_shows_no_figures(string query, string field, string message)
    {
        using var client = App.CreatePageClient();
        await client.SignInAsync(await App.CreateAccountAsync(Roles.Coordinator));

        using var response = await client.GetAsync($"/Rapports?{query}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PageClient.ErrorsOf(response)).ShouldContain(message);
        var text = await PageClient.TextOf(response);
        text.ShouldContain($"<span class=\"error\">{message}</span>", customMessage: field);
        text.ShouldNotContain("Jeunes suivis dans la période");
    }

    private static Uri Api(string query) => new("/api/v1/reports/activity?" + query, UriKind.Relative);

    /// <summary>Each table by key, each row as "Label: v1 v2..." with the values as a reader sees them.</summary>
    private static Dictionary<string, List<string>> Tables(JsonElement report) =>
        report.GetProperty("tables").EnumerateArray().ToDictionary(
            t => t.GetProperty("key").GetString()!,
            t => t.GetProperty("rows").EnumerateArray()
                .Select(r => r.GetProperty("label").GetString() + ": " + string.Join(' ', r.GetProperty("values").EnumerateArray().Select(Shown)))
                .ToList());

    private static string Shown(JsonElement value) =>
        value.GetProperty("isHidden").GetBoolean() ? H : value.GetProperty("number").GetDecimal().ToString("0.#", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"));

    /// <summary>A page's words without its markup (then its entities decoded), on one line, as a person reads them.</summary>
    private static string Flat(string html) =>
        Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ").Replace('\u202f', ' ').Replace('\u00a0', ' ');

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute = 0)
    {
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, Paris), TimeSpan.Zero);
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    private async Task<PageClient> ApiClientAsync(TestAccount account)
    {
        var client = App.CreatePageClient();
        client.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await ApiTokens.ForAsync(client, account));
        return client;
    }

    /// <summary>The data set of 2019, stored once for the fixture (the tests only read it).</summary>
    [OneTimeSetUp]
    public async Task SeedTheYearAsync()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var coordinator = await App.CreateAccountAsync(Roles.Coordinator);
        var psychologist = await App.CreateAccountAsync(Roles.Psychologist);
        var now = new DateTimeOffset(2020, 1, 15, 12, 0, 0, TimeSpan.Zero);
        await App.WithServiceAsync<int, RemivDbContext>(async db =>
        {
            Youth Young(string name, DateOnly firstContact, DateOnly? birth, string? nationality, params string[] languages)
            {
                var youth = Youth.Register(
                    new YouthIdentity(name, "Rapport-Kaba", birth, BirthDateStanding.Declared, Sex.Male, nationality, languages, false, null, null, null, null),
                    firstContact, worker.Id, SeedDay, now);
                db.Youths.Add(youth);
                return youth;
            }

            var p = Enumerable.Range(1, 3).Select(i => Young($"P{i}", new(2018, 6, 1), new(2002, 1, 15), "AF", "ps", "fa")).ToList();
            var n1 = Young("N1", new(2019, 3, 10), new(2002, 3, 11), "AF", "ps");
            var n2 = Young("N2", new(2019, 3, 10), new(2002, 3, 10), "AF", "ps");
            var n3 = Young("N3", new(2019, 2, 1), new(2003, 1, 1), "AF", "ps");
            var n4 = Young("N4", new(2019, 5, 1), new(2003, 2, 1), "GN", "ff", "fr");
            var n5 = Young("N5", new(2019, 1, 1), new(2002, 12, 31), "GN", "ff");
            var n6 = Young("N6", new(2019, 9, 1), new(2003, 6, 1), "GN", "ff");
            var n7 = Young("N7", new(2019, 4, 1), new(2002, 1, 1), "GN", "ff");
            var n8 = Young("N8", new(2019, 7, 7), new(2002, 5, 5), "GN", "ff");
            var n9 = Young("N9", new(2019, 8, 8), new(2002, 2, 2), "ML", "bm");
            var n10 = Young("N10", new(2019, 12, 31), new(2002, 1, 1), "ML", "bm", "fr");
            var n11 = Young("N11", new(2019, 6, 15), new(2002, 6, 15), "CI", "fr");
            var n12 = Young("N12", new(2019, 10, 10), null, null);
            var x = Young("X", new(2017, 1, 1), new(2001, 1, 1), "AF", "ps");
            Young("Y", new(2020, 1, 1), new(2003, 1, 1), "AF", "ps");

            // Entries: the matrix of the summary, written on P2's file, and two outside the year.
            void Entries(int count, Track track, EntryKind kind, DateOnly date)
            {
                for (var i = 0; i < count; i++)
                {
                    db.FollowUpEntries.Add(FollowUpEntry.Write(
                        p[1], Guid.NewGuid(), date, track, kind, "Entrée du rapport", worker.Id, null, null, EntryVisibility.FollowUpGroup, SeedDay, now));
                }
            }

            Entries(6, Track.Administrative, EntryKind.Conversation, new(2019, 1, 1));
            Entries(2, Track.Administrative, EntryKind.Paperwork, new(2019, 12, 31));
            Entries(7, Track.Social, EntryKind.Conversation, new(2019, 5, 5));
            Entries(5, Track.Social, EntryKind.PhoneCall, new(2019, 6, 6));
            Entries(3, Track.Psychological, EntryKind.Conversation, new(2019, 7, 7));
            Entries(9, Track.Language, EntryKind.Workshop, new(2019, 8, 8));
            Entries(1, Track.Administrative, EntryKind.Conversation, new(2018, 12, 31));
            Entries(1, Track.Administrative, EntryKind.Conversation, new(2020, 1, 1));

            // Psychology: five first sessions answering a request, then follow-ups.
            var room = Room.Create("Salle du rapport " + Guid.NewGuid().ToString("N")[..8], null);
            db.Rooms.Add(room);

            void Seance(Youth youth, DateTimeOffset start, SessionKind kind, SessionStatus outcome)
            {
                var session = Session.Book(youth.Id, psychologist.Id, room.Id, start, start.AddHours(1), kind, null, null, null, psychologist.Id, start.AddDays(-1));
                if (outcome is SessionStatus.Held or SessionStatus.YouthAbsent)
                {
                    session.RecordOutcome(outcome, psychologist.Id, start.AddHours(1));
                }
                else if (outcome == SessionStatus.Cancelled)
                {
                    session.Cancel("Empêchement", psychologist.Id, start.AddDays(-1));
                }

                db.Sessions.Add(session);
            }

            void Wait(Youth youth, DateTimeOffset requested, DateTimeOffset first)
            {
                var request = FollowUpRequest.Make(youth, RequestUrgency.Normal, "Demande pour le rapport", worker.Id, requested);
                request.MarkScheduled(coordinator.Id, requested.AddHours(2));
                db.FollowUpRequests.Add(request);
                Seance(youth, first, SessionKind.First, SessionStatus.Held);
            }

            Wait(n6, At(2019, 9, 2, 9), At(2019, 9, 12, 10));
            Wait(n7, At(2019, 4, 1, 9), At(2019, 4, 13, 10));
            Wait(n8, At(2019, 7, 8, 9), At(2019, 8, 7, 10));
            Wait(n9, At(2019, 8, 9, 9), At(2019, 9, 19, 10));
            Wait(n11, At(2019, 7, 1, 9), At(2019, 8, 20, 10));
            Seance(n7, At(2019, 5, 13, 10), SessionKind.FollowUp, SessionStatus.Held);
            Seance(n8, At(2019, 9, 7, 10), SessionKind.FollowUp, SessionStatus.YouthAbsent);
            Seance(n8, At(2019, 10, 7, 10), SessionKind.FollowUp, SessionStatus.YouthAbsent);
            Seance(n9, At(2019, 10, 19, 10), SessionKind.FollowUp, SessionStatus.Cancelled);

            // Workshops, on two of the kinds seeded at start-up.
            var kinds = await db.WorkshopKinds.ToDictionaryAsync(k => k.Name);
            void Workshop(string kind, DateOnly date, params Youth[] present)
            {
                var session = WorkshopSession.Plan(
                    kinds[kind].Id, new WorkshopDetails(null, date, new(14, 0), new(16, 0), "REMIV", worker.Id, null, null), worker.Id, SeedDay, now);
                session.RecordAttendance(present, worker.Id, SeedDay, now);
                db.WorkshopSessions.Add(session);
            }

            for (var i = 1; i <= 5; i++)
            {
                Workshop("Cours de français", new(2019, 10, i), n6, n7, n8);
            }

            Workshop("Cours de français", new(2019, 11, 4), n6, n7, n8, n9, n11, n12);
            Workshop("Slam et poésie", new(2019, 9, 20), n9);
            Workshop("Slam et poésie", new(2019, 12, 31), n9, n10);
            Workshop("Cours de français", new(2018, 12, 15), p[2]);

            // Referrals.
            var association = Partner.Create(new PartnerDetails("Association du rapport", PartnerType.Association, null, null, null, null, null));
            var health = Partner.Create(new PartnerDetails("PASS du rapport", PartnerType.Health, null, null, null, null, null));
            db.Partners.AddRange(association, health);
            foreach (var youth in new[] { n6, n7, n8, n9, n11 })
            {
                var done = Referral.Propose(youth, association, Track.Social, "Hébergement", new(2019, 12, 1), worker.Id, SeedDay, now);
                done.ChangeStatus(ReferralStatus.Done, new(2019, 12, 20), "Hébergé", worker.Id, SeedDay, now);
                db.Referrals.Add(done);
            }

            db.Referrals.Add(Referral.Propose(n12, association, Track.Social, "Hébergement", new(2019, 12, 2), worker.Id, SeedDay, now)
                .Also(r => r.ChangeStatus(ReferralStatus.InProgress, new(2019, 12, 3), null, worker.Id, SeedDay, now)));
            db.Referrals.Add(Referral.Propose(n6, health, Track.Health, "Bilan de santé", new(2019, 9, 2), worker.Id, SeedDay, now));
            db.Referrals.Add(Referral.Propose(n7, health, Track.Health, "Bilan de santé", new(2019, 4, 2), worker.Id, SeedDay, now));
            db.Referrals.Add(Referral.Propose(n7, health, Track.Health, "Vaccins", new(2020, 1, 2), worker.Id, SeedDay, now));
            db.Referrals.Add(Referral.Propose(n8, association, Track.Psychological, "Soutien après un traumatisme", new(2019, 8, 3), psychologist.Id, SeedDay, now));

            // Deadlines due in 2019 (and one in 2020).
            Deadline Due(Youth youth, DateOnly due)
            {
                var deadline = Deadline.Create(
                    youth,
                    new DeadlineDetails(Track.Administrative, DeadlineKind.Other, "Échéance du rapport", DeadlineEvent.Other, due.AddDays(-10), due, null, null, []),
                    null, worker.Id, SeedDay, now);
                db.Deadlines.Add(deadline);
                return deadline;
            }

            for (var day = 10; day <= 13; day++)
            {
                Due(n6, new(2019, 2, day)).Close(DeadlineStatus.Done, null, worker.Id, At(2019, 2, day - 3, 10));
            }

            Due(n6, new(2019, 3, 15)).Close(DeadlineStatus.Done, null, worker.Id, At(2019, 3, 15, 23, 30));
            Due(n6, new(2019, 7, 10)).Close(DeadlineStatus.Done, null, worker.Id, At(2019, 7, 10, 23, 30));
            Due(n6, new(2019, 7, 11)).Close(DeadlineStatus.Done, null, worker.Id, At(2019, 7, 12, 0, 30));
            Due(n7, new(2019, 8, 1)).Close(DeadlineStatus.Missed, "Rendez-vous oublié", worker.Id, At(2019, 8, 2, 10));
            Due(n7, new(2019, 8, 2));
            Due(n7, new(2019, 12, 31));
            for (var day = 5; day <= 7; day++)
            {
                Due(n8, new(2019, 9, day)).Close(DeadlineStatus.Cancelled, "Plus nécessaire", worker.Id, At(2019, 9, 1, 10));
            }

            Due(n8, new(2020, 1, 1));

            // Exits, last: an archived file takes nothing more.
            p[0].Archive(new(2019, 1, 1), ExitReason.CameOfAge, null, worker.Id, SeedDay, now);
            p[1].Archive(new(2019, 6, 30), ExitReason.CameOfAge, null, worker.Id, SeedDay, now);
            p[2].Archive(new(2019, 12, 31), ExitReason.CameOfAge, null, worker.Id, SeedDay, now);
            n1.Archive(new(2019, 11, 30), ExitReason.CameOfAge, null, worker.Id, SeedDay, now);
            n2.Archive(new(2019, 11, 30), ExitReason.CameOfAge, null, worker.Id, SeedDay, now);
            n3.Archive(new(2019, 10, 1), ExitReason.MovedAway, null, worker.Id, SeedDay, now);
            n4.Archive(new(2019, 10, 1), ExitReason.MovedAway, null, worker.Id, SeedDay, now);
            n5.Archive(new(2019, 12, 1), ExitReason.LostContact, null, worker.Id, SeedDay, now);
            x.Archive(new(2018, 12, 31), ExitReason.LostContact, null, worker.Id, SeedDay, now);
            return await db.SaveChangesAsync();
        });
    }
}

internal static class ReportTestExtensions
{
    public static T Also<T>(this T value, Action<T> act)
    {
        act(value);
        return value;
    }
}
