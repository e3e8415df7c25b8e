using Microsoft.EntityFrameworkCore;
using Remiv.Application.Deadlines.Commands;
using Remiv.Application.Youths.Commands;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;
using Remiv.Web.Tests.Support;

namespace Remiv.Web.Tests.Reminders;

/// <summary>
/// Changes made to a deadline or a file during the day: an edit after the day's reminder went out must not resend it
/// nor stop the scan for everyone else; a new referent hears of the deadlines that default to the referent.
/// </summary>
[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.Providers))]
public sealed class ReminderChangeTests(string provider)
{
    private static readonly DateOnly March1 = new(2027, 3, 1);

    [Test]
    public async Task A_deadline_edited_after_its_reminder_of_the_day_is_not_reminded_again_and_the_other_deadlines_still_are()
    {
        using var hub = new ReminderHub(provider, March1);
        var worker = await hub.App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await hub.App.CreateYouthAsync("Mamadou", "Diallo", new DateOnly(2010, 4, 2), worker);
        var edited = await hub.CreateDeadlineAsync(worker, youth, "Recours contre le refus", March1.AddDays(7));
        await hub.RunMorningAsync(March1);
        (await hub.DeliveriesAsync()).Count(d => d.DeadlineId == edited).ShouldBe(1);
        var later = await hub.CreateDeadlineAsync(worker, youth, "Rendez-vous à la préfecture", March1.AddDays(9));

        hub.MoveTo(March1, new TimeOnly(9, 0));
        var deadline = await hub.DeadlineAsync(edited);
        await hub.AsAsync(worker, m => m.Send(new UpdateDeadline(edited, deadline.Version, null, deadline.Track, deadline.Kind,
            "Recours contre le refus (avocate prévenue)", deadline.Event, deadline.EventDate, deadline.DueDate, null, null, deadline.ReminderDays)));
        hub.MoveTo(March1, new TimeOnly(10, 0));
        var rescan = await hub.ScanAsync();

        rescan.Reminders.ShouldBe(0);
        (await hub.DeliveriesAsync()).Count(d => d.DeadlineId == edited).ShouldBe(1);
        await hub.RunMorningAsync(March1.AddDays(2));
        var deliveries = await hub.DeliveriesAsync();
        deliveries.Where(d => d.DeadlineId == later).Select(d => d.DaysBefore).ShouldBe([7]);
        deliveries.Where(d => d.DeadlineId == edited).Select(d => d.DaysBefore).ShouldBe([7]);
    }

    [Test]
    public async Task Deadlines_answered_by_the_referent_follow_a_change_of_referent()
    {
        using var hub = new ReminderHub(provider, March1);
        var first = await hub.App.CreateAccountAsync(Roles.YouthWorker);
        var second = await hub.App.CreateAccountAsync(Roles.YouthWorker);
        var coordinator = await hub.App.CreateAccountAsync(Roles.Coordinator);
        var youth = await hub.App.CreateYouthAsync("Awa", "Koné", new DateOnly(2010, 5, 5), first, second);
        var deadline = await hub.CreateDeadlineAsync(first, youth, "Dossier de demande d'AME", March1.AddDays(7));
        (await hub.DeadlineAsync(deadline)).ResponsibleUserId.ShouldBeNull();

        var version = await hub.YouthVersionAsync(youth);
        await hub.AsAsync(coordinator, m => m.Send(new ChangeFollowUpGroup(youth, version, second.Id, GroupChange.MakeReferent)));
        await hub.RunMorningAsync(March1);

        (await hub.DeliveriesAsync()).Where(d => d.DeadlineId == deadline).Select(d => d.RecipientId).ShouldBe([second.Id]);
    }

    [Test]
    public async Task The_nightly_sweep_gives_files_registered_before_the_deadlines_existed_their_automatic_deadlines_once()
    {
        using var hub = new ReminderHub(provider, March1);
        var worker = await hub.App.CreateAccountAsync(Roles.YouthWorker);
        // Registered straight in the database, as files were before this release: no command has synced them.
        var youth = await hub.App.CreateYouthAsync("Yonas", "Tesfaye", March1.AddYears(-17).AddDays(40), worker);

        (await hub.SyncAutomaticDeadlinesAsync()).ShouldBeGreaterThanOrEqualTo(1);
        await hub.SyncAutomaticDeadlinesAsync();

        var automatic = await hub.ReadAsync(db => db.Deadlines.AsNoTracking().Where(d => d.YouthId == youth && d.Automatic != null).ToListAsync());
        automatic.Select(d => d.Automatic).ShouldBe([AutomaticSource.SeventeenthBirthday, AutomaticSource.EighteenthBirthday], ignoreOrder: true);
        automatic.Single(d => d.Automatic == AutomaticSource.SeventeenthBirthday).DueDate.ShouldBe(March1.AddDays(40));
        automatic.ShouldAllBe(d => d.ResponsibleUserId == null && d.Status == DeadlineStatus.Open);
    }
}
