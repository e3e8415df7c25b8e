using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;
using Remiv.Web.Tests.Support;

namespace Remiv.Web.Tests.Functional;

/// <summary>
/// The workshop pages as the team uses them: kinds managed by coordinators (a duplicate name refused), a session planned
/// and found in the week's list, bad input refused beside the fields with nothing saved, and the attendance sheet: the
/// regulars of the class (outside the worker's group too, by name only), a search by name in the body of a POST whose
/// matches join the sheet, the save, and a stale sheet refused in French.
/// </summary>
public sealed partial class WorkshopPagesTests(string provider) : FunctionalFixture(provider)
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
    public async Task A_coordinator_adds_a_kind_a_duplicate_name_is_refused_and_the_kind_is_retired()
    {
        using var client = App.CreatePageClient();
        await client.SignInAsync(_coordinator);
        var name = "Théâtre " + WorkshopData.Unique();

        using var added = await client.SubmitAsync("/Ateliers/Types", new Dictionary<string, string> { ["Input.Name"] = name, ["Input.Track"] = "CultureSport" },
            "/Ateliers/Types?handler=Add");
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await client.GetPageAsync("/Ateliers/Types");
        page.ShouldContain("Le type d'atelier est ajouté.");
        page.ShouldContain(name);

        using var duplicate = await client.SubmitAsync("/Ateliers/Types",
            new Dictionary<string, string> { ["Input.Name"] = name.ToLowerInvariant(), ["Input.Track"] = "Social" }, "/Ateliers/Types?handler=Add");
        duplicate.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PageClient.TextOf(duplicate)).ShouldContain("Un type d'atelier porte déjà ce nom : choisissez-en un autre, ou réactivez l'ancien s'il est retiré.");
        (await WorkshopData.KindNamesAsync(App)).Count(n => n.Equals(name, StringComparison.OrdinalIgnoreCase)).ShouldBe(1);

        var id = Guid.Parse(KindIdOf(page, name));
        using var retired = await client.SubmitAsync("/Ateliers/Types", new Dictionary<string, string>
        {
            ["Input.KindId"] = id.ToString(), ["Input.ExpectedVersion"] = "0", ["Input.Name"] = name, ["Input.Track"] = "CultureSport",
        }, "/Ateliers/Types?handler=Retire");
        retired.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetPageAsync("/Ateliers/Nouvelle")).ShouldNotContain(name, customMessage: "a retired kind is not offered for new sessions");
    }

    [Test]
    public async Task A_youth_worker_plans_a_session_and_finds_it_in_the_weeks_list()
    {
        var kindName = "Cours " + WorkshopData.Unique();
        var kind = await WorkshopData.KindAsync(App, kindName, Track.Language);
        using var client = App.CreatePageClient();
        await client.SignInAsync(_worker);
        var day = WorkshopData.Today().AddDays(1);

        using var response = await client.SubmitAsync("/Ateliers/Nouvelle", Session(kind, day, "10:00", "12:00", $"u:{_worker.Id}"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await PageClient.ErrorsOf(response));
        var list = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        list.ShouldContain("La séance est prévue.");
        list.ShouldContain($"<strong dir=\"auto\">{kindName}</strong>");
        list.ShouldContain("10:00–12:00");
        list.ShouldContain("Salle de cours de la M3Q");
        list.ShouldContain(day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        list.ShouldContain("Semaine précédente");
        var filtered = await client.GetPageAsync($"/Ateliers?semaine={Iso(day)}&type={await WorkshopData.KindAsync(App, "Autre " + WorkshopData.Unique(), Track.Social)}");
        filtered.ShouldNotContain($"<strong dir=\"auto\">{kindName}</strong>", customMessage: "the filter by kind keeps only that kind");
        filtered.ShouldContain("Aucune séance cette semaine.");
    }

    [Test]
    public async Task A_session_is_changed_on_its_page_and_a_stale_edit_is_refused_in_french()
    {
        var kind = await WorkshopData.KindAsync(App, "Aide " + WorkshopData.Unique(), Track.Administrative);
        var partner = await WorkshopData.PartnerAsync(App, "Coallia " + WorkshopData.Unique());
        var session = await WorkshopData.SessionAsync(App, kind, WorkshopData.Today().AddDays(2), _worker.Id);
        var address = $"/Ateliers/{session}/Modifier";
        using var client = App.CreatePageClient();
        await client.SignInAsync(_worker);
        var fields = Session(kind, WorkshopData.Today().AddDays(2), "14:00", "16:30", $"p:{partner}");
        fields["Input.ExpectedVersion"] = "0";
        fields["Input.FacilitatorName"] = "Awa";

        using var changed = await client.SubmitAsync(address, fields);
        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect, await PageClient.ErrorsOf(changed));
        var form = await client.GetPageAsync(address);
        form.ShouldContain("value=\"14:00\"");
        form.ShouldContain($"value=\"p:{partner}\" selected=\"selected\"");
        form.ShouldContain("value=\"Awa\"");

        fields["Input.Start"] = "09:00";
        using var stale = await client.SubmitAsync(address, fields);
        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PageClient.ErrorsOf(stale)).ShouldContain("Cet élément a été modifié par quelqu'un d'autre entre-temps.");
        (await WorkshopData.VersionAsync(App, session)).ShouldBe(1, "nothing saved from the stale form");
    }

    public static IEnumerable<TestCaseData> Bad_pages()
    {
        yield return new TestCaseData("12:00", "10:00", "u", "L'heure de fin doit venir après l'heure de début.");
        yield return new TestCaseData("10:00", "12:00", "", "Indiquez qui anime la séance : un membre de l'équipe ou un partenaire.");
        yield return new TestCaseData("10:00", "12:00", "p", "Ce partenaire est introuvable ou ne travaille plus avec le pôle : choisissez-en un dans la liste.");
        yield return new TestCaseData("", "12:00", "u", "Indiquez l'heure de début (hh:mm).");
    }

    [TestCaseSource(nameof(Bad_pages))]
    public async Task A_bad_session_is_refused_on_the_page_in_french_and_nothing_is_saved(string start, string end, string facilitator, string message)
    {
        var kind = await WorkshopData.KindAsync(App, "Sport " + WorkshopData.Unique(), Track.CultureSport);
        using var client = App.CreatePageClient();
        await client.SignInAsync(_worker);
        var before = await WorkshopData.SessionCountAsync(App);
        var choice = facilitator switch { "u" => $"u:{_worker.Id}", "p" => $"p:{Guid.NewGuid()}", _ => string.Empty };

        using var response = await client.SubmitAsync("/Ateliers/Nouvelle", Session(kind, WorkshopData.Today(), start, end, choice));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PageClient.ErrorsOf(response)).ShouldContain(message);
        (await WorkshopData.SessionCountAsync(App)).ShouldBe(before);
    }

    [Test]
    public async Task A_youth_worker_takes_the_class_attendance_adding_a_young_person_found_by_name()
    {
        var kind = await WorkshopData.KindAsync(App, "Français " + WorkshopData.Unique(), Track.Language);
        var awa = await App.CreateYouthAsync("عائشة", "Konaté", null, _colleague);
        var mine = await App.CreateYouthAsync("Ousmane", "Traoré", null, _worker);
        var gone = await App.CreateYouthAsync("Sékou", "Bangoura", null, _colleague);
        var newcomer = await App.CreateYouthAsync("Lamine", "Fofana", null, _colleague);
        await WorkshopData.SessionAsync(App, kind, WorkshopData.Today().AddDays(-7), _colleague.Id, awa, mine, gone);
        await WorkshopData.ArchiveAsync(App, gone);
        var session = await WorkshopData.SessionAsync(App, kind, WorkshopData.Today(), _worker.Id);
        var address = $"/Ateliers/{session}/Presence";
        using var client = App.CreatePageClient();
        await client.SignInAsync(_worker);

        var sheet = await client.GetPageAsync(address);
        sheet.ShouldContain("<span dir=\"auto\">عائشة Konaté</span>");
        sheet.ShouldContain("Ousmane Traoré");
        sheet.ShouldNotContain("Bangoura", customMessage: "an archived file is never a candidate");
        sheet.ShouldNotContain("Fofana");
        sheet.ShouldContain($"href=\"/Jeunes/{mine}\"");
        sheet.ShouldNotContain($"href=\"/Jeunes/{awa}\"", customMessage: "outside the worker's group: the name, not the file");
        using (var file = await client.GetAsync($"/Jeunes/{awa}"))
        {
            file.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        var version = Regex.Match(sheet, "name=\"version\" value=\"(\\d+)\"").Groups[1].Value;
        using var search = await PostAsync(client, address, $"{address}?handler=Chercher",
            [("q", "fofana"), ("presents", awa.ToString()), ("version", version)]);
        search.StatusCode.ShouldBe(HttpStatusCode.OK);
        search.RequestMessage!.RequestUri!.Query.ShouldNotContain("fofana", Case.Insensitive);
        var found = await PageClient.TextOf(search);
        found.ShouldContain("Lamine Fofana");
        Ticked(found, awa).ShouldBeTrue("what was ticked stays ticked");
        Ticked(found, newcomer).ShouldBeFalse();
        Ticked(found, mine).ShouldBeFalse();

        using var saved = await PostAsync(client, address, address,
            [("version", version), ("presents", awa.ToString()), ("presents", newcomer.ToString()), ("affiches", mine.ToString())]);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await PageClient.ErrorsOf(saved));
        var after = await client.GetPageAsync(address);
        after.ShouldContain("La présence est enregistrée.");
        after.ShouldContain("2 présents");
        Ticked(after, awa).ShouldBeTrue();
        Ticked(after, newcomer).ShouldBeTrue();
        Ticked(after, mine).ShouldBeFalse();
        (await WorkshopData.PresentAsync(App, session)).ShouldBe([awa, newcomer], ignoreOrder: true);

        using var stale = await PostAsync(client, address, address, [("version", version), ("presents", mine.ToString())]);
        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PageClient.ErrorsOf(stale)).ShouldContain("Quelqu'un a enregistré la présence entre-temps : voici la feuille à jour.");
        (await WorkshopData.PresentAsync(App, session)).ShouldBe([awa, newcomer], ignoreOrder: true, "nothing saved from a stale sheet");
    }

    [Test]
    public async Task Attendance_for_a_session_still_to_come_is_refused_on_the_page()
    {
        var kind = await WorkshopData.KindAsync(App, "Sortie " + WorkshopData.Unique(), Track.CultureSport);
        var youth = await App.CreateYouthAsync("Mariama", "Diallo", null, _worker);
        var session = await WorkshopData.SessionAsync(App, kind, WorkshopData.Today().AddDays(3), _worker.Id);
        var address = $"/Ateliers/{session}/Presence";
        using var client = App.CreatePageClient();
        await client.SignInAsync(_worker);

        (await client.GetPageAsync(address)).ShouldContain("Cette séance n'a pas encore eu lieu : la présence se relève le jour de l'atelier ou après.");
        using var response = await PostAsync(client, address, address, [("version", "0"), ("presents", youth.ToString())]);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PageClient.ErrorsOf(response)).ShouldContain("La présence se relève le jour de l'atelier ou après : cette séance n'a pas encore eu lieu.");
        (await WorkshopData.PresentAsync(App, session)).ShouldBeEmpty();
    }

    /// <summary>Posts a form whose fields repeat (the boxes ticked), with the antiforgery token of <paramref name="formPage"/>.</summary>
    private static async Task<HttpResponseMessage> PostAsync(PageClient client, string formPage, string action, IEnumerable<(string Name, string Value)> fields)
    {
        var html = await client.GetPageAsync(formPage);
        var token = Token().Match(html).Groups[1].Value;
        using var content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
            .Append(new KeyValuePair<string, string>("__RequestVerificationToken", token)));
        return await client.Http.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    private static bool Ticked(string html, Guid youth) =>
        html.Contains($"id=\"present-{youth}\" name=\"presents\" value=\"{youth}\" checked=\"checked\"", StringComparison.Ordinal);

    private static Dictionary<string, string> Session(Guid kind, DateOnly day, string start, string end, string facilitator) => new()
    {
        ["Input.KindId"] = kind.ToString(),
        ["Input.Date"] = Iso(day),
        ["Input.Start"] = start,
        ["Input.End"] = end,
        ["Input.Place"] = "Salle de cours de la M3Q",
        ["Input.Facilitator"] = facilitator,
    };

    private static string KindIdOf(string page, string name)
    {
        var at = page.IndexOf($"value=\"{name}\"", StringComparison.Ordinal);
        at.ShouldBeGreaterThan(0);
        return KindId().Matches(page[..at]).Last().Groups[1].Value;
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"Input.KindId\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex KindId();
}
