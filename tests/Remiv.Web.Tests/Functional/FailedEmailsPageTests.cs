using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Remiv.Domain.Notifications;
using Remiv.Domain.Security;
using Remiv.Infrastructure.Persistence;
using Remiv.Web.Tests.Support;

namespace Remiv.Web.Tests.Functional;

/// <summary>
/// The administrators' page of emails that could not be sent (/Admin/Envois): what it shows, sending one again, and
/// who may open it. The emails are written straight into the outbox (the dispatcher is a job run by the system
/// identity), then failed with the domain's own method, as the dispatcher would after the mail server's refusal.
/// </summary>
public sealed partial class FailedEmailsPageTests(string provider) : FunctionalFixture(provider)
{
    [Test]
    public async Task An_administrator_sees_a_failed_email_and_sends_it_again_to_the_accounts_current_address()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var subject = "Remiv : rappels d'échéance " + Guid.NewGuid().ToString("N")[..8];
        var email = await FailedEmailAsync(worker.Id, "ancienne-adresse@remiv.example", subject, "550 5.1.1 Mailbox unavailable");
        using var client = await SignedInAsync(Roles.Admin);

        var page = await client.GetPageAsync("/Admin/Envois");

        var row = RowOf(page, subject);
        row.ShouldContain("ancienne-adresse@remiv.example");
        row.ShouldContain("550 5.1.1 Mailbox unavailable");
        row.ShouldContain("<td>1</td>", customMessage: "one attempt");
        row.ShouldContain("En échec");
        DateShown().IsMatch(row).ShouldBeTrue("the date is written dd/MM/yyyy");
        row.ShouldContain("Renvoyer");
        row.ShouldContain($"value=\"{email}\"");
        page.ShouldContain("href=\"/hangfire\"");

        using var retried = await client.SubmitAsync("/Admin/Envois", new Dictionary<string, string> { ["id"] = email.ToString() }, "/Admin/Envois?handler=Retry");

        retried.StatusCode.ShouldBe(HttpStatusCode.Redirect, await PageClient.ErrorsOf(retried));
        retried.Headers.Location!.OriginalString.ShouldBe("/Admin/Envois");
        var stored = await StoredAsync(email);
        stored.Status.ShouldBe(EmailStatus.Pending);
        stored.Attempts.ShouldBe(0);
        stored.Recipient.ShouldBe(worker.Email, "sent again to the account's address as it is now");
        var after = await client.GetPageAsync("/Admin/Envois");
        after.ShouldContain("Le courriel repart : il sera envoyé dans les prochaines minutes.");
        after.ShouldNotContain(subject, customMessage: "a pending email, not yet tried again, is no longer a failure");
    }

    [Test]
    public async Task An_email_still_being_retried_is_listed_without_the_button()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var subject = "Remiv : rappel " + Guid.NewGuid().ToString("N")[..8];
        await App.WithServiceAsync<int, RemivDbContext>(db =>
        {
            var email = new OutgoingEmail(worker.Id, worker.Email, subject, "Corps du message", DateTimeOffset.UtcNow);
            email.AttemptFailed("Connection refused", permanent: false, DateTimeOffset.UtcNow);
            db.OutgoingEmails.Add(email);
            return db.SaveChangesAsync();
        });
        using var client = await SignedInAsync(Roles.Admin);

        var row = RowOf(await client.GetPageAsync("/Admin/Envois"), subject);

        row.ShouldContain("Nouvel essai prévu");
        row.ShouldContain("Connection refused");
        row.ShouldNotContain("Renvoyer");
    }

    [Test]
    public async Task An_email_to_a_deleted_account_cannot_be_sent_again_and_the_page_says_why()
    {
        var subject = "Remiv : rappel " + Guid.NewGuid().ToString("N")[..8];
        var email = await FailedEmailAsync(Guid.NewGuid(), "parti@remiv.example", subject, "550 No such user");
        using var client = await SignedInAsync(Roles.Admin);

        using var refused = await client.SubmitAsync("/Admin/Envois", new Dictionary<string, string> { ["id"] = email.ToString() }, "/Admin/Envois?handler=Retry");

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PageClient.ErrorsOf(refused)).ShouldContain("Ce compte n'existe plus : le message ne peut pas être renvoyé.");
        RowOf(await PageClient.TextOf(refused), subject).ShouldContain("En échec");
        (await StoredAsync(email)).Status.ShouldBe(EmailStatus.Failed);
    }

    [Test]
    public async Task Sending_again_an_email_that_does_not_exist_is_a_404()
    {
        using var client = await SignedInAsync(Roles.Admin);

        using var response = await client.SubmitAsync("/Admin/Envois", new Dictionary<string, string> { ["id"] = Guid.NewGuid().ToString() }, "/Admin/Envois?handler=Retry");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [TestCase(Roles.Coordinator)]
    [TestCase(Roles.YouthWorker)]
    [TestCase(Roles.Psychologist)]
    public async Task Staff_get_403_on_the_page_and_cannot_send_an_email_again(string role)
    {
        var email = await FailedEmailAsync(Guid.NewGuid(), "quelquun@remiv.example", "Remiv : rappel", "550 No such user");
        using var client = await SignedInAsync(role);

        using var page = await client.GetAsync("/Admin/Envois");
        // The token of a page the person may open, posted to the handler of the one they may not.
        using var posted = await client.SubmitAsync("/", new Dictionary<string, string> { ["id"] = email.ToString() }, "/Admin/Envois?handler=Retry");

        page.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await PageClient.TextOf(page)).ShouldContain("Accès refusé");
        posted.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await StoredAsync(email)).Status.ShouldBe(EmailStatus.Failed);
    }

    [Test]
    public async Task An_anonymous_visitor_is_sent_to_the_sign_in_page()
    {
        using var client = App.CreatePageClient();

        using var response = await client.GetAsync("/Admin/Envois");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/Connexion");
    }

    private async Task<PageClient> SignedInAsync(string role)
    {
        var client = App.CreatePageClient();
        await client.SignInAsync(await App.CreateAccountAsync(role));
        return client;
    }

    /// <summary>An email the mail server refused for good (an address that cannot exist), as the dispatcher records it.</summary>
    private Task<Guid> FailedEmailAsync(Guid recipientId, string address, string subject, string error) =>
        App.WithServiceAsync<Guid, RemivDbContext>(async db =>
        {
            var email = new OutgoingEmail(recipientId, address, subject, "Corps du message", DateTimeOffset.UtcNow);
            email.AttemptFailed(error, permanent: true, DateTimeOffset.UtcNow);
            db.OutgoingEmails.Add(email);
            await db.SaveChangesAsync();
            return email.Id;
        });

    private Task<OutgoingEmail> StoredAsync(Guid emailId) =>
        App.WithServiceAsync<OutgoingEmail, RemivDbContext>(db => db.OutgoingEmails.AsNoTracking().SingleAsync(e => e.Id == emailId));

    /// <summary>The table row of the email with this subject.</summary>
    private static string RowOf(string page, string subject)
    {
        var row = Rows().Matches(page).Select(m => m.Value).SingleOrDefault(r => r.Contains(subject, StringComparison.Ordinal));
        row.ShouldNotBeNull($"the page lists the email \"{subject}\"");
        return row;
    }

    [GeneratedRegex("<tr>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex Rows();

    [GeneratedRegex(@"\b\d{2}/\d{2}/\d{4} \d{2}:\d{2}\b")]
    private static partial Regex DateShown();
}
