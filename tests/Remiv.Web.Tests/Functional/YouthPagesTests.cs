using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;
using Remiv.Infrastructure.Persistence;
using Remiv.Web.Tests.Support;

namespace Remiv.Web.Tests.Functional;

/// <summary>
/// The young people's list, registration and identity correction, through the real pages and database. Every test
/// uses names of its own: the fixture's database is shared and the duplicate check looks at every file of the hub.
/// </summary>
public sealed partial class YouthPagesTests(string provider) : FunctionalFixture(provider)
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Test]
    public async Task A_youth_worker_registers_a_young_person_and_finds_them_by_another_spelling()
    {
        using var client = await SignedInAsync(Roles.YouthWorker);

        using var response = await client.SubmitAsync("/Jeunes/Nouveau", Registration("Mohamed", "Diallo", new DateOnly(2008, 3, 1)));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await PageClient.ErrorsOf(response));
        var id = YouthIdIn(response);
        var stored = await App.WithServiceAsync<string, RemivDbContext>(db =>
            db.Youths.Where(y => y.Id == id).Select(y => y.FirstName + "|" + y.LastName + "|" + y.Nationality).SingleAsync());
        stored.ShouldBe("Mohamed|Diallo|GN");

        var list = await SearchPageAsync(client, "muhammad");
        list.ShouldContain("1 jeune");
        list.ShouldContain($"href=\"/Jeunes/{id}\"");
        list.ShouldContain("Mohamed Diallo");
        list.ShouldContain("01/03/2008", customMessage: "dates are written dd/MM/yyyy");
        list.ShouldContain("Guinée");
        list.ShouldContain("Premier contact");
    }

    [Test]
    public async Task Registering_a_likely_duplicate_shows_it_and_creates_nothing_until_the_user_confirms()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var existing = await App.CreateYouthAsync("Abdoulaye", "Camara", new DateOnly(2007, 5, 10), worker);
        using var client = App.CreatePageClient();
        await client.SignInAsync(worker);
        var fields = Registration("Abdoulaye", "Camara", new DateOnly(2007, 11, 2));

        using var held = await client.SubmitAsync("/Jeunes/Nouveau", fields);

        held.StatusCode.ShouldBe(HttpStatusCode.OK);
        var duplicates = DuplicatesSection(await held.Content.ReadAsStringAsync());
        duplicates.ShouldContain("Ce jeune est peut-être déjà suivi");
        duplicates.ShouldContain($"href=\"/Jeunes/{existing}\"", customMessage: "a file the user follows is linked");
        duplicates.ShouldContain("10/05/2007");
        var page = await PageClient.TextOf(held);
        page.ShouldContain("Ce n'est pas la même personne : inscrire");
        page.ShouldContain("value=\"2007-11-02\"", customMessage: "the entered values are kept");
        (await CountAsync("Camara")).ShouldBe(1);

        using var confirmed = await client.SubmitAsync("/Jeunes/Nouveau", new Dictionary<string, string>(fields) { ["ConfirmedNotDuplicate"] = "true" });

        confirmed.StatusCode.ShouldBe(HttpStatusCode.Redirect, await PageClient.ErrorsOf(confirmed));
        YouthIdIn(confirmed).ShouldNotBe(existing);
        (await CountAsync("Camara")).ShouldBe(2);
    }

    [Test]
    public async Task A_duplicate_the_user_may_not_open_is_shown_by_initials_birth_year_and_referent_only()
    {
        var colleague = await App.CreateAccountAsync(Roles.YouthWorker);
        var hidden = await App.CreateYouthAsync("Fatoumata", "Bangoura", new DateOnly(2006, 1, 15), colleague);
        using var client = await SignedInAsync(Roles.YouthWorker);

        using var held = await client.SubmitAsync("/Jeunes/Nouveau", Registration("Fatoumata", "Bangoura", new DateOnly(2006, 2, 1)));

        held.StatusCode.ShouldBe(HttpStatusCode.OK);
        var duplicates = DuplicatesSection(await held.Content.ReadAsStringAsync());
        duplicates.ShouldContain("F. B.");
        duplicates.ShouldContain("2006");
        duplicates.ShouldContain("Compte YouthWorker", customMessage: "the referent is named, to ask them");
        duplicates.ShouldNotContain("Bangoura");
        duplicates.ShouldNotContain("15/01/2006");
        duplicates.ShouldNotContain(hidden.ToString());
        (await CountAsync("Bangoura")).ShouldBe(1);
    }

    [TestCase("Naissanceapres", "2025-06-01", "2025-05-01", "GN", "La date de naissance est après l'arrivée en France", "BirthDate")]
    [TestCase("Tropage", "1990-01-01", "2025-05-01", "GN", "le jeune aurait plus de 25 ans à son arrivée", "BirthDate")]
    [TestCase("Futur", "+10", null, "GN", "La date de naissance ne peut pas être dans le futur.", "BirthDate")]
    [TestCase("Inexistante", "2008-02-30", null, "GN", "Cette date n'est pas valide", "BirthDate")]
    [TestCase("Paysinconnu", "2008-01-01", null, "ZZ", "Ce code de pays n'existe pas.", "Nationality")]
    public async Task Bad_input_is_refused_in_french_next_to_its_field_and_nothing_is_saved(
        string lastName, string birth, string? arrival, string nationality, string expected, string field)
    {
        using var client = await SignedInAsync(Roles.YouthWorker);
        var fields = Registration("Jeune", lastName, null);
        fields["Input.BirthDate"] = birth.StartsWith('+') ? Iso(Today.AddDays(int.Parse(birth, CultureInfo.InvariantCulture))) : birth;
        fields["Input.ArrivalInFrance"] = arrival ?? string.Empty;
        fields["Input.Nationality"] = nationality;

        using var response = await client.SubmitAsync("/Jeunes/Nouveau", fields);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PageClient.ErrorsOf(response)).ShouldContain(expected);
        FieldError(await PageClient.TextOf(response), field).ShouldContain(expected);
        (await CountAsync(lastName)).ShouldBe(0);
    }

    [Test]
    public async Task Html_in_a_name_is_shown_escaped_never_raw()
    {
        const string script = "<script>alert(1)</script>";
        using var client = await SignedInAsync(Roles.YouthWorker);
        var refused = Registration(script, "Balise", new DateOnly(2008, 6, 1));
        refused["Input.Nationality"] = "ZZ";

        using var redisplayed = await client.SubmitAsync("/Jeunes/Nouveau", refused);

        (await PageClient.ErrorsOf(redisplayed)).ShouldContain("Ce code de pays n'existe pas.");
        var form = await redisplayed.Content.ReadAsStringAsync();
        form.ShouldNotContain(script);
        form.ShouldContain("&lt;script&gt;");

        using var registered = await client.SubmitAsync("/Jeunes/Nouveau", Registration(script, "Balise", new DateOnly(2008, 6, 1)));
        registered.StatusCode.ShouldBe(HttpStatusCode.Redirect, await PageClient.ErrorsOf(registered));
        using var list = await SearchAsync(client, "Balise");
        var html = await list.Content.ReadAsStringAsync();
        html.ShouldNotContain(script);
        html.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt; Balise");
    }

    [Test]
    public async Task Each_youth_worker_sees_only_the_young_people_they_follow_and_a_coordinator_sees_all()
    {
        var mine = await App.CreateAccountAsync(Roles.YouthWorker);
        var theirs = await App.CreateAccountAsync(Roles.YouthWorker);
        var ousmane = await App.CreateYouthAsync("Ousmane", "Sylla", new DateOnly(2008, 2, 2), mine);
        var ibrahima = await App.CreateYouthAsync("Ibrahima", "Keita", new DateOnly(2007, 7, 7), theirs);
        using var client = App.CreatePageClient();
        await client.SignInAsync(mine);

        var list = await client.GetPageAsync("/Jeunes");
        list.ShouldContain("Ousmane Sylla");
        list.ShouldContain($"/Jeunes/{ousmane}");
        list.ShouldNotContain("Keita");
        list.ShouldNotContain(ibrahima.ToString());
        var search = await SearchPageAsync(client, "keita");
        search.ShouldContain("Aucun jeune ne correspond à cette recherche.");
        search.ShouldNotContain(ibrahima.ToString());

        using var coordination = await SignedInAsync(Roles.Coordinator);
        (await SearchPageAsync(coordination, "sylla")).ShouldContain("Ousmane Sylla");
        (await SearchPageAsync(coordination, "keita")).ShouldContain("Ibrahima Keita");
    }

    [Test]
    public async Task A_psychologist_sees_only_the_young_people_of_their_groups_without_status()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var psychologist = await App.CreateAccountAsync(Roles.Psychologist);
        await App.CreateYouthAsync("Aminata", "Soumah", new DateOnly(2008, 9, 9), worker, psychologist);
        await App.CreateYouthAsync("Mariama", "Condé", new DateOnly(2008, 8, 8), worker);
        using var client = App.CreatePageClient();
        await client.SignInAsync(psychologist);

        var list = await client.GetPageAsync("/Jeunes");

        list.ShouldContain("Aminata Soumah");
        list.ShouldNotContain("Mariama");
        list.ShouldNotContain("name=\"statut\"", customMessage: "no status filter");
        list.ShouldNotContain(">Statut<", customMessage: "no status on the cards");
        list.ShouldNotContain("Premier contact");
        list.ShouldNotContain("Inscrire un jeune");
        (await SearchPageAsync(client, string.Empty, new() { ["statut"] = "FirstContact" })).ShouldContain("Ce filtre n'est pas disponible pour votre rôle.");

        using var workerClient = App.CreatePageClient();
        await workerClient.SignInAsync(worker);
        var workerList = await workerClient.GetPageAsync("/Jeunes");
        workerList.ShouldContain("name=\"statut\"");
        workerList.ShouldContain(">Statut<");
    }

    [TestCase(Roles.Admin, "/Jeunes")]
    [TestCase(Roles.Admin, "/Jeunes/Nouveau")]
    [TestCase(Roles.Admin, "/Jeunes/Modifier/{0}")]
    [TestCase(Roles.Psychologist, "/Jeunes/Nouveau")]
    [TestCase(Roles.Psychologist, "/Jeunes/Modifier/{0}")]
    public async Task Pages_beyond_a_role_answer_403(string role, string page)
    {
        var account = await App.CreateAccountAsync(role);
        var youth = await App.CreateYouthAsync("Lamine", "Fofana", new DateOnly(2008, 4, 4), account);
        using var client = App.CreatePageClient();
        await client.SignInAsync(account);

        using var response = await client.GetAsync(string.Format(CultureInfo.InvariantCulture, page, youth));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await PageClient.TextOf(response)).ShouldContain("Accès refusé");
    }

    [TestCase(Roles.YouthWorker, true)]
    [TestCase(Roles.Psychologist, true)]
    [TestCase(Roles.Coordinator, true)]
    [TestCase(Roles.Admin, false)]
    public async Task The_menu_and_the_home_page_lead_to_the_young_people_for_staff_only(string role, bool offered)
    {
        using var client = await SignedInAsync(role);

        var home = await client.GetPageAsync("/");

        Regex.Count(home, "href=\"/Jeunes\"").ShouldBe(offered ? 2 : 0, "a menu item and a tile");
        Regex.Count(home, "href=\"/Journal\"").ShouldBe(offered ? 2 : 0, "a menu item and a tile");
        home.Contains("Journal du jour", StringComparison.Ordinal).ShouldBe(offered);
    }

    [Test]
    public async Task A_youth_worker_corrects_an_identity_and_returns_to_the_file()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await App.CreateYouthAsync("Alseny", "Kourouma", new DateOnly(2008, 10, 10), worker);
        using var client = App.CreatePageClient();
        await client.SignInAsync(worker);
        var form = await client.GetPageAsync($"/Jeunes/Modifier/{youth}");
        form.ShouldContain("value=\"Alseny\"");
        form.ShouldContain("value=\"2008-10-10\"");
        var fields = Correction("Alsény", "Kourouma", new DateOnly(2008, 10, 10), ExpectedVersionIn(form));
        fields["Input.OtherLanguages"] = "sw";

        using var saved = await client.SubmitAsync($"/Jeunes/Modifier/{youth}", fields);

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await PageClient.ErrorsOf(saved));
        saved.Headers.Location!.OriginalString.ShouldBe($"/Jeunes/{youth}");
        var stored = await App.WithServiceAsync<string, RemivDbContext>(db =>
            db.Youths.Where(y => y.Id == youth).Select(y => y.FirstName).SingleAsync());
        stored.ShouldBe("Alsény");
        var again = await client.GetPageAsync($"/Jeunes/Modifier/{youth}");
        again.ShouldContain("value=\"sw\" selected=\"selected\"", customMessage: "a language outside the common ones is kept in its own list");
    }

    [Test]
    public async Task A_stale_edit_is_refused_with_what_changed_and_keeps_what_the_second_person_typed()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await App.CreateYouthAsync("Saidou", "Bah", new DateOnly(2007, 12, 12), worker);
        using var first = App.CreatePageClient();
        await first.SignInAsync(worker);
        using var second = await SignedInAsync(Roles.Coordinator);
        var firstVersion = ExpectedVersionIn(await first.GetPageAsync($"/Jeunes/Modifier/{youth}"));
        var secondVersion = ExpectedVersionIn(await second.GetPageAsync($"/Jeunes/Modifier/{youth}"));

        using var saved = await first.SubmitAsync($"/Jeunes/Modifier/{youth}", Correction("Saïdou", "Bah", new DateOnly(2007, 12, 12), firstVersion));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await PageClient.ErrorsOf(saved));
        using var stale = await second.SubmitAsync($"/Jeunes/Modifier/{youth}", Correction("Seydou", "Bah", new DateOnly(2007, 12, 12), secondVersion));

        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PageClient.ErrorsOf(stale)).ShouldContain("Cet élément a été modifié par quelqu'un d'autre entre-temps.");
        var page = await PageClient.TextOf(stale);
        ConflictSection(page).ShouldContain("Ce qui a changé : Prénom");
        ConflictSection(page).ShouldContain("Seydou", customMessage: "the second person's typing is not lost");
        page.ShouldContain("value=\"Saïdou\"", customMessage: "the form now shows the current version");
        ExpectedVersionIn(page).ShouldBeGreaterThan(secondVersion);
        var stored = await App.WithServiceAsync<string, RemivDbContext>(db =>
            db.Youths.Where(y => y.Id == youth).Select(y => y.FirstName).SingleAsync());
        stored.ShouldBe("Saïdou");
    }

    [Test]
    public async Task An_archived_file_shows_no_correction_form()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        // Archived before its first save: changing a stored file's owned lists is the use cases' business (and see the report).
        var youth = await App.WithServiceAsync<Guid, RemivDbContext>(async db =>
        {
            var identity = new YouthIdentity("Sékou", "Traoré", new DateOnly(2006, 6, 6), BirthDateStanding.Declared, Sex.Male, "ML", ["bm"],
                InterpreterNeeded: false, Phone: null, ArrivalInFrance: Today.AddDays(-200), ReferredBy: null, Accommodation: null);
            var file = Youth.Register(identity, Today.AddDays(-100), worker.Id, Today, DateTimeOffset.UtcNow);
            file.Archive(Today, ExitReason.MovedAway, "Départ de la Vienne", worker.Id, Today, DateTimeOffset.UtcNow);
            db.Youths.Add(file);
            await db.SaveChangesAsync();
            return file.Id;
        });
        using var client = App.CreatePageClient();
        await client.SignInAsync(worker);

        var page = await client.GetPageAsync($"/Jeunes/Modifier/{youth}");

        page.ShouldContain("Ce dossier est archivé");
        page.ShouldNotContain("name=\"Input.FirstName\"");
        (await SearchPageAsync(client, "traore")).ShouldContain("Aucun jeune ne correspond à cette recherche.");
        (await SearchPageAsync(client, "traore", new() { ["archives"] = "true" })).ShouldContain("Sékou Traoré");
    }

    [TestCase("محمد", "عبد الله", "محمد")]
    [TestCase("ሰላም", "ተስፋይ", "ሰላም")]
    public async Task Names_in_their_own_script_are_stored_and_shown_exactly_as_given(string firstName, string lastName, string search)
    {
        using var client = await SignedInAsync(Roles.YouthWorker);

        using var response = await client.SubmitAsync("/Jeunes/Nouveau", Registration(firstName, lastName, new DateOnly(2008, 1, 20)));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await PageClient.ErrorsOf(response));
        var id = YouthIdIn(response);
        var stored = await App.WithServiceAsync<string[], RemivDbContext>(db =>
            db.Youths.Where(y => y.Id == id).Select(y => new[] { y.FirstName, y.LastName }).SingleAsync());
        stored.ShouldBe(new[] { firstName, lastName });
        using var list = await SearchAsync(client, search);
        var html = await list.Content.ReadAsStringAsync();
        html.ShouldContain($"<bdi>{firstName} {lastName}</bdi>", customMessage: "written as given, not as HTML entities");
    }

    [Test]
    public async Task The_list_is_paged_by_twenty()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        for (var i = 0; i < 21; i++)
        {
            await App.CreateYouthAsync("Pagination", $"Numero{(char)('a' + i)}", new DateOnly(2008, 1, 1).AddDays(i), worker);
        }

        using var client = App.CreatePageClient();
        await client.SignInAsync(worker);

        var first = await SearchPageAsync(client, "pagination", new() { ["archives"] = "true" });
        first.ShouldContain("21 jeunes");
        first.ShouldContain("Page 1 sur 2");
        first.ShouldContain("Suivante");
        first.ShouldNotContain("Précédente");
        first.ShouldContain("Pagination Numeroa");
        first.ShouldNotContain("Pagination Numerou");
        AddressesIn(first).ShouldAllBe(address => !address.Contains("pagination", StringComparison.OrdinalIgnoreCase), "the pages are buttons, not links");
        var next = PagerFields(first);
        next["q"].ShouldBe("pagination", "the next page is the same search");
        next["archives"].ShouldBe("true", "with the same filters");
        next["p"] = PagerButton(first, "Suivante");
        next["p"].ShouldBe("2");

        using var secondResponse = await client.SubmitAsync("/Jeunes", next);
        secondResponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        secondResponse.RequestMessage!.RequestUri!.PathAndQuery.ShouldBe("/Jeunes");
        var second = await PageClient.TextOf(secondResponse);
        second.ShouldContain("Page 2 sur 2");
        second.ShouldContain("Précédente");
        PagerButton(second, "Précédente").ShouldBe("1");
        second.ShouldContain("Pagination Numerou");
        second.ShouldNotContain("Pagination Numeroa");
    }

    [Test]
    public async Task A_name_search_is_posted_and_the_name_is_in_no_address_of_the_answer()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await App.CreateYouthAsync("Hawa", "Tounkara", new DateOnly(2008, 5, 5), worker);
        using var client = App.CreatePageClient();
        await client.SignInAsync(worker);
        var form = await client.GetPageAsync("/Jeunes");
        SearchForm(form).ShouldContain("method=\"post\"", Case.Sensitive, "the name travels in the body of the request");

        using var response = await SearchAsync(client, "Tounkara");

        response.StatusCode.ShouldBe(HttpStatusCode.OK, "the results are the answer to the POST, not a redirect to an address");
        response.Headers.Location.ShouldBeNull();
        response.RequestMessage!.RequestUri!.ToString().ShouldNotContain("tounkara", Case.Insensitive);
        var html = await PageClient.TextOf(response);
        html.ShouldContain("Hawa Tounkara");
        html.ShouldContain($"href=\"/Jeunes/{youth}\"");
        html.ShouldContain("value=\"Tounkara\"", Case.Sensitive, "the search field keeps what was typed");
        AddressesIn(html).ShouldNotBeEmpty();
        AddressesIn(html).ShouldAllBe(address => !address.Contains("tounkara", StringComparison.OrdinalIgnoreCase), "no link or form address carries the name");
    }

    [Test]
    public async Task A_name_in_an_old_link_is_not_searched_and_leaves_the_address()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        await App.CreateYouthAsync("Nènè", "Doumbouya", new DateOnly(2008, 7, 7), worker);
        await App.CreateYouthAsync("Kadiatou", "Cissé", new DateOnly(2007, 3, 3), worker);
        using var client = App.CreatePageClient();
        await client.SignInAsync(worker);

        using var old = await client.GetAsync("/Jeunes?q=doumbouya&p=1");

        old.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        old.Headers.Location!.OriginalString.ShouldBe("/Jeunes", "the criteria of the link are dropped");
        var list = await client.GetPageAsync(old.Headers.Location.OriginalString);
        list.ShouldContain("Nènè Doumbouya");
        list.ShouldContain("Kadiatou Cissé", customMessage: "the list is not filtered by the name in the link");
        list.ShouldNotContain("value=\"doumbouya\"", Case.Insensitive, "the name is not put back in the search field");
    }

    private async Task<PageClient> SignedInAsync(string role)
    {
        var account = await App.CreateAccountAsync(role);
        var client = App.CreatePageClient();
        await client.SignInAsync(account);
        return client;
    }

    /// <summary>Searches as the page's form does: the name and the filters in the body of a POST to /Jeunes.</summary>
    private static Task<HttpResponseMessage> SearchAsync(PageClient client, string text, Dictionary<string, string>? filters = null) =>
        client.SubmitAsync("/Jeunes", new Dictionary<string, string>(filters ?? []) { ["q"] = text });

    private static async Task<string> SearchPageAsync(PageClient client, string text, Dictionary<string, string>? filters = null)
    {
        using var response = await SearchAsync(client, text, filters);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, "POST /Jeunes");
        return await PageClient.TextOf(response);
    }

    /// <summary>Every address of the page: links, form actions, images and scripts.</summary>
    private static List<string> AddressesIn(string html) =>
        [.. Regex.Matches(html, "\\b(?:href|action|src|formaction)=\"([^\"]*)\"", RegexOptions.None, TimeSpan.FromSeconds(1)).Select(m => m.Groups[1].Value)];

    private static string SearchForm(string html)
    {
        var match = Regex.Match(html, "<form[^>]*role=\"search\"[^>]*>", RegexOptions.None, TimeSpan.FromSeconds(1));
        match.Success.ShouldBeTrue("the page has a search form");
        return match.Value;
    }

    private static string PagerForm(string html)
    {
        var match = Regex.Match(html, "<nav class=\"pager\".*?</nav>", RegexOptions.Singleline, TimeSpan.FromSeconds(1));
        match.Success.ShouldBeTrue("the page has a pager");
        match.Value.ShouldContain("method=\"post\"");
        return match.Value;
    }

    /// <summary>The hidden fields the pager's form sends back: the criteria of the search shown.</summary>
    private static Dictionary<string, string> PagerFields(string html) =>
        Regex.Matches(PagerForm(html), "<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"", RegexOptions.None, TimeSpan.FromSeconds(1))
            .Where(m => m.Groups[1].Value != "__RequestVerificationToken")
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

    /// <summary>The page a pager button asks for.</summary>
    private static string PagerButton(string html, string label)
    {
        var match = Regex.Match(PagerForm(html), $"<button type=\"submit\"[^>]*name=\"p\" value=\"(\\d+)\">{label}</button>", RegexOptions.None, TimeSpan.FromSeconds(1));
        match.Success.ShouldBeTrue($"the pager has a « {label} » button");
        return match.Groups[1].Value;
    }

    private Task<int> CountAsync(string lastName) =>
        App.WithServiceAsync<int, RemivDbContext>(db => db.Youths.CountAsync(y => y.LastName == lastName));

    private static Dictionary<string, string> Registration(string firstName, string lastName, DateOnly? birthDate) => new()
    {
        ["Input.FirstName"] = firstName,
        ["Input.LastName"] = lastName,
        ["Input.BirthDate"] = birthDate is { } birth ? Iso(birth) : string.Empty,
        ["Input.BirthDateStanding"] = "Declared",
        ["Input.Sex"] = "Male",
        ["Input.Nationality"] = "GN",
        ["Input.Languages"] = "ff",
        ["Input.OtherLanguages"] = string.Empty,
        ["Input.InterpreterNeeded"] = "true",
        ["Input.ArrivalInFrance"] = Iso(Today.AddDays(-90)),
        ["Input.ReferredBy"] = "Maraude de la gare",
        ["Input.Accommodation"] = "Hôtel 115",
    };

    /// <summary>The identity <see cref="RemivWebFactory.CreateYouthAsync"/> gives, with other names.</summary>
    private static Dictionary<string, string> Correction(string firstName, string lastName, DateOnly birthDate, int expectedVersion)
    {
        var fields = Registration(firstName, lastName, birthDate);
        fields["ExpectedVersion"] = expectedVersion.ToString(CultureInfo.InvariantCulture);
        fields["Input.Languages"] = "fr";
        fields["Input.OtherLanguages"] = "ff";
        fields["Input.ArrivalInFrance"] = Iso(Today.AddDays(-60));
        return fields;
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Guid YouthIdIn(HttpResponseMessage response)
    {
        var match = YouthFileAddress().Match(response.Headers.Location!.OriginalString);
        match.Success.ShouldBeTrue($"redirected to a young person's file, not {response.Headers.Location}");
        return Guid.Parse(match.Groups[1].Value);
    }

    private static int ExpectedVersionIn(string page)
    {
        var match = ExpectedVersionField().Match(page);
        match.Success.ShouldBeTrue("the form carries the version it was filled from");
        return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static string DuplicatesSection(string html)
    {
        var match = Section("duplicates").Match(html);
        match.Success.ShouldBeTrue("the page shows the likely duplicates");
        return match.Value;
    }

    private static string ConflictSection(string html)
    {
        var match = Section("conflict").Match(html);
        match.Success.ShouldBeTrue("the page shows what changed meanwhile");
        return match.Value;
    }

    private static Regex Section(string cssClass) =>
        new($"<section class=\"{cssClass}\".*?</section>", RegexOptions.Singleline, TimeSpan.FromSeconds(1));

    private static string FieldError(string page, string field)
    {
        var match = new Regex($"data-valmsg-for=\"Input\\.{field}\"[^>]*>(.*?)</span>", RegexOptions.Singleline, TimeSpan.FromSeconds(1)).Match(page);
        match.Success.ShouldBeTrue($"an error is shown next to {field}");
        return match.Groups[1].Value;
    }

    [GeneratedRegex("^/Jeunes/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$")]
    private static partial Regex YouthFileAddress();

    [GeneratedRegex("name=\"ExpectedVersion\"[^>]*value=\"(\\d+)\"")]
    private static partial Regex ExpectedVersionField();
}
