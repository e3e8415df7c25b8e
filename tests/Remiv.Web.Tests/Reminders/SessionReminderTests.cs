using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Remiv.Application.Notifications.Commands;
using Remiv.Application.Notifications.Queries;
using Remiv.Application.Psychology.Sessions.Commands;
using Remiv.Application.Reminders.Commands;
using Remiv.Application.Youths.Commands;
using Remiv.Domain.Notifications;
using Remiv.Domain.Psychology;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;
using Remiv.Infrastructure.Persistence;
using Remiv.Web.Jobs;
using Remiv.Web.Tests.Support;

namespace Remiv.Web.Tests.Reminders;

/// <summary>
/// Reminders and news of psychological sessions, through the real pipeline, database and jobs, on a clock moved by hand
/// (Paris time): the day before, the psychologist and the young person's referent hear of each planned session once,
/// whatever the runs; a booking tells the referent (and the psychologist when a coordinator booked), a move or a cancellation tells the psychologist and the referent,
/// never the person who made the change; a moved session is reminded again for its new time; "tomorrow" is the Paris day
/// on the days the clocks change; emails carry initials, date, time, room and a link, never a name, a reason or a note;
/// those who chose one email a day find the news in their digest; the notifications page and API show it, only to those
/// who may still see the session. Each test has an application, a database and a clock of its own.
/// </summary>
[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.Providers))]
public sealed class SessionReminderTests(string provider)
{
    private const string FirstName = "Mamadou Saliou";
    private const string LastName = "Diallo";
    private const string Initials = "M. D.";

    [Test]
    public async Task A_session_of_tomorrow_is_reminded_once_to_its_psychologist_and_the_referent_whether_the_scan_runs_twice_or_twice_at_once()
    {
        var day = new DateOnly(2027, 3, 9);
        using var hub = new ReminderHub(provider, day.AddDays(-2));
        var scene = await SceneAsync(hub);
        var outsider = await hub.App.CreateAccountAsync(Roles.YouthWorker);
        var admin = await hub.App.CreateAccountAsync(Roles.Admin);
        hub.MoveTo(day.AddDays(-2), new TimeOnly(9, 0));
        var tomorrow = await BookAsync(hub, scene.Coordinator, scene, day, 10);
        var dayAfter = await BookAsync(hub, scene.Coordinator, scene, day.AddDays(1), 10);
        var cancelled = await BookAsync(hub, scene.Coordinator, scene, day, 14);
        await CancelAsync(hub, scene.Coordinator, cancelled, "La salle est en travaux");
        await hub.DispatchAsync();
        var mailBefore = hub.App.SentMail.Count;

        hub.MoveTo(day.AddDays(-1), ReminderHub.ScanTime);
        var runs = await Task.WhenAll(ScanSessionsAsync(hub), ScanSessionsAsync(hub));
        var again = await ScanSessionsAsync(hub);
        hub.MoveTo(day.AddDays(-1), new TimeOnly(18, 0));
        var evening = await ScanSessionsAsync(hub);
        await hub.DispatchAsync();

        runs.Sum(r => r.Reminders).ShouldBe(2, "the psychologist and the referent, once each, whichever run won");
        runs.Sum(r => r.Emails).ShouldBe(2);
        (again.Reminders, evening.Reminders).ShouldBe((0, 0));
        var reminded = await SessionRemindersAsync(hub);
        reminded.Select(r => (r.SessionId, r.RecipientId)).ShouldBe([(tomorrow, scene.Psychologist.Id), (tomorrow, scene.Referent.Id)], ignoreOrder: true);
        reminded.ShouldAllBe(r => r.Start == ReminderHub.ParisTime(day, new TimeOnly(10, 0)));
        var notices = await NoticesAsync(hub, NotificationKind.SessionTomorrow);
        notices.Select(n => n.UserId).ShouldBe([scene.Psychologist.Id, scene.Referent.Id], ignoreOrder: true);
        notices.ShouldAllBe(n => n.SessionId == tomorrow && n.YouthId == scene.Youth && n.DueDate == day && n.DaysBefore == 1);

        var mail = hub.App.SentMail.Skip(mailBefore).ToList();
        mail.Count.ShouldBe(2);
        foreach (var person in new[] { scene.Psychologist, scene.Referent })
        {
            var email = mail.Where(m => m.To == person.Email).ShouldHaveSingleItem();
            email.Subject.ShouldBe("Remiv : séance psychologique demain");
            email.Body.ShouldContain($"- {Initials} · séance psychologique demain · {day:dd/MM/yyyy} à 10:00 · {scene.RoomName}");
            email.Body.ShouldContain($"/Psychologie/Seances/{tomorrow:D}");
            email.Body.ShouldNotContain(dayAfter.ToString("D"));
            email.Body.ShouldNotContain(cancelled.ToString("D"));
        }

        hub.App.SentMail.ShouldNotContain(m => m.To == scene.Coordinator.Email || m.To == outsider.Email || m.To == admin.Email);
    }

    [Test]
    public async Task Every_hourly_scan_queues_the_session_reminders_as_a_job_of_their_own()
    {
        var day = new DateOnly(2027, 3, 24);
        using var hub = new ReminderHub(provider, day);
        var monitoring = hub.App.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        int Queued() => monitoring.EnqueuedJobs("default", 0, 1000).Count(j => j.Value.Job?.Method.Name == nameof(ReminderJobs.ScanSessionsAsync));
        var before = Queued();

        hub.MoveTo(day, ReminderHub.ScanTime);
        await hub.ScanAsync();
        hub.MoveTo(day, new TimeOnly(8, 0));
        await hub.ScanAsync();

        Queued().ShouldBe(before + 2);
    }

    [Test]
    public async Task A_moved_session_tells_the_psychologist_and_the_referent_but_never_who_moved_it_and_is_reminded_again_for_its_new_time()
    {
        var day = new DateOnly(2027, 3, 10);
        using var hub = new ReminderHub(provider, day.AddDays(-1));
        var scene = await SceneAsync(hub);
        hub.MoveTo(day.AddDays(-1), new TimeOnly(6, 30));
        var session = await BookAsync(hub, scene.Psychologist, scene, day, 10);
        (await NoticesAsync(hub, NotificationKind.SessionBooked)).Select(n => n.UserId).ShouldBe([scene.Referent.Id], "the referent only: the psychologist booked it");
        hub.MoveTo(day.AddDays(-1), ReminderHub.ScanTime);
        (await ScanSessionsAsync(hub)).Reminders.ShouldBe(2);

        hub.MoveTo(day.AddDays(-1), new TimeOnly(9, 0));
        await MoveAsync(hub, scene.Psychologist, session, scene, day, 14);
        (await NoticesAsync(hub, NotificationKind.SessionMoved)).Select(n => n.UserId).ShouldBe([scene.Referent.Id], "not the psychologist, who moved it");
        hub.MoveTo(day.AddDays(-1), new TimeOnly(10, 0));
        await MoveAsync(hub, scene.Coordinator, session, scene, day, 15);
        hub.MoveTo(day.AddDays(-1), new TimeOnly(11, 0));
        var rescan = await ScanSessionsAsync(hub);
        await hub.DispatchAsync();

        var moved = await NoticesAsync(hub, NotificationKind.SessionMoved);
        moved.Select(n => n.UserId).ShouldBe([scene.Referent.Id, scene.Referent.Id, scene.Psychologist.Id], ignoreOrder: true);
        moved.ShouldNotContain(n => n.UserId == scene.Coordinator.Id);
        rescan.Reminders.ShouldBe(2, "reminded again at its new time, to both");
        (await SessionRemindersAsync(hub)).Select(r => (r.Start, r.RecipientId)).ShouldBe(
        [
            (ReminderHub.ParisTime(day, new TimeOnly(10, 0)), scene.Psychologist.Id),
            (ReminderHub.ParisTime(day, new TimeOnly(10, 0)), scene.Referent.Id),
            (ReminderHub.ParisTime(day, new TimeOnly(15, 0)), scene.Psychologist.Id),
            (ReminderHub.ParisTime(day, new TimeOnly(15, 0)), scene.Referent.Id),
        ], ignoreOrder: true);

        var referentMail = hub.App.SentMail.Where(m => m.To == scene.Referent.Email).ToList();
        referentMail.Select(m => m.Subject).ShouldBe(
        [
            "Remiv : séance psychologique prévue", "Remiv : séance psychologique demain", "Remiv : séance psychologique déplacée",
            "Remiv : séance psychologique déplacée", "Remiv : séance psychologique demain",
        ]);
        referentMail[2].Body.ShouldContain($"- {Initials} · séance psychologique déplacée · {day:dd/MM/yyyy} à 14:00 · {scene.RoomName} (au lieu du {day:dd/MM/yyyy} à 10:00)");
        referentMail[3].Body.ShouldContain($"{day:dd/MM/yyyy} à 15:00 · {scene.RoomName} (au lieu du {day:dd/MM/yyyy} à 14:00)");
        referentMail[0].Body.ShouldContain("Pensez à l'accompagnement du jeune et, si besoin, à la réservation de l'interprète.");
        hub.App.SentMail.Where(m => m.To == scene.Psychologist.Email).Select(m => m.Subject).ShouldBe(
            ["Remiv : séance psychologique demain", "Remiv : séance psychologique déplacée", "Remiv : séance psychologique demain"]);
        hub.App.SentMail.ShouldNotContain(m => m.To == scene.Coordinator.Email);
    }

    [Test]
    public async Task A_cancelled_session_tells_the_psychologist_and_the_referent_and_is_no_longer_reminded()
    {
        var day = new DateOnly(2027, 3, 11);
        using var hub = new ReminderHub(provider, day.AddDays(-3));
        var scene = await SceneAsync(hub);
        var session = await BookAsync(hub, scene.Coordinator, scene, day, 11);
        hub.MoveTo(day.AddDays(-2), new TimeOnly(16, 0));
        await CancelAsync(hub, scene.Coordinator, session, "Rendez-vous à la préfecture le même jour");
        hub.MoveTo(day.AddDays(-1), ReminderHub.ScanTime);
        var scan = await ScanSessionsAsync(hub);
        await hub.DispatchAsync();

        scan.Sessions.ShouldBe(0);
        (await SessionRemindersAsync(hub)).ShouldBeEmpty();
        var cancelled = await NoticesAsync(hub, NotificationKind.SessionCancelled);
        cancelled.Select(n => n.UserId).ShouldBe([scene.Psychologist.Id, scene.Referent.Id], ignoreOrder: true);
        cancelled.ShouldAllBe(n => n.DueDate == day && n.DaysBefore == 2);
        foreach (var person in new[] { scene.Psychologist, scene.Referent })
        {
            var email = hub.App.SentMail.Where(m => m.To == person.Email).Last();
            email.Subject.ShouldBe("Remiv : séance psychologique annulée");
            email.Body.ShouldContain($"- {Initials} · séance psychologique annulée · {day:dd/MM/yyyy} à 11:00 · {scene.RoomName}");
            email.Body.ShouldContain("Si un interprète était réservé, pensez à le prévenir.");
            email.Body.ShouldNotContain("préfecture");
        }

        hub.App.SentMail.ShouldNotContain(m => m.To == scene.Coordinator.Email);
    }

    [Test]
    public async Task Session_emails_carry_initials_date_time_room_and_a_link_but_no_name_no_reason_and_no_note()
    {
        var day = new DateOnly(2027, 3, 12);
        using var hub = new ReminderHub(provider, day.AddDays(-2));
        var scene = await SceneAsync(hub);
        hub.MoveTo(day.AddDays(-2), new TimeOnly(9, 0));
        var session = await BookAsync(hub, scene.Coordinator, scene, day, 10, interpreter: "ps");
        const string note = "Cauchemars-Zanzibar-4417 : évoque le passage en Libye";
        await hub.App.WithServiceAsync<int, RemivDbContext>(async db =>
        {
            db.SessionNotes.Add(SessionNote.Write(await db.Sessions.SingleAsync(s => s.Id == session), scene.Psychologist.Id, note, true,
                hub.Clock.GetUtcNow()));
            return await db.SaveChangesAsync();
        });
        hub.MoveTo(day.AddDays(-1), ReminderHub.ScanTime);
        await ScanSessionsAsync(hub);
        hub.MoveTo(day.AddDays(-1), new TimeOnly(9, 0));
        await MoveAsync(hub, scene.Coordinator, session, scene, day, 15);
        hub.MoveTo(day.AddDays(-1), new TimeOnly(10, 0));
        const string reason = "Hospitalisation à Necker pour une crise d'angoisse";
        await CancelAsync(hub, scene.Coordinator, session, reason);
        await hub.DispatchAsync();

        var mail = hub.App.SentMail.Where(m => m.To == scene.Psychologist.Email || m.To == scene.Referent.Email).ToList();
        mail.Count.ShouldBe(8, "each of the referent and the psychologist: booked (by a coordinator), tomorrow, moved, cancelled");
        foreach (var email in mail)
        {
            var text = email.Subject + "\n" + email.Body;
            text.ShouldContain(Initials);
            text.ShouldContain("séance psychologique");
            text.ShouldContain(scene.RoomName);
            text.ShouldContain($"/Psychologie/Seances/{session:D}");
            text.ShouldContain($"{day:dd/MM/yyyy} à ");
            foreach (var secret in new[] { "Mamadou", "Saliou", LastName, reason, "Necker", "Zanzibar", "Libye", "Compte Psychologist", "Compte Coordinator", "ISM Interprétariat" })
            {
                text.ShouldNotContain(secret, Case.Insensitive, $"\"{email.Subject}\" to {email.To}");
            }
        }

        var stored = await hub.ReadAsync(db => db.OutgoingEmails.AsNoTracking().Select(e => e.Subject + e.Body).ToListAsync());
        stored.ShouldNotContain(t => t.Contains("Zanzibar") || t.Contains(LastName) || t.Contains("Necker"));
    }

    [TestCase(2027, 3, 28, TestName = "Tomorrow_is_the_paris_day_when_tomorrow_is_23_hours_long_spring")]
    [TestCase(2027, 10, 31, TestName = "Tomorrow_is_the_paris_day_when_tomorrow_is_25_hours_long_autumn")]
    public async Task On_a_day_the_clocks_change_tomorrow_is_the_paris_day(int year, int month, int dayOfMonth)
    {
        var day = new DateOnly(year, month, dayOfMonth);
        using var hub = new ReminderHub(provider, day.AddDays(-1));
        var scene = await SceneAsync(hub);
        var late = new TimeOnly(23, 30);
        var early = new TimeOnly(0, 30);
        var todayLate = await SeedAsync(hub, scene, day.AddDays(-1), late);
        var first = await SeedAsync(hub, scene, day, early);
        var last = await SeedAsync(hub, scene, day, late);
        var dayAfterEarly = await SeedAsync(hub, scene, day.AddDays(1), early);

        hub.MoveTo(day.AddDays(-1), ReminderHub.ScanTime);
        var scan = await ScanSessionsAsync(hub);

        scan.Sessions.ShouldBe(2);
        var reminded = await SessionRemindersAsync(hub);
        reminded.Select(r => r.SessionId).Distinct().ShouldBe([first, last], ignoreOrder: true);
        reminded.ShouldNotContain(r => r.SessionId == todayLate || r.SessionId == dayAfterEarly);
        (await NoticesAsync(hub, NotificationKind.SessionTomorrow)).ShouldAllBe(n => n.DueDate == day);
        await hub.DispatchAsync();
        var email = hub.App.SentMail.Where(m => m.To == scene.Psychologist.Email).ShouldHaveSingleItem();
        email.Subject.ShouldBe("Remiv : séances psychologiques demain (2)");
        email.Body.ShouldContain($"{day:dd/MM/yyyy} à 00:30");
        email.Body.ShouldContain($"{day:dd/MM/yyyy} à 23:30");
    }

    [Test]
    public async Task When_the_referent_can_no_longer_be_reached_the_youth_workers_of_the_group_are_told_instead()
    {
        var day = new DateOnly(2027, 3, 16);
        using var hub = new ReminderHub(provider, day.AddDays(-2));
        var referent = await hub.App.CreateAccountAsync(Roles.YouthWorker, active: false);
        var colleague = await hub.App.CreateAccountAsync(Roles.YouthWorker);
        var scene = await SceneAsync(hub, referent, colleague);
        var otherPsychologist = await PsychologistAsync(hub);
        var youth = scene.Youth;
        var version = await hub.YouthVersionAsync(youth);
        await hub.AsAsync(scene.Coordinator, m => m.Send(new ChangeFollowUpGroup(youth, version, otherPsychologist.Id, GroupChange.Add)));

        var session = await BookAsync(hub, scene.Coordinator, scene, day, 10);
        hub.MoveTo(day.AddDays(-1), ReminderHub.ScanTime);
        await ScanSessionsAsync(hub);

        (await NoticesAsync(hub, NotificationKind.SessionBooked)).Select(n => n.UserId).ShouldBe([scene.Psychologist.Id, colleague.Id], ignoreOrder: true,
            "the session's psychologist and the youth workers of the group, not its other psychologist, nor the inactive referent");
        (await NoticesAsync(hub, NotificationKind.SessionTomorrow)).Select(n => n.UserId).ShouldBe([scene.Psychologist.Id, colleague.Id], ignoreOrder: true);
        (await SessionRemindersAsync(hub)).ShouldAllBe(r => r.SessionId == session);
    }

    [Test]
    public async Task Who_chose_one_email_a_day_finds_the_news_of_sessions_in_the_morning_digest_instead_of_an_email_each()
    {
        var day = new DateOnly(2027, 3, 18);
        using var hub = new ReminderHub(provider, day.AddDays(-2));
        var scene = await SceneAsync(hub);
        await hub.AsAsync(scene.Referent, m => m.Send(new SetReminderEmailMode(ReminderEmailMode.DailyDigest)));
        hub.MoveTo(day.AddDays(-2), new TimeOnly(9, 0));
        await BookAsync(hub, scene.Coordinator, scene, day, 10);
        var gone = await BookAsync(hub, scene.Coordinator, scene, day, 16);
        hub.MoveTo(day.AddDays(-2), new TimeOnly(11, 0));
        await CancelAsync(hub, scene.Coordinator, gone, "Le jeune a déménagé à Lyon");
        await hub.DispatchAsync();
        hub.App.SentMail.ShouldNotContain(m => m.To == scene.Referent.Email, "no email for each notice");

        hub.MoveTo(day.AddDays(-1), ReminderHub.ScanTime);
        await ScanSessionsAsync(hub);
        await hub.DispatchAsync();
        hub.MoveTo(day.AddDays(-1), ReminderHub.DigestTime);
        (await hub.DigestAsync()).ShouldBe(1);
        await hub.DispatchAsync();

        var digest = hub.App.SentMail.Where(m => m.To == scene.Referent.Email).ShouldHaveSingleItem();
        digest.Subject.ShouldBe("Remiv : votre récapitulatif du jour (2)");
        digest.Body.ShouldContain($"- {Initials} · séance psychologique demain · {day:dd/MM/yyyy} à 10:00 · {scene.RoomName}");
        digest.Body.ShouldContain($"- {Initials} · séance psychologique annulée · {day:dd/MM/yyyy} à 16:00 · {scene.RoomName}");
        digest.Body.ShouldNotContain("Lyon");
        digest.Body.ShouldNotContain("prévue", Case.Sensitive, "the booking and the reminder of the same session make one line");
        (await hub.ReadAsync(db => db.Notifications.CountAsync(n => n.AwaitsDigest))).ShouldBe(0);
        hub.App.SentMail.Count(m => m.To == scene.Psychologist.Email).ShouldBe(4,
            "the psychologist, who chose nothing, had the two bookings by the coordinator, the cancellation and the reminder at once");
    }

    [Test]
    public async Task The_notifications_page_and_api_show_the_news_of_a_session_to_those_who_may_still_see_it()
    {
        var day = new DateOnly(2027, 3, 23);
        using var hub = new ReminderHub(provider, day.AddDays(-2));
        var secondWorker = await hub.App.CreateAccountAsync(Roles.YouthWorker);
        var scene = await SceneAsync(hub, extra: secondWorker);
        hub.MoveTo(day.AddDays(-2), new TimeOnly(9, 0));
        var session = await BookAsync(hub, scene.Psychologist, scene, day, 10);
        hub.MoveTo(day.AddDays(-2), new TimeOnly(9, 30));
        await MoveAsync(hub, scene.Coordinator, session, scene, day, 14);

        using var client = hub.App.CreatePageClient();
        await client.SignInAsync(scene.Referent);
        var page = await client.GetPageAsync("/Notifications");
        page.ShouldContain("2 notifications non lues");
        page.ShouldContain("Séance déplacée");
        page.ShouldContain("Séance prévue");
        page.ShouldContain($"<a href=\"/Psychologie/Seances/{session}\">Séance psychologique du {day:dd/MM/yyyy}, 14:00–15:00</a>");
        page.ShouldContain($"Salle : {scene.RoomName}");
        page.ShouldContain("Cette séance a été déplacée depuis.", Case.Sensitive, "the booking notice of a session moved since");
        page.ShouldContain($"{FirstName} {LastName}");

        var listed = await hub.AsAsync(scene.Referent, m => m.Send(new ListNotifications()));
        listed.Unread.ShouldBe(2);
        var newest = listed.Items[0];
        (newest.Kind, newest.SessionId, newest.DeadlineId, newest.RoomName, newest.SessionStatus).ShouldBe(
            (NotificationKind.SessionMoved, session, (Guid?)null, scene.RoomName, SessionStatus.Planned));
        newest.SessionStart.ShouldBe(ReminderHub.ParisTime(day, new TimeOnly(14, 0)));
        (newest.DueDate, newest.DaysLeft, newest.Moved).ShouldBe((day, 2, false));
        listed.Items[1].Kind.ShouldBe(NotificationKind.SessionBooked);
        listed.Items[1].Moved.ShouldBeTrue();

        using (var api = hub.App.CreatePageClient())
        {
            api.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await ApiTokens.ForAsync(api, scene.Referent));
            var items = (await api.Http.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/notifications", UriKind.Relative))).GetProperty("items");
            items[0].GetProperty("kind").GetString().ShouldBe("SessionMoved");
            items[0].GetProperty("sessionId").GetGuid().ShouldBe(session);
            items[0].GetProperty("roomName").GetString().ShouldBe(scene.RoomName);
            items[0].GetProperty("sessionStatus").GetString().ShouldBe("Planned");
        }

        // The referent hands over and leaves the group: the news of the session leaves with them.
        var version = await hub.YouthVersionAsync(scene.Youth);
        version = await hub.AsAsync(scene.Coordinator, m => m.Send(new ChangeFollowUpGroup(scene.Youth, version, secondWorker.Id, GroupChange.MakeReferent)));
        await hub.AsAsync(scene.Coordinator, m => m.Send(new ChangeFollowUpGroup(scene.Youth, version, scene.Referent.Id, GroupChange.Remove)));

        (await hub.AsAsync(scene.Referent, m => m.Send(new ListNotifications()))).Items.ShouldBeEmpty();
        (await hub.AsAsync(scene.Referent, m => m.Send(new CountUnreadNotifications()))).ShouldBe(0);
        (await hub.AsAsync(scene.Referent, m => m.Send(new MarkNotificationsRead(null)))).ShouldBe(0);
        var psychologists = await hub.AsAsync(scene.Psychologist, m => m.Send(new ListNotifications()));
        psychologists.Items.ShouldHaveSingleItem().Kind.ShouldBe(NotificationKind.SessionMoved);
        (await hub.AsAsync(scene.Psychologist, m => m.Send(new MarkNotificationsRead(psychologists.Items[0].Id)))).ShouldBe(1);
        (await hub.AsAsync(scene.Psychologist, m => m.Send(new CountUnreadNotifications()))).ShouldBe(0);
    }

    /// <summary>
    /// A psychologist receiving every day from 09:00 to 18:00, a room, a coordinator, and a young person whose referent is a
    /// youth worker (or <paramref name="referent"/>) and whose group holds the psychologist (and <paramref name="extra"/>).
    /// </summary>
    private static async Task<Scene> SceneAsync(ReminderHub hub, TestAccount? referent = null, TestAccount? extra = null)
    {
        var psychologist = await PsychologistAsync(hub);
        var worker = referent ?? await hub.App.CreateAccountAsync(Roles.YouthWorker);
        var coordinator = await hub.App.CreateAccountAsync(Roles.Coordinator);
        TestAccount[] group = extra is null ? [worker, psychologist] : [worker, psychologist, extra];
        var youth = await hub.App.CreateYouthAsync(FirstName, LastName, new DateOnly(2010, 5, 4), group);
        var roomName = "Salle du jardin " + Guid.NewGuid().ToString("N")[..6];
        var room = await hub.App.WithServiceAsync<Guid, RemivDbContext>(async db =>
        {
            var created = Room.Create(roomName, null);
            db.Rooms.Add(created);
            await db.SaveChangesAsync();
            return created.Id;
        });
        return new Scene(psychologist, worker, coordinator, youth, room, roomName);
    }

    private static Task<TestAccount> PsychologistAsync(ReminderHub hub) => hub.App.CreatePsychologistAsync();

    private static Task<Guid> BookAsync(ReminderHub hub, TestAccount by, Scene scene, DateOnly day, int hour, string? interpreter = null) =>
        hub.AsAsync(by, m => m.Send(new BookSession(scene.Youth, scene.Psychologist.Id, scene.Room,
            ReminderHub.ParisTime(day, new TimeOnly(hour, 0)), ReminderHub.ParisTime(day, new TimeOnly(hour + 1, 0)), SessionKind.FollowUp,
            interpreter, interpreter is null ? null : "ISM Interprétariat")));

    private static async Task MoveAsync(ReminderHub hub, TestAccount by, Guid session, Scene scene, DateOnly day, int hour)
    {
        var version = await VersionAsync(hub, session);
        await hub.AsAsync(by, m => m.Send(new RescheduleSession(session, version,
            ReminderHub.ParisTime(day, new TimeOnly(hour, 0)), ReminderHub.ParisTime(day, new TimeOnly(hour + 1, 0)), scene.Room)));
    }

    private static async Task CancelAsync(ReminderHub hub, TestAccount by, Guid session, string reason)
    {
        var version = await VersionAsync(hub, session);
        await hub.AsAsync(by, m => m.Send(new CancelSession(session, version, reason)));
    }

    private static Task<int> VersionAsync(ReminderHub hub, Guid session) =>
        hub.ReadAsync(db => db.Sessions.Where(s => s.Id == session).Select(s => s.Version).SingleAsync());

    /// <summary>A planned session stored directly (at hours the psychologist does not keep), for the edges of the day.</summary>
    private static Task<Guid> SeedAsync(ReminderHub hub, Scene scene, DateOnly day, TimeOnly start) =>
        hub.App.WithServiceAsync<Guid, RemivDbContext>(async db =>
        {
            var from = ReminderHub.ParisTime(day, start);
            var session = Session.Book(scene.Youth, scene.Psychologist.Id, scene.Room, from, from.AddMinutes(20), SessionKind.FollowUp, null, null, null,
                scene.Psychologist.Id, hub.Clock.GetUtcNow());
            db.Sessions.Add(session);
            await db.SaveChangesAsync();
            return session.Id;
        });

    /// <summary>The session reminder job, as the hourly scan queues it and Hangfire runs it.</summary>
    private static async Task<SessionReminderScanResult> ScanSessionsAsync(ReminderHub hub)
    {
        await using var scope = hub.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderJobs>().ScanSessionsAsync(CancellationToken.None);
    }

    private static Task<List<SessionReminder>> SessionRemindersAsync(ReminderHub hub) =>
        hub.ReadAsync(db => db.SessionReminders.AsNoTracking().ToListAsync());

    private static Task<List<Notification>> NoticesAsync(ReminderHub hub, NotificationKind kind) =>
        hub.ReadAsync(db => db.Notifications.AsNoTracking().Where(n => n.Kind == kind).OrderBy(n => n.CreatedAt).ToListAsync());

    private sealed record Scene(TestAccount Psychologist, TestAccount Referent, TestAccount Coordinator, Guid Youth, Guid Room, string RoomName);
}
