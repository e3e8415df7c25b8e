using Microsoft.EntityFrameworkCore;
using Remiv.Application.Reminders.Queries;
using Remiv.Domain.Notifications;
using Remiv.Domain.Security;
using Remiv.Web.Tests.Support;

namespace Remiv.Web.Tests.Reminders;

/// <summary>
/// Reminders through the real SMTP sender (MailKit) to a real SMTP server on loopback: what the email says, and what
/// happens when the mail server refuses for a while or for good.
/// </summary>
[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.Providers))]
public sealed class RealEmailTests(string provider)
{
    private static readonly DateOnly Day = new(2027, 9, 14);

    private TestSmtpServer _smtp = null!;

    [OneTimeSetUp]
    public void StartSmtpServer() => _smtp = new TestSmtpServer();

    [OneTimeTearDown]
    public void StopSmtpServer() => _smtp.Dispose();

    [Test]
    public async Task A_reminder_reaches_the_mail_server_with_the_initials_and_the_link_but_neither_the_name_nor_the_title()
    {
        using var hub = Hub();
        var worker = await hub.App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await hub.App.CreateYouthAsync("Mamadou", "Diallo", new DateOnly(2010, 4, 2), worker);
        var deadline = await hub.CreateDeadlineAsync(worker, youth, "Recours contre le refus de l'aide sociale", Day.AddDays(7));

        hub.MoveTo(Day, ReminderHub.ScanTime);
        (await hub.ScanAsync()).Emails.ShouldBe(1);
        (await hub.DispatchAsync()).Sent.ShouldBe(1);

        var message = _smtp.To(worker.Email).ShouldHaveSingleItem();
        message.From.Mailboxes.Single().Address.ShouldBe("remiv@remiv.example");
        message.To.Mailboxes.Single().Address.ShouldBe(worker.Email);
        var subject = message.Subject.ShouldNotBeNull();
        subject.ShouldBe("Remiv : rappel d'échéance");
        var body = message.TextBody.ShouldNotBeNull();
        body.ShouldContain($"- M. D. · Recours · {Day.AddDays(7):dd/MM/yyyy} (dans 7 jours)");
        body.ShouldContain($"https://remiv.example/Echeances/{deadline:D}");
        foreach (var personal in new[] { "Mamadou", "Diallo", "refus de l'aide sociale" })
        {
            body.ShouldNotContain(personal, Case.Insensitive);
            subject.ShouldNotContain(personal, Case.Insensitive);
        }

        (await hub.OutboxAsync()).ShouldHaveSingleItem().Status.ShouldBe(EmailStatus.Sent);
    }

    [Test]
    public async Task A_mail_server_that_says_try_later_gets_the_email_again_after_growing_delays_while_the_others_go_at_once()
    {
        using var hub = Hub();
        var deferred = await hub.App.CreateAccountAsync(Roles.YouthWorker);
        var other = await hub.App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await hub.App.CreateYouthAsync("Awa", "Traoré", new DateOnly(2010, 5, 6), deferred, other);
        await hub.CreateDeadlineAsync(deferred, youth, "Dépôt de la demande de titre", Day.AddDays(2));
        await hub.CreateDeadlineAsync(deferred, youth, "Rendez-vous au lycée", Day.AddDays(2), responsible: other.Id);
        _smtp.DeferredFor[deferred.Email] = true;
        var deferredBefore = _smtp.Deferred;

        hub.MoveTo(Day, ReminderHub.ScanTime);
        await hub.ScanAsync();
        (await hub.DispatchAsync()).ShouldBe(new Remiv.Application.Reminders.Commands.DispatchResult(Sent: 1, Failed: 1));
        _smtp.To(other.Email).Count.ShouldBe(1, "the other email does not wait for the refused one");

        hub.MoveTo(Day, new TimeOnly(7, 0, 30));
        await hub.DispatchAsync();
        (_smtp.Deferred - deferredBefore).ShouldBe(1, "not tried again before a minute");

        hub.MoveTo(Day, new TimeOnly(7, 1));
        await hub.DispatchAsync();
        (_smtp.Deferred - deferredBefore).ShouldBe(2, "tried again after a minute");
        var waiting = (await hub.OutboxAsync()).Single(e => e.Recipient == deferred.Email);
        waiting.Status.ShouldBe(EmailStatus.Pending);
        waiting.NextAttemptAt.ShouldBe(ReminderHub.ParisTime(Day, new TimeOnly(7, 3)), "then after two minutes");

        _smtp.DeferredFor.TryRemove(deferred.Email, out _);
        hub.MoveTo(Day, new TimeOnly(7, 2));
        await hub.DispatchAsync();
        _smtp.To(deferred.Email).ShouldBeEmpty();
        hub.MoveTo(Day, new TimeOnly(7, 3));
        await hub.DispatchAsync();
        hub.MoveTo(Day, new TimeOnly(8, 0));
        await hub.DispatchAsync();

        _smtp.To(deferred.Email).Count.ShouldBe(1);
        _smtp.To(other.Email).Count.ShouldBe(1);
        var sent = (await hub.OutboxAsync()).Single(e => e.Recipient == deferred.Email);
        sent.Status.ShouldBe(EmailStatus.Sent);
        sent.Attempts.ShouldBe(2);
    }

    [Test]
    public async Task An_address_that_cannot_exist_or_a_refused_mailbox_ends_failed_for_the_administrator_and_is_not_retried()
    {
        using var hub = Hub();
        var invalid = await hub.App.CreateAccountAsync(Roles.YouthWorker);
        var refused = await hub.App.CreateAccountAsync(Roles.YouthWorker);
        var fine = await hub.App.CreateAccountAsync(Roles.YouthWorker);
        var admin = await hub.App.CreateAccountAsync(Roles.Admin);
        var youth = await hub.App.CreateYouthAsync("Oumar", "Sylla", new DateOnly(2009, 11, 6), invalid, refused, fine);
        foreach (var person in new[] { invalid, refused, fine })
        {
            await hub.CreateDeadlineAsync(invalid, youth, "Convocation à l'audience", Day, responsible: person.Id);
        }

        await hub.ReadAsync(db => db.Users.Where(u => u.Id == invalid.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.Email, "adresse-sans-arobase")));
        _smtp.Refused[refused.Email] = true;

        hub.MoveTo(Day, ReminderHub.ScanTime);
        await hub.ScanAsync();
        (await hub.DispatchAsync()).ShouldBe(new Remiv.Application.Reminders.Commands.DispatchResult(Sent: 1, Failed: 2));
        hub.MoveTo(Day.AddDays(1), new TimeOnly(6, 0));
        (await hub.DispatchAsync()).ShouldBe(new Remiv.Application.Reminders.Commands.DispatchResult(Sent: 0, Failed: 0), "a permanent refusal is not retried");

        _smtp.To(fine.Email).Count.ShouldBe(1);
        _smtp.To(refused.Email).ShouldBeEmpty();
        var failed = await hub.AsAsync(admin, m => m.Send(new ListFailedEmails()));
        failed.Select(f => f.Recipient).ShouldBe(["adresse-sans-arobase", refused.Email], ignoreOrder: true);
        failed.ShouldAllBe(f => f.Status == EmailStatus.Failed && f.Attempts == 1 && f.LastError != null);
        failed.Single(f => f.Recipient == refused.Email).LastError.ShouldNotBeNull().ShouldContain("550");
    }

    private ReminderHub Hub() => new(provider, Day,
        new Dictionary<string, string?>(_smtp.Settings) { ["App:PublicBaseUrl"] = "https://remiv.example/" }, realEmail: true);
}
