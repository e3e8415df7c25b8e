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

        var search = await client.GetPageAsync("/Journal?q=abd");

        search.ShouldContain("Abdoulaye Diallo");
        search.ShouldNotContain("Mamadou Sow");
        search.ShouldContain($"value=\"{youth}\" checked=\"checked\"", Case.Sensitive, "a single match is already chosen");
        var submission = SubmissionId().Match(search);
        submission.Success.ShouldBeTrue("the quick entry carries a submission id");

        using var saved = await client.SubmitAsync("/Journal?q=abd", new Dictionary<string, string>
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

        using var withoutYouth = await client.SubmitAsync("/Journal?q=ami", fields, "/Journal");
        fields["Input.YouthId"] = youth.ToString();
        fields["Input.Text"] = " ";
        using var withoutText = await client.SubmitAsync("/Journal?q=ami", fields, "/Journal");

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
        (await client.GetPageAsync("/Journal?q=sou")).ShouldNotContain("Souleymane");

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

        var quick = await psychologistClient.GetPageAsync("/Journal?q=mar");
        quick.ShouldContain("Psychologique");
        quick.ShouldNotContain("Administratif");
        using var saved = await psychologistClient.SubmitAsync("/Journal?q=mar", new Dictionary<string, string>
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

    private async Task<PageClient> SignedInAsync(TestAccount account)
    {
        var client = App.CreatePageClient();
        await client.SignInAsync(account);
        return client;
    }

    [GeneratedRegex("name=\"Input.SubmissionId\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex SubmissionId();
}
