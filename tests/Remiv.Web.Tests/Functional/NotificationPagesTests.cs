using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Notifications;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;
using Remiv.Infrastructure.Persistence;
using Remiv.Web.Tests.Support;

namespace Remiv.Web.Tests.Functional;

/// <summary>
/// The in-app notifications through the real pages and database: the counter of the menu, the list at /Notifications,
/// marking as read, what a person may no longer see, and the choice of reminder emails on the account page.
/// The reminder scan runs as the system identity only (a scheduled job, which no signed-in person can start), so the
/// notifications it would write are inserted here directly, with the domain's own constructors: what is tested is
/// how the pages show and guard them, not the scan (which has tests of its own).
/// </summary>
public sealed partial class NotificationPagesTests(string provider) : FunctionalFixture(provider)
{
    private static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).DateTime);

    [Test]
    public async Task The_list_shows_each_reminder_newest_first_as_the_deadline_stands_today_with_the_names_as_given()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await App.CreateYouthAsync("ሰላም", "تسفاي", new DateOnly(2008, 4, 12), worker);
        var renewal = await DeadlineAsync(youth, "Renouvellement du récépissé", dueInDays: 7);
        var prefecture = await DeadlineAsync(youth, "Rendez-vous à la préfecture", dueInDays: 0, time: new TimeOnly(14, 30));
        var appeal = await DeadlineAsync(youth, "Recours devant le juge des enfants", dueInDays: -2);
        await NotifyAsync(worker, renewal, minutesAgo: 30);
        await NotifyAsync(worker, prefecture, minutesAgo: 20);
        await NotifyAsync(worker, appeal, minutesAgo: 10);
        using var client = await SignedInAsync(worker);

        using var response = await client.GetAsync("/Notifications");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("<bdi>ሰላም تسفاي</bdi>", customMessage: "the names are written as stored, not as HTML entities");
        var page = await PageClient.TextOf(response);
        page.ShouldContain("3 notifications non lues");
        var items = Items(page);
        items.Count.ShouldBe(3);
        items[0].ShouldContain("En retard de 2 jours", customMessage: "the newest first");
        items[0].ShouldContain("Recours devant le juge des enfants");
        items[0].ShouldContain("Pour le " + Day(Today.AddDays(-2)));
        items[1].ShouldContain("Échéance aujourd'hui");
        items[1].ShouldContain($"Pour le {Day(Today)} à 14:30");
        items[2].ShouldContain("Échéance dans 7 jours");
        items[2].ShouldContain("Renouvellement du récépissé");
        items[2].ShouldContain("Pour le " + Day(Today.AddDays(7)));
        items.ShouldAllBe(item => item.Contains("class=\"unread\"") && item.Contains("Non lue") && item.Contains("Marquer comme lue"));
        page.ShouldContain($"href=\"/Echeances/{appeal}\"");
        page.ShouldContain($"href=\"/Echeances/{renewal}\"");
        page.ShouldContain("Tout marquer comme lu");
        page.ShouldNotContain("depuis ce rappel", customMessage: "nothing has changed since the reminders");
    }

    [Test]
    public async Task A_deadline_closed_or_moved_since_its_reminder_says_so()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await App.CreateYouthAsync("Moussa", "Konaté", new DateOnly(2008, 6, 1), worker);
        var closed = await DeadlineAsync(youth, "Demande d'AME", dueInDays: 2);
        var moved = await DeadlineAsync(youth, "Audience au tribunal", dueInDays: 7);
        await NotifyAsync(worker, closed, minutesAgo: 20);
        await NotifyAsync(worker, moved, minutesAgo: 10);
        await App.WithServiceAsync<int, RemivDbContext>(async db =>
        {
            var deadline = await db.Deadlines.SingleAsync(d => d.Id == closed);
            deadline.Close(DeadlineStatus.Done, null, worker.Id, DateTimeOffset.UtcNow);
            var audience = await db.Deadlines.SingleAsync(d => d.Id == moved);
            var file = await db.Youths.SingleAsync(y => y.Id == youth);
            audience.Update(file, Details("Audience au tribunal", Today.AddDays(12), Track.Administrative, null), null, Today);
            return await db.SaveChangesAsync();
        });
        using var client = await SignedInAsync(worker);

        var items = Items(await client.GetPageAsync("/Notifications"));

        items.Count.ShouldBe(2);
        items[0].ShouldContain("Audience au tribunal");
        items[0].ShouldContain("La date a changé depuis ce rappel.");
        items[0].ShouldContain("Échéance dans 12 jours", customMessage: "counted from the deadline's new date");
        items[0].ShouldContain("Pour le " + Day(Today.AddDays(12)));
        items[1].ShouldContain("Demande d'AME");
        items[1].ShouldContain("Échéance close");
        items[1].ShouldContain("Cette échéance a été close depuis ce rappel.");
        items[1].ShouldContain("Faite");
        items[1].ShouldNotContain("Échéance dans 2 jours");
    }

    [Test]
    public async Task The_menu_counts_the_signed_in_persons_unread_notifications_only_and_marking_all_read_clears_it()
    {
        var mine = await App.CreateAccountAsync(Roles.YouthWorker);
        var theirs = await App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await App.CreateYouthAsync("Alpha", "Barry", new DateOnly(2008, 2, 2), mine, theirs);
        var appointment = await DeadlineAsync(youth, "Rendez-vous à la PASS", dueInDays: 2);
        var renewal = await DeadlineAsync(youth, "Renouvellement de la C2S", dueInDays: 7);
        var myFirst = await NotifyAsync(mine, appointment);
        var mySecond = await NotifyAsync(mine, renewal);
        var their = await NotifyAsync(theirs, appointment);
        using var client = await SignedInAsync(mine);
        using var other = await SignedInAsync(theirs);
        CounterIn(await client.GetPageAsync("/")).ShouldBe(2);
        CounterIn(await other.GetPageAsync("/")).ShouldBe(1);

        using var marked = await client.SubmitAsync("/Notifications", new Dictionary<string, string>(), "/Notifications?handler=ReadAll");

        marked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        marked.Headers.Location!.OriginalString.ShouldBe("/Notifications");
        var after = await client.GetPageAsync("/Notifications");
        after.ShouldContain("Toutes vos notifications sont marquées comme lues.");
        after.ShouldContain("Tout est lu.");
        after.ShouldNotContain("Marquer comme lue");
        after.ShouldNotContain("Tout marquer comme lu");
        after.ShouldContain("href=\"/Notifications\"", customMessage: "the link stays, without its number");
        CounterIn(after).ShouldBeNull();
        CounterIn(await other.GetPageAsync("/")).ShouldBe(1, "another person's notifications are not touched");
        (await ReadAsync(myFirst)).ShouldBeTrue();
        (await ReadAsync(mySecond)).ShouldBeTrue();
        (await ReadAsync(their)).ShouldBeFalse();
    }

    [Test]
    public async Task Marking_one_notification_read_leaves_the_others_and_another_persons_is_a_404_that_changes_nothing()
    {
        var mine = await App.CreateAccountAsync(Roles.YouthWorker);
        var theirs = await App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await App.CreateYouthAsync("Djibril", "Cissé", new DateOnly(2007, 9, 9), mine, theirs);
        var deadline = await DeadlineAsync(youth, "Dépôt du dossier OFPRA", dueInDays: 2);
        var one = await NotifyAsync(mine, deadline, minutesAgo: 10);
        var two = await NotifyAsync(mine, deadline, minutesAgo: 5);
        var their = await NotifyAsync(theirs, deadline);
        using var client = await SignedInAsync(mine);

        using var refused = await client.SubmitAsync("/Notifications", new Dictionary<string, string> { ["id"] = their.ToString() }, "/Notifications?handler=Read");
        using var unknown = await client.SubmitAsync("/Notifications", new Dictionary<string, string> { ["id"] = Guid.NewGuid().ToString() }, "/Notifications?handler=Read");

        refused.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ReadAsync(their)).ShouldBeFalse();
        (await ReadAsync(one)).ShouldBeFalse();
        (await ReadAsync(two)).ShouldBeFalse();

        using var marked = await client.SubmitAsync("/Notifications", new Dictionary<string, string> { ["id"] = one.ToString() }, "/Notifications?handler=Read");

        marked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ReadAsync(one)).ShouldBeTrue();
        (await ReadAsync(two)).ShouldBeFalse();
        var page = await client.GetPageAsync("/Notifications");
        page.ShouldContain("La notification est marquée comme lue.");
        page.ShouldContain("1 notification non lue");
        CounterIn(page).ShouldBe(1);
        var items = Items(page);
        items[0].ShouldContain("class=\"unread\"");
        items[1].ShouldContain("class=\"read\"", customMessage: "the read one is no longer highlighted");
        items[1].ShouldNotContain("Marquer comme lue");
    }

    [Test]
    public async Task A_notification_about_a_young_person_no_longer_followed_is_neither_listed_nor_counted()
    {
        var coordinator = await App.CreateAccountAsync(Roles.Coordinator);
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await App.CreateYouthAsync("Mariam", "Touré", new DateOnly(2008, 3, 3), coordinator, worker);
        var deadline = await DeadlineAsync(youth, "Recours CNDA à déposer", dueInDays: 7);
        await NotifyAsync(worker, deadline);
        using var client = await SignedInAsync(worker);
        CounterIn(await client.GetPageAsync("/")).ShouldBe(1);
        (await client.GetPageAsync("/Notifications")).ShouldContain("Recours CNDA à déposer");

        await RemoveFromGroupAsync(coordinator, youth, worker);

        var list = await client.GetPageAsync("/Notifications");
        list.ShouldNotContain("Recours CNDA à déposer");
        list.ShouldNotContain("Touré");
        list.ShouldNotContain(deadline.ToString());
        list.ShouldContain("Vous n'avez aucune notification.");
        CounterIn(list).ShouldBeNull();
    }

    [Test]
    public async Task A_psychological_track_deadline_is_shown_to_the_psychologist_and_never_to_a_youth_worker()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var psychologist = await App.CreateAccountAsync(Roles.Psychologist);
        var youth = await App.CreateYouthAsync("Abdoulaye", "Sow", new DateOnly(2008, 8, 8), worker, psychologist);
        var session = await DeadlineAsync(youth, "Bilan avec l'interprète", dueInDays: 2, track: Track.Psychological);
        // The scan would not notify the youth worker of it; the pages must hide it even if a row says otherwise.
        await NotifyAsync(worker, session);
        await NotifyAsync(psychologist, session);
        using var workerClient = await SignedInAsync(worker);
        using var psychologistClient = await SignedInAsync(psychologist);

        var workerList = await workerClient.GetPageAsync("/Notifications");
        var psychologistList = await psychologistClient.GetPageAsync("/Notifications");

        workerList.ShouldNotContain("Bilan avec l'interprète");
        workerList.ShouldNotContain(session.ToString());
        CounterIn(workerList).ShouldBeNull();
        psychologistList.ShouldContain("Bilan avec l'interprète");
        psychologistList.ShouldContain("Abdoulaye Sow");
        CounterIn(psychologistList).ShouldBe(1);
    }

    [Test]
    public async Task With_no_notification_the_page_says_so_in_plain_french()
    {
        using var client = await SignedInAsync(await App.CreateAccountAsync(Roles.Coordinator));

        var page = await client.GetPageAsync("/Notifications");

        page.ShouldContain("Vous n'avez aucune notification.");
        page.ShouldContain("Les rappels des échéances des jeunes que vous suivez s'afficheront ici.");
        page.ShouldNotContain("Tout marquer comme lu");
        CounterIn(page).ShouldBeNull();
    }

    [TestCase(Roles.Coordinator)]
    [TestCase(Roles.YouthWorker)]
    [TestCase(Roles.Psychologist)]
    public async Task Staff_find_deadlines_and_notifications_in_the_menu_but_not_the_emails_page(string role)
    {
        using var client = await SignedInAsync(await App.CreateAccountAsync(role));

        var home = await client.GetPageAsync("/");

        Menu(home).ShouldContain("href=\"/Echeances\"");
        Menu(home).ShouldContain("href=\"/Notifications\"");
        Menu(home).ShouldNotContain("href=\"/Admin/Envois\"");
    }

    [Test]
    public async Task An_administrator_has_no_notifications_link_no_counter_and_no_access_to_the_list()
    {
        using var client = await SignedInAsync(await App.CreateAccountAsync(Roles.Admin));

        var home = await client.GetPageAsync("/");
        using var list = await client.GetAsync("/Notifications");

        Menu(home).ShouldNotContain("href=\"/Notifications\"");
        Menu(home).ShouldNotContain("href=\"/Echeances\"");
        Menu(home).ShouldContain("href=\"/Admin/Envois\"");
        CounterIn(home).ShouldBeNull();
        list.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Anonymous_pages_render_without_the_counter_and_the_list_asks_to_sign_in()
    {
        using var client = App.CreatePageClient();

        var signIn = await client.GetPageAsync("/Connexion");
        using var list = await client.GetAsync("/Notifications");

        signIn.ShouldNotContain("href=\"/Notifications\"");
        CounterIn(signIn).ShouldBeNull();
        list.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        list.Headers.Location!.AbsolutePath.ShouldBe("/Connexion");
    }

    [Test]
    public async Task The_account_page_offers_an_email_per_reminder_by_default_and_keeps_the_daily_digest_once_chosen()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        using var client = await SignedInAsync(worker);
        var before = await client.GetPageAsync("/Compte");
        before.ShouldContain("Rappels par courriel");
        before.ShouldContain("chaque rappel d'échéance et chaque nouvelle d'une séance psychologique apparaissent aussi dans vos notifications Remiv");
        before.ShouldContain(worker.Email, customMessage: "the account's own content is still there");
        CheckedMode(before).ShouldBe("EachReminder");
        before.ShouldContain("Un courriel à chaque rappel");
        before.ShouldContain("Un seul courriel par jour (vers 7 h 30)");

        using var saved = await client.SubmitAsync("/Compte", new Dictionary<string, string> { ["Input.Mode"] = "DailyDigest" }, "/Compte?handler=Reminders");

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await PageClient.ErrorsOf(saved));
        saved.Headers.Location!.OriginalString.ShouldBe("/Compte");
        var after = await client.GetPageAsync("/Compte");
        after.ShouldContain("Votre choix pour les rappels par courriel est enregistré.");
        CheckedMode(after).ShouldBe("DailyDigest");
        (await StoredModeAsync(worker)).ShouldBe(ReminderEmailMode.DailyDigest);
    }

    [TestCase("Weekly")]
    [TestCase("99")]
    [TestCase("")]
    public async Task A_value_the_form_does_not_offer_is_refused_in_french_and_changes_nothing(string value)
    {
        var psychologist = await App.CreateAccountAsync(Roles.Psychologist);
        using var client = await SignedInAsync(psychologist);
        using (var chosen = await client.SubmitAsync("/Compte", new Dictionary<string, string> { ["Input.Mode"] = "DailyDigest" }, "/Compte?handler=Reminders"))
        {
            chosen.StatusCode.ShouldBe(HttpStatusCode.Redirect, await PageClient.ErrorsOf(chosen));
        }

        using var refused = await client.SubmitAsync("/Compte", new Dictionary<string, string> { ["Input.Mode"] = value }, "/Compte?handler=Reminders");

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PageClient.ErrorsOf(refused)).ShouldContain("Choisissez une valeur dans la liste.");
        var page = await PageClient.TextOf(refused);
        page.ShouldNotContain("is not valid", Case.Insensitive);
        CheckedMode(page).ShouldBe("DailyDigest", "the form shows the choice still in force");
        (await StoredModeAsync(psychologist)).ShouldBe(ReminderEmailMode.DailyDigest);
    }

    [Test]
    public async Task An_administration_account_has_no_reminder_email_choice()
    {
        var admin = await App.CreateAccountAsync(Roles.Admin);
        using var client = await SignedInAsync(admin);

        var page = await client.GetPageAsync("/Compte");
        using var posted = await client.SubmitAsync("/Compte", new Dictionary<string, string> { ["Input.Mode"] = "DailyDigest" }, "/Compte?handler=Reminders");

        page.ShouldContain(admin.Email);
        page.ShouldContain("Changer de mot de passe");
        page.ShouldNotContain("Rappels par courriel");
        page.ShouldNotContain("Input.Mode");
        posted.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await StoredModeAsync(admin)).ShouldBeNull();
    }

    private static DeadlineDetails Details(string title, DateOnly due, Track track, TimeOnly? time) =>
        new(track, DeadlineKind.Other, title, DeadlineEvent.Other, due.AddDays(-30), due, time, null, [7, 2, 0]);

    private static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The list's items, in page order.</summary>
    private static List<string> Items(string page)
    {
        var list = NotificationList().Match(page);
        list.Success.ShouldBeTrue("the page has a list of notifications");
        return [.. Item().Matches(list.Groups[1].Value).Select(m => m.Value)];
    }

    /// <summary>The number the menu shows beside "Notifications", or null when it shows none.</summary>
    private static int? CounterIn(string page)
    {
        var counter = Counter().Match(Menu(page));
        return counter.Success ? int.Parse(counter.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private static string Menu(string page)
    {
        var header = Header().Match(page);
        header.Success.ShouldBeTrue("the page has its header");
        return header.Value;
    }

    /// <summary>The reminder email choice checked on the account page.</summary>
    private static string? CheckedMode(string page)
    {
        var modes = CheckedRadio().Matches(page).Select(m => m.Groups[1].Value).ToList();
        modes.Count.ShouldBeLessThanOrEqualTo(1);
        return modes.SingleOrDefault();
    }

    private async Task<PageClient> SignedInAsync(TestAccount account)
    {
        var client = App.CreatePageClient();
        await client.SignInAsync(account);
        return client;
    }

    private Task<Guid> DeadlineAsync(Guid youthId, string title, int dueInDays, Track track = Track.Administrative, TimeOnly? time = null) =>
        App.WithServiceAsync<Guid, RemivDbContext>(async db =>
        {
            var youth = await db.Youths.SingleAsync(y => y.Id == youthId);
            var deadline = Deadline.Create(youth, Details(title, Today.AddDays(dueInDays), track, time), null, null, Today, DateTimeOffset.UtcNow);
            db.Deadlines.Add(deadline);
            await db.SaveChangesAsync();
            return deadline.Id;
        });

    /// <summary>The notification the reminder scan would write for this deadline as it stands (see the class summary).</summary>
    private Task<Guid> NotifyAsync(TestAccount to, Guid deadlineId, int minutesAgo = 0) =>
        App.WithServiceAsync<Guid, RemivDbContext>(async db =>
        {
            var deadline = await db.Deadlines.SingleAsync(d => d.Id == deadlineId);
            var notification = new Notification(to.Id, deadline.Id, deadline.YouthId, deadline.DueDate, deadline.DueDate.DayNumber - Today.DayNumber,
                awaitsDigest: false, DateTimeOffset.UtcNow.AddMinutes(-minutesAgo));
            db.Notifications.Add(notification);
            await db.SaveChangesAsync();
            return notification.Id;
        });

    private Task<bool> ReadAsync(Guid notificationId) =>
        App.WithServiceAsync<bool, RemivDbContext>(db => db.Notifications.Where(n => n.Id == notificationId).Select(n => n.ReadAt != null).SingleAsync());

    private Task<ReminderEmailMode?> StoredModeAsync(TestAccount account) =>
        App.WithServiceAsync<ReminderEmailMode?, RemivDbContext>(db =>
            db.NotificationPreferences.Where(p => p.UserId == account.Id).Select(p => (ReminderEmailMode?)p.Mode).SingleOrDefaultAsync());

    /// <summary>A coordinator takes the youth worker out of the follow-up group, as the team does (through the API).</summary>
    private async Task RemoveFromGroupAsync(TestAccount coordinator, Guid youth, TestAccount member)
    {
        using var client = App.CreatePageClient();
        client.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await ApiTokens.ForAsync(client, coordinator));
        var version = await App.WithServiceAsync<int, RemivDbContext>(db => db.Youths.Where(y => y.Id == youth).Select(y => y.Version).SingleAsync());
        using var removed = await client.Http.PostAsJsonAsync(new Uri($"/api/v1/youths/{youth}/group", UriKind.Relative),
            new { expectedVersion = version, staffId = member.Id, change = "Remove" });
        removed.StatusCode.ShouldBe(HttpStatusCode.OK, await removed.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("<ul class=\"cards notification-list\">(.*?)</ul>", RegexOptions.Singleline)]
    private static partial Regex NotificationList();

    [GeneratedRegex("<li class=\"(?:un)?read\">.*?</li>", RegexOptions.Singleline)]
    private static partial Regex Item();

    [GeneratedRegex("<header class=\"site-header\">.*?</header>", RegexOptions.Singleline)]
    private static partial Regex Header();

    [GeneratedRegex("<span class=\"counter\">(\\d+)</span>")]
    private static partial Regex Counter();

    [GeneratedRegex("<input type=\"radio\" id=\"[^\"]*\" name=\"Input.Mode\" value=\"(\\w+)\"\\s+checked=\"checked\"")]
    private static partial Regex CheckedRadio();
}
