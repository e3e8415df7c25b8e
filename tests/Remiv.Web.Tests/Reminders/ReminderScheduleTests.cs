using System.Text.RegularExpressions;
using Remiv.Application.Deadlines.Commands;
using Remiv.Application.Notifications.Commands;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Notifications;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;
using Remiv.Web.Tests.Support;

namespace Remiv.Web.Tests.Reminders;

/// <summary>
/// Reminders over simulated days, as the schedule runs them (scan at 07:00, digest at 07:30, Paris time): each reminder
/// reaches the right people once, on its day; closed deadlines stop; moved deadlines follow their new date; downtime is
/// caught up in one email per person; a daily digest replaces the emails of those who chose it; summer time changes
/// nothing. Each test has an application, a database and a clock of its own.
/// </summary>
[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.Providers))]
public sealed partial class ReminderScheduleTests(string provider)
{
    [Test]
    public async Task Over_a_month_every_reminder_reaches_the_right_people_once_on_its_day_and_closed_or_moved_deadlines_stop()
    {
        var march1 = new DateOnly(2027, 3, 1);
        using var hub = new ReminderHub(provider, march1);
        var worker = await hub.App.CreateAccountAsync(Roles.YouthWorker);
        var otherWorker = await hub.App.CreateAccountAsync(Roles.YouthWorker);
        var coordinators = new[] { await hub.App.CreateAccountAsync(Roles.Coordinator), await hub.App.CreateAccountAsync(Roles.Coordinator) };
        var admin = await hub.App.CreateAccountAsync(Roles.Admin);
        var youth = await hub.App.CreateYouthAsync("Mamadou", "Diallo", new DateOnly(2010, 4, 2), worker);
        var others = await hub.App.CreateYouthAsync("Sekou", "Camara", new DateOnly(2010, 6, 2), otherWorker);

        var open = await hub.CreateDeadlineAsync(worker, youth, "Recours contre le refus de prise en charge", Day(10));
        var done = await hub.CreateDeadlineAsync(worker, youth, "Rendez-vous à la préfecture", Day(12));
        var cancelled = await hub.CreateDeadlineAsync(worker, youth, "Dossier de demande d'AME", Day(16));
        var moved = await hub.CreateDeadlineAsync(worker, youth, "Audience devant le juge des enfants", Day(14));
        var acrossSummerTime = await hub.CreateDeadlineAsync(worker, youth, "Renouvellement du récépissé", Day(29));
        var notMine = await hub.CreateDeadlineAsync(otherWorker, others, "Inscription au CAP", Day(20));

        var expected = new List<(DateOnly On, Sent Reminder)>();
        void Expect(Guid deadline, DateOnly due, int daysBefore, params TestAccount[] to) =>
            expected.AddRange(to.Select(p => (due.AddDays(-daysBefore), new Sent(deadline, due, daysBefore, p.Id))));
        foreach (var (deadline, due, responsible) in new[] { (open, Day(10), worker), (acrossSummerTime, Day(29), worker), (moved, Day(24), worker), (notMine, Day(20), otherWorker) })
        {
            Expect(deadline, due, 7, responsible);
            Expect(deadline, due, 2, responsible);
            Expect(deadline, due, 0, responsible);
            Expect(deadline, due, -1, responsible);
            Expect(deadline, due, -2, coordinators);
        }

        Expect(done, Day(12), 7, worker);  // sent on the 5th, before it was done on the 6th
        Expect(moved, Day(14), 7, worker); // sent on the 7th, before it moved on the 8th to the 24th

        var mailSeen = 0;
        for (var day = march1; day <= Day(31); day = day.AddDays(1))
        {
            var before = (await hub.DeliveriesAsync()).Select(Sent.Of).ToHashSet();
            await hub.RunMorningAsync(day);

            var today = (await hub.DeliveriesAsync()).Select(Sent.Of).Where(s => !before.Contains(s)).ToList();
            today.ShouldBe(expected.Where(e => e.On == day).Select(e => e.Reminder), ignoreOrder: true, $"reminders sent on {day:dd/MM/yyyy}");

            // Each person reminded today gets one email that day, listing exactly their deadlines of the day.
            var mail = hub.App.SentMail.Skip(mailSeen).ToList();
            mailSeen = hub.App.SentMail.Count;
            var everyone = new[] { worker, otherWorker, admin }.Concat(coordinators);
            foreach (var person in everyone)
            {
                var theirs = today.Where(s => s.RecipientId == person.Id).Select(s => s.DeadlineId).Distinct().ToList();
                var received = mail.Where(m => m.To == person.Email).ToList();
                if (theirs.Count == 0)
                {
                    received.ShouldBeEmpty($"{person.Role} on {day:dd/MM/yyyy}");
                    continue;
                }

                received.Count.ShouldBe(1, $"{person.Role} on {day:dd/MM/yyyy}");
                LinkedDeadlines(received[0].Body).ShouldBe(theirs, ignoreOrder: true);
            }

            hub.MoveTo(day, new TimeOnly(10, 0));
            if (day == Day(2))
            {
                var version = (await hub.DeadlineAsync(cancelled)).Version;
                await hub.AsAsync(worker, m => m.Send(new CloseDeadline(cancelled, version, DeadlineStatus.Cancelled, "La demande a été faite par l'hôpital.")));
            }
            else if (day == Day(6))
            {
                var version = (await hub.DeadlineAsync(done)).Version;
                await hub.AsAsync(worker, m => m.Send(new CloseDeadline(done, version, DeadlineStatus.Done, null)));
            }
            else if (day == Day(8))
            {
                var deadline = await hub.DeadlineAsync(moved);
                await hub.AsAsync(worker, m => m.Send(new UpdateDeadline(moved, deadline.Version, null, deadline.Track, deadline.Kind, deadline.Title,
                    deadline.Event, deadline.EventDate, Day(24), null, deadline.ResponsibleUserId, deadline.ReminderDays)));
            }
        }

        (await hub.DeliveriesAsync()).Count.ShouldBe(expected.Count);
        (await hub.DeliveriesAsync()).ShouldNotContain(d => d.DeadlineId == cancelled);
        (await hub.DeliveriesAsync()).ShouldNotContain(d => d.DeadlineId == moved && d.DueDate == Day(14) && d.DaysBefore != 7);
        (await hub.DeadlineAsync(open)).NextReminderOn.ShouldBeNull("every reminder of the open deadline has been handled");
    }

    [Test]
    public async Task After_three_days_down_the_next_run_sends_what_became_due_once_in_one_email_per_person()
    {
        var april1 = new DateOnly(2027, 4, 1);
        using var hub = new ReminderHub(provider, april1);
        var worker = await hub.App.CreateAccountAsync(Roles.YouthWorker);
        var secondWorker = await hub.App.CreateAccountAsync(Roles.YouthWorker);
        var coordinator = await hub.App.CreateAccountAsync(Roles.Coordinator);
        var youth = await hub.App.CreateYouthAsync("Aminata", "Konaté", new DateOnly(2010, 1, 9), worker);
        var secondYouth = await hub.App.CreateYouthAsync("Ibrahima", "Sow", new DateOnly(2009, 12, 9), secondWorker);
        var late = await hub.CreateDeadlineAsync(worker, youth, "Recours contre l'OQTF", new DateOnly(2027, 4, 12));
        var coming = await hub.CreateDeadlineAsync(worker, youth, "Rendez-vous au CIO", new DateOnly(2027, 4, 17));
        var other = await hub.CreateDeadlineAsync(secondWorker, secondYouth, "Visite médicale", new DateOnly(2027, 4, 11));
        for (var day = april1; day <= new DateOnly(2027, 4, 9); day = day.AddDays(1))
        {
            await hub.RunMorningAsync(day);
        }

        var before = (await hub.DeliveriesAsync()).Select(Sent.Of).ToHashSet();
        var mailBefore = hub.App.SentMail.Count;

        // Down on the 10th, 11th and 12th; back on the 13th at 07:00.
        await hub.RunMorningAsync(new DateOnly(2027, 4, 13));
        hub.MoveTo(new DateOnly(2027, 4, 13), new TimeOnly(8, 0));
        (await hub.ScanAsync()).Reminders.ShouldBe(0, "a second run the same day finds nothing left");
        await hub.DispatchAsync();

        var caughtUp = (await hub.DeliveriesAsync()).Select(Sent.Of).Where(s => !before.Contains(s)).ToList();
        caughtUp.ShouldBe(
        [
            new Sent(late, new DateOnly(2027, 4, 12), 2, worker.Id),
            new Sent(late, new DateOnly(2027, 4, 12), 0, worker.Id),
            new Sent(late, new DateOnly(2027, 4, 12), -1, worker.Id),
            new Sent(coming, new DateOnly(2027, 4, 17), 7, worker.Id),
            new Sent(other, new DateOnly(2027, 4, 11), 0, secondWorker.Id),
            new Sent(other, new DateOnly(2027, 4, 11), -1, secondWorker.Id),
            new Sent(other, new DateOnly(2027, 4, 11), -2, coordinator.Id),
        ], ignoreOrder: true);
        var mail = hub.App.SentMail.Skip(mailBefore).ToList();
        var workerMail = mail.Where(m => m.To == worker.Email).ShouldHaveSingleItem();
        LinkedDeadlines(workerMail.Body).ShouldBe([late, coming], ignoreOrder: true);
        workerMail.Body.ShouldContain("12/04/2027 (en retard d'un jour)");
        workerMail.Body.ShouldContain("17/04/2027 (dans 4 jours)");
        LinkedDeadlines(mail.Where(m => m.To == secondWorker.Email).ShouldHaveSingleItem().Body).ShouldBe([other]);
        LinkedDeadlines(mail.Where(m => m.To == coordinator.Email).ShouldHaveSingleItem().Body).ShouldBe([other]);
        mail.Count.ShouldBe(3);
    }

    [Test]
    public async Task A_person_who_chose_the_daily_digest_gets_one_email_at_half_past_seven_listing_all_and_none_per_reminder()
    {
        var may10 = new DateOnly(2027, 5, 10);
        using var hub = new ReminderHub(provider, may10);
        var digestReader = await hub.App.CreateAccountAsync(Roles.YouthWorker);
        var eachReminder = await hub.App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await hub.App.CreateYouthAsync("Fatoumata", "Bah", new DateOnly(2010, 2, 3), digestReader, eachReminder);
        await hub.AsAsync(digestReader, m => m.Send(new SetReminderEmailMode(ReminderEmailMode.DailyDigest)));
        var dueToday = await hub.CreateDeadlineAsync(digestReader, youth, "Rendez-vous à la PASS", may10);
        var inTwoDays = await hub.CreateDeadlineAsync(digestReader, youth, "Dépôt du dossier MDPH", may10.AddDays(2));
        var inAWeek = await hub.CreateDeadlineAsync(digestReader, youth, "Renouvellement de la carte AME", may10.AddDays(7));
        var colleagues = await hub.CreateDeadlineAsync(eachReminder, youth, "Entretien à la mission locale", may10, responsible: eachReminder.Id);

        hub.MoveTo(may10, ReminderHub.ScanTime);
        (await hub.ScanAsync()).Reminders.ShouldBe(4);
        await hub.DispatchAsync();

        hub.App.SentMail.ShouldNotContain(m => m.To == digestReader.Email, "no email per reminder for a digest reader");
        LinkedDeadlines(hub.App.SentMail.Where(m => m.To == eachReminder.Email).ShouldHaveSingleItem().Body).ShouldBe([colleagues]);

        hub.MoveTo(may10, ReminderHub.DigestTime);
        (await hub.DigestAsync()).ShouldBe(1);
        await hub.DispatchAsync();
        hub.MoveTo(may10, new TimeOnly(7, 35));
        (await hub.DigestAsync()).ShouldBe(0, "one digest a day, however often the job runs");
        hub.MoveTo(may10, new TimeOnly(9, 0));
        await hub.ScanAsync();
        await hub.DispatchAsync();

        var digest = hub.App.SentMail.Where(m => m.To == digestReader.Email).ShouldHaveSingleItem();
        digest.Subject.ShouldBe("Remiv : vos échéances du jour (3)");
        LinkedDeadlines(digest.Body).ShouldBe([dueToday, inTwoDays, inAWeek], ignoreOrder: true);
        hub.App.SentMail.Count(m => m.To == eachReminder.Email).ShouldBe(1);
    }

    [Test]
    public async Task Across_the_autumn_clock_change_each_reminder_goes_once_at_the_first_run_of_its_paris_day()
    {
        var start = new DateOnly(2027, 10, 19);
        using var hub = new ReminderHub(provider, start.AddDays(-1));
        var worker = await hub.App.CreateAccountAsync(Roles.YouthWorker);
        var coordinator = await hub.App.CreateAccountAsync(Roles.Coordinator);
        var youth = await hub.App.CreateYouthAsync("Moussa", "Keïta", new DateOnly(2010, 3, 3), worker);
        var dues = new[] { new DateOnly(2027, 10, 27), new DateOnly(2027, 10, 31), new DateOnly(2027, 11, 1) };
        var deadlines = new List<(Guid Id, DateOnly Due)>();
        foreach (var due in dues)
        {
            deadlines.Add((await hub.CreateDeadlineAsync(worker, youth, $"Échéance du {due:dd/MM}", due), due));
        }

        var expected = deadlines.SelectMany(d => new[] { 7, 2, 0, -1 }.Select(n => (On: d.Due.AddDays(-n), Reminder: new Sent(d.Id, d.Due, n, worker.Id)))
            .Append((On: d.Due.AddDays(2), Reminder: new Sent(d.Id, d.Due, -2, coordinator.Id)))).ToList();

        // Runs at 00:30, then every hour from 07:00 to 19:00, then 23:30: the first of each Paris day must send that
        // day's reminders (whatever the UTC date), the others nothing. On 31/10 the clocks go back at 03:00.
        var times = new[] { new TimeOnly(0, 30) }.Concat(Enumerable.Range(7, 13).Select(h => new TimeOnly(h, 0))).Append(new TimeOnly(23, 30)).ToList();
        for (var day = start; day <= new DateOnly(2027, 11, 5); day = day.AddDays(1))
        {
            foreach (var time in times)
            {
                hub.MoveTo(day, time);
                var result = await hub.ScanAsync();
                result.Reminders.ShouldBe(time == times[0] ? expected.Count(e => e.On == day) : 0, $"reminders sent at {time} on {day:dd/MM/yyyy}");
            }

            var deliveries = (await hub.DeliveriesAsync()).Select(Sent.Of).ToList();
            deliveries.ShouldBe(expected.Where(e => e.On <= day).Select(e => e.Reminder), ignoreOrder: true, $"by {day:dd/MM/yyyy}");
        }

        await hub.DispatchAsync();
        hub.App.SentMail.Count(m => m.To == worker.Email).ShouldBe(expected.Where(e => e.Reminder.RecipientId == worker.Id).Select(e => e.On).Distinct().Count());
        hub.App.SentMail.Count(m => m.To == coordinator.Email).ShouldBe(3);
    }

    [Test]
    public async Task An_archived_youths_deadlines_are_cancelled_and_send_nothing()
    {
        var june1 = new DateOnly(2027, 6, 1);
        using var hub = new ReminderHub(provider, june1);
        var worker = await hub.App.CreateAccountAsync(Roles.YouthWorker);
        var coordinator = await hub.App.CreateAccountAsync(Roles.Coordinator);
        var youth = await hub.App.CreateYouthAsync("Alpha", "Barry", new DateOnly(2009, 8, 1), worker);
        var first = await hub.CreateDeadlineAsync(worker, youth, "Demande de titre de séjour", june1.AddDays(5));
        var second = await hub.CreateDeadlineAsync(worker, youth, "Bilan de santé", june1.AddDays(12));
        var version = await hub.YouthVersionAsync(youth);
        await hub.AsAsync(coordinator, m => m.Send(new Remiv.Application.Youths.Commands.ArchiveYouth(youth, version, june1, "Départ de la Vienne")));

        for (var day = june1; day <= june1.AddDays(20); day = day.AddDays(1))
        {
            await hub.RunMorningAsync(day);
        }

        (await hub.DeadlineAsync(first)).Status.ShouldBe(DeadlineStatus.Cancelled);
        (await hub.DeadlineAsync(second)).Status.ShouldBe(DeadlineStatus.Cancelled);
        (await hub.DeliveriesAsync()).ShouldBeEmpty();
        (await hub.OutboxAsync()).ShouldBeEmpty();
        hub.App.SentMail.ShouldBeEmpty();
    }

    private static DateOnly Day(int day) => new(2027, 3, day);

    private static List<Guid> LinkedDeadlines(string body) =>
        [.. DeadlineLink().Matches(body).Select(m => Guid.Parse(m.Groups[1].Value))];

    [GeneratedRegex(@"/Echeances/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})")]
    private static partial Regex DeadlineLink();
}
