using Remiv.Application.Notifications.Commands;
using Remiv.Domain.Notifications;
using Remiv.Domain.Security;
using Remiv.Web.Tests.Support;

namespace Remiv.Web.Tests.Reminders;

/// <summary>Two runs of a job at the same moment on the same database (two servers, or a manual trigger): nothing is sent twice.</summary>
[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.Providers))]
public sealed class ConcurrentJobRunTests(string provider)
{
    [Test]
    public async Task Two_scans_started_at_once_deliver_each_reminder_once_and_write_one_email_per_person()
    {
        var day = new DateOnly(2027, 2, 8);
        using var hub = new ReminderHub(provider, day.AddDays(-3));
        var workers = new[] { await hub.App.CreateAccountAsync(Roles.YouthWorker), await hub.App.CreateAccountAsync(Roles.YouthWorker) };
        var coordinator = await hub.App.CreateAccountAsync(Roles.Coordinator);
        var youth = await hub.App.CreateYouthAsync("Lamine", "Cissé", new DateOnly(2010, 7, 7), workers);
        foreach (var worker in workers)
        {
            for (var i = 0; i < 8; i++)
            {
                // Due in a week, today, and two days ago (created before it, so that coordinators hear of it today).
                await hub.CreateDeadlineAsync(workers[0], youth, $"Échéance {i}", day.AddDays(7), responsible: worker.Id);
                await hub.CreateDeadlineAsync(workers[0], youth, $"Échéance {i} du jour", day, responsible: worker.Id);
                await hub.CreateDeadlineAsync(workers[0], youth, $"Échéance {i} dépassée", day.AddDays(-2), responsible: worker.Id);
            }
        }

        hub.MoveTo(day, ReminderHub.ScanTime);
        var results = await Task.WhenAll(hub.ScanAsync(), hub.ScanAsync());

        // Each worker, for each i: 1 reminder (7 days before), 2 (2 days before, today), 3 (on the day and the day after
        // to the worker, two days after to the coordinator).
        var expected = 2 * 8 * (1 + 2 + 3);
        results.Sum(r => r.Reminders).ShouldBe(expected);
        results.Sum(r => r.Emails).ShouldBe(3, "one email for each worker and one for the coordinator");
        var deliveries = await hub.DeliveriesAsync();
        deliveries.Count.ShouldBe(expected);
        deliveries.Select(Sent.Of).Distinct().Count().ShouldBe(expected);
        (await hub.OutboxAsync()).Count.ShouldBe(3);

        await Task.WhenAll(hub.DispatchAsync(), hub.DispatchAsync());
        await hub.DispatchAsync();
        foreach (var person in workers.Append(coordinator))
        {
            hub.App.SentMail.Count(m => m.To == person.Email).ShouldBe(1);
        }
    }

    [Test]
    public async Task Two_digests_started_at_once_write_one_digest_per_person()
    {
        var day = new DateOnly(2027, 2, 9);
        using var hub = new ReminderHub(provider, day);
        var readers = new[] { await hub.App.CreateAccountAsync(Roles.YouthWorker), await hub.App.CreateAccountAsync(Roles.YouthWorker) };
        var youth = await hub.App.CreateYouthAsync("Kadiatou", "Bangoura", new DateOnly(2010, 8, 8), readers);
        foreach (var reader in readers)
        {
            await hub.AsAsync(reader, m => m.Send(new SetReminderEmailMode(ReminderEmailMode.DailyDigest)));
            for (var i = 0; i < 5; i++)
            {
                await hub.CreateDeadlineAsync(readers[0], youth, $"Échéance {i}", day.AddDays(i % 2 == 0 ? 7 : 2), responsible: reader.Id);
            }
        }

        hub.MoveTo(day, ReminderHub.ScanTime);
        await hub.ScanAsync();
        hub.MoveTo(day, ReminderHub.DigestTime);
        var written = await Task.WhenAll(hub.DigestAsync(), hub.DigestAsync());
        await hub.DispatchAsync();

        written.Sum().ShouldBe(2);
        foreach (var reader in readers)
        {
            hub.App.SentMail.Count(m => m.To == reader.Email).ShouldBe(1);
        }
    }
}
