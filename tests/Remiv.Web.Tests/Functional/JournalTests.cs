using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;
using Remiv.Infrastructure.Persistence;
using Remiv.Web.Tests.Support;

namespace Remiv.Web.Tests.Functional;

/// <summary>The quick entry and the journal of the day (/Journal).</summary>
public sealed partial class JournalTests(string provider) : FunctionalFixture(provider)
{
    private static string Today =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).DateTime)
            .ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Test]
    public async Task A_quick_entry_finds_the_youth_by_three_letters_and_lands_in_the_journal_of_the_day()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await App.CreateYouthAsync("Abdoulaye", "Diallo", new DateOnly(2008, 9, 1), worker);
        await App.CreateYouthAsync("Mamadou", "Sow", null, worker);
        using var client = await SignedInAsync(worker);

        using var searched = await SearchAsync(client, "abd");
        searched.StatusCode.ShouldBe(HttpStatusCode.OK);
        var search = await PageClient.TextOf(searched);

        search.ShouldContain("Abdoulaye Diallo");
        search.ShouldNotContain("Mamadou Sow");
        search.ShouldContain($"value=\"{youth}\" checked=\"checked\"", Case.Sensitive, "a single match is already chosen");
        var submission = SubmissionId().Match(search);
        submission.Success.ShouldBeTrue("the quick entry carries a submission id");

        using var saved = await client.SubmitAsync("/Journal", new Dictionary<string, string>
        {
            ["q"] = "abd",
            ["Input.SubmissionId"] = submission.Groups[1].Value,
            ["Input.YouthId"] = youth.ToString(),
            ["Input.Track"] = "Social",
            ["Input.Kind"] = "Conversation",
            ["Input.Text"] = "Point sur la domiciliation.",
            ["Input.Date"] = Today,
        }, "/Journal");

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        saved.Headers.Location!.OriginalString.ShouldBe("/Journal");
        var journal = await client.GetPageAsync("/Journal");
        journal.ShouldContain("Entrée enregistrée.");
        journal.ShouldContain("Journal du jour");
        journal.ShouldContain("Point sur la domiciliation.");
        journal.ShouldContain($"href=\"/Jeunes/{youth}\"");
        journal.ShouldNotContain("name=\"Input.YouthId\"", Case.Sensitive, "the form is empty again");
        var entry = await App.WithServiceAsync<FollowUpEntry, RemivDbContext>(db => db.FollowUpEntries.SingleAsync(e => e.YouthId == youth));
        entry.Track.ShouldBe(Track.Social);
        entry.Kind.ShouldBe(EntryKind.Conversation);
        entry.Visibility.ShouldBe(EntryVisibility.FollowUpGroup);
        entry.AuthorId.ShouldBe(worker.Id);
    }

    [Test]
    public async Task A_quick_entry_without_a_youth_or_a_text_is_refused_in_french_and_keeps_what_was_typed()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await App.CreateYouthAsync("Aminata", "Bangoura", null, worker);
        using var client = await SignedInAsync(worker);
        var fields = new Dictionary<string, string>
        {
            ["q"] = "ami", ["Input.SubmissionId"] = Guid.NewGuid().ToString(), ["Input.Track"] = "Health", ["Input.Kind"] = "PhoneCall",
            ["Input.Text"] = "Appel au centre de santé.", ["Input.Date"] = Today,
        };

        using var withoutYouth = await client.SubmitAsync("/Journal", fields);
        fields["Input.YouthId"] = youth.ToString();
        fields["Input.Text"] = " ";
        using var withoutText = await client.SubmitAsync("/Journal", fields);

        withoutYouth.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PageClient.ErrorsOf(withoutYouth)).ShouldContain("Choisissez le jeune.");
        (await PageClient.TextOf(withoutYouth)).ShouldContain("Appel au centre de santé.");
        withoutText.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PageClient.ErrorsOf(withoutText)).ShouldContain("Écrivez le contenu de l'entrée.");
        (await App.WithServiceAsync<int, RemivDbContext>(db => db.FollowUpEntries.CountAsync(e => e.YouthId == youth))).ShouldBe(0);
    }

    [Test]
    public async Task A_youth_worker_journal_lists_only_the_youths_of_their_groups()
    {
        var mine = await App.CreateAccountAsync(Roles.YouthWorker);
        var other = await App.CreateAccountAsync(Roles.YouthWorker);
        var coordinator = await App.CreateAccountAsync(Roles.Coordinator);
        var myYouth = await App.CreateYouthAsync("Cheick", "Doumbia", null, mine);
        var otherYouth = await App.CreateYouthAsync("Souleymane", "Camara", null, other);
        using var client = await SignedInAsync(mine);
        using var otherClient = await SignedInAsync(other);
        (await YouthFileTests.WriteEntryAsync(client, myYouth, "Administrative", "Récépissé retiré en préfecture.")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await YouthFileTests.WriteEntryAsync(otherClient, otherYouth, "Legal", "Audience chez le juge des enfants.")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var journal = await client.GetPageAsync("/Journal");
        journal.ShouldContain("Récépissé retiré en préfecture.");
        journal.ShouldContain("Cheick Doumbia");
        journal.ShouldNotContain("Audience chez le juge des enfants.");
        journal.ShouldNotContain("Souleymane");
        (await SearchPageAsync(client, "sou")).ShouldNotContain("Souleymane");

        using var coordinatorClient = await SignedInAsync(coordinator);
        var all = await coordinatorClient.GetPageAsync("/Journal");
        all.ShouldContain("Récépissé retiré en préfecture.");
        all.ShouldContain("Audience chez le juge des enfants.");
    }

    [Test]
    public async Task Psychological_entries_are_absent_from_the_journal_of_youth_workers_and_coordinators()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var psychologist = await App.CreateAccountAsync(Roles.Psychologist);
        var coordinator = await App.CreateAccountAsync(Roles.Coordinator);
        var youth = await App.CreateYouthAsync("Mariama", "Baldé", null, worker, psychologist);
        using var psychologistClient = await SignedInAsync(psychologist);

        var quick = await SearchPageAsync(psychologistClient, "mar");
        quick.ShouldContain("Psychologique");
        quick.ShouldNotContain("Administratif");
        using var saved = await psychologistClient.SubmitAsync("/Journal", new Dictionary<string, string>
        {
            ["q"] = "mar", ["Input.SubmissionId"] = SubmissionId().Match(quick).Groups[1].Value, ["Input.YouthId"] = youth.ToString(),
            ["Input.Track"] = "Psychological", ["Input.Kind"] = "Conversation", ["Input.Text"] = "Séance avec interprète : sommeil difficile.", ["Input.Date"] = Today,
        }, "/Journal");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await psychologistClient.GetPageAsync("/Journal")).ShouldContain("Séance avec interprète : sommeil difficile.");

        foreach (var account in new[] { worker, coordinator })
        {
            using var client = await SignedInAsync(account);
            var journal = await client.GetPageAsync("/Journal");
            journal.ShouldNotContain("sommeil difficile");
            journal.ShouldNotContain("Psychologique");
            (await client.GetPageAsync($"/Journal?date={Today}")).ShouldNotContain("sommeil difficile");
        }
    }

    [Test]
    public async Task The_journal_of_another_day_is_chosen_by_date()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await App.CreateYouthAsync("Boubacar", "Sylla", null, worker);
        using var client = await SignedInAsync(worker);
        var yesterday = DateOnly.ParseExact(Today, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(-1);
        using var written = await client.SubmitAsync($"/Jeunes/{youth}", new Dictionary<string, string>
        {
            ["Input.SubmissionId"] = Guid.NewGuid().ToString(), ["Input.Track"] = "Language", ["Input.Kind"] = "Workshop",
            ["Input.Date"] = yesterday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["Input.Text"] = "Atelier de français, niveau A2.",
            ["Input.Visibility"] = "FollowUpGroup",
        }, $"/Jeunes/{youth}?handler=Entry");
        written.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await client.GetPageAsync("/Journal")).ShouldNotContain("Atelier de français, niveau A2.");
        var thatDay = await client.GetPageAsync("/Journal?date=" + yesterday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        thatDay.ShouldContain("Atelier de français, niveau A2.");
        thatDay.ShouldContain("Journal du " + yesterday.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        (await client.GetPageAsync("/Journal?date=pas-une-date")).ShouldContain("Journal du jour");
    }

    [Test]
    public async Task The_letters_searched_are_posted_and_appear_in_no_address_before_or_after_the_entry()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await App.CreateYouthAsync("Oumou", "Kouyaté", null, worker);
        using var client = await SignedInAsync(worker);
        var form = await client.GetPageAsync("/Journal");
        Regex.Match(form, "<form[^>]*class=\"quick-search\"[^>]*>", RegexOptions.None, TimeSpan.FromSeconds(1)).Value
            .ShouldContain("method=\"post\"", Case.Sensitive, "the letters travel in the body of the request");

        using var searched = await SearchAsync(client, "kouy");

        searched.StatusCode.ShouldBe(HttpStatusCode.OK, "the youths found are the answer to the POST, not a redirect to an address");
        searched.Headers.Location.ShouldBeNull();
        searched.RequestMessage!.RequestUri!.ToString().ShouldNotContain("kouy", Case.Insensitive);
        var page = await PageClient.TextOf(searched);
        page.ShouldContain("Oumou Kouyaté");
        page.ShouldContain($"value=\"{youth}\" checked=\"checked\"", Case.Sensitive, "the youth found is a choice of the entry form");
        AddressesIn(page).ShouldNotBeEmpty();
        AddressesIn(page).ShouldAllBe(address => !address.Contains("kouy", StringComparison.OrdinalIgnoreCase), "no link or form address carries the letters");

        using var saved = await client.SubmitAsync("/Journal", new Dictionary<string, string>
        {
            ["q"] = "kouy", ["Input.SubmissionId"] = SubmissionId().Match(page).Groups[1].Value, ["Input.YouthId"] = youth.ToString(),
            ["Input.Track"] = "Health", ["Input.Kind"] = "Conversation", ["Input.Text"] = "Rendez-vous à la PASS.", ["Input.Date"] = Today,
        });

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await PageClient.ErrorsOf(saved));
        saved.Headers.Location!.OriginalString.ShouldBe("/Journal");
        var journal = await client.GetPageAsync("/Journal");
        journal.ShouldContain("Entrée enregistrée.");
        AddressesIn(journal).ShouldAllBe(address => !address.Contains("kouy", StringComparison.OrdinalIgnoreCase));
    }

    [Test]
    public async Task Letters_of_a_name_in_an_old_link_are_not_searched_and_leave_the_address()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await App.CreateYouthAsync("Fanta", "Kanté", null, worker);
        using var client = await SignedInAsync(worker);
        var yesterday = DateOnly.ParseExact(Today, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        using var old = await client.GetAsync("/Journal?q=kant");
        using var oldOfADay = await client.GetAsync($"/Journal?q=kant&date={yesterday}");

        old.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        old.Headers.Location!.OriginalString.ShouldBe("/Journal");
        oldOfADay.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        oldOfADay.Headers.Location!.OriginalString.ShouldBe($"/Journal?date={yesterday}", "the day is not personal and is kept");
        var page = await client.GetPageAsync(old.Headers.Location.OriginalString);
        page.ShouldNotContain(youth.ToString(), customMessage: "nothing was searched");
        page.ShouldNotContain("name=\"Input.YouthId\"", Case.Sensitive);
    }

    /// <summary>Searches as the quick entry does: the letters in the body of a POST to /Journal?handler=Chercher.</summary>
    private static Task<HttpResponseMessage> SearchAsync(PageClient client, string letters) =>
        client.SubmitAsync("/Journal", new Dictionary<string, string> { ["q"] = letters }, "/Journal?handler=Chercher");

    private static async Task<string> SearchPageAsync(PageClient client, string letters)
    {
        using var response = await SearchAsync(client, letters);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, "POST /Journal?handler=Chercher");
        return await PageClient.TextOf(response);
    }

    /// <summary>Every address of the page: links, form actions, images and scripts.</summary>
    private static List<string> AddressesIn(string html) =>
        [.. Regex.Matches(html, "\\b(?:href|action|src|formaction)=\"([^\"]*)\"", RegexOptions.None, TimeSpan.FromSeconds(1)).Select(m => m.Groups[1].Value)];

    private async Task<PageClient> SignedInAsync(TestAccount account)
    {
        var client = App.CreatePageClient();
        await client.SignInAsync(account);
        return client;
    }

    [GeneratedRegex("name=\"Input.SubmissionId\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex SubmissionId();
}
