using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ical.Net.CalendarComponents;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Interfaces;
using Remiv.Domain.Psychology;
using Remiv.Domain.Security;
using Remiv.Infrastructure.Persistence;
using Remiv.Web.Tests.Support;
using IcalCalendar = Ical.Net.Calendar;

namespace Remiv.Web.Tests.Functional;

/// <summary>
/// The psychologists' calendar feed through the real pipeline and database: the document a calendar app reads at the
/// secret address parses with Ical.Net, holds the psychologist's sessions of the window (30 days back, 180 ahead) with
/// the young person's initials and the room, and nothing more (no name, no reason, no interpreter); a moved session keeps
/// its UID with a higher SEQUENCE; a cancelled one stays, CANCELLED; a replaced or revoked address answers 404; only
/// psychologists have one; issuing and revoking are audited. Every test uses people, rooms and young people of its own.
/// </summary>
public sealed partial class CalendarFeedTests(string provider) : FunctionalFixture(provider)
{
    private const string FeedApi = "/api/v1/me/calendar-feed";

    private static TimeZoneInfo Paris { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>The hub's day (Europe/Paris).</summary>
    private static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Paris).DateTime);

    [Test]
    public async Task The_feed_parses_and_shows_the_psychologists_sessions_of_the_window_with_initials_and_room_only()
    {
        var scene = await SceneAsync();
        var other = await App.CreateYouthAsync("Ousmane", "Traoré", Today.AddYears(-16), scene.Worker, scene.Psychologist);
        var planned = await SeedSessionAsync(scene.Youth, scene.Psychologist.Id, scene.Room, At(Today.AddDays(10), 10), At(Today.AddDays(10), 11));
        var cancelled = await SeedSessionAsync(other, scene.Psychologist.Id, scene.Room, At(Today.AddDays(12), 14), At(Today.AddDays(12), 15),
            interpreterLanguage: "ps", interpreterBooking: "ISM Interprétariat");
        var held = await SeedSessionAsync(scene.Youth, scene.Psychologist.Id, scene.Room, At(Today.AddDays(-20), 10), At(Today.AddDays(-20), 11),
            SessionStatus.Held);
        var tooOld = await SeedSessionAsync(scene.Youth, scene.Psychologist.Id, scene.Room, At(Today.AddDays(-40), 10), At(Today.AddDays(-40), 11),
            SessionStatus.Held);
        var tooFar = await SeedSessionAsync(scene.Youth, scene.Psychologist.Id, scene.Room, At(Today.AddDays(200), 10), At(Today.AddDays(200), 11));
        var colleagues = await SeedSessionAsync(scene.Youth, (await PsychologistAsync()).Id, await RoomAsync(), At(Today.AddDays(10), 14), At(Today.AddDays(10), 15));
        using var psychologist = await ApiClientAsync(scene.Psychologist);
        using (var cancel = await psychologist.Http.PostAsJsonAsync(Api($"psychology/sessions/{cancelled}/cancel"),
                   new { expectedVersion = 0, reason = "Convocation à la préfecture" }))
        {
            cancel.StatusCode.ShouldBe(HttpStatusCode.OK, await cancel.Content.ReadAsStringAsync());
        }

        var address = await IssueAsync(psychologist);
        using var anonymous = App.CreatePageClient();
        using var response = await anonymous.GetAsync(address.PathAndQuery);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/calendar");
        response.Content.Headers.ContentType.CharSet.ShouldBe("utf-8");
        response.Headers.CacheControl!.NoStore.ShouldBeTrue("no proxy or browser keeps a copy");
        var text = await response.Content.ReadAsStringAsync();
        var calendar = IcalCalendar.Load(text)!;
        calendar.Method.ShouldBe("PUBLISH");
        calendar.Properties["X-WR-CALNAME"]!.Value.ShouldBe("Remiv – mes séances");
        calendar.Events.Select(e => e.Uid).ShouldBe([Uid(held), Uid(planned), Uid(cancelled)], ignoreOrder: true,
            customMessage: "the psychologist's sessions from 30 days ago to 180 days ahead, and no one else's");
        var coming = Event(calendar, planned);
        coming.Summary.ShouldBe("Séance – F. B.");
        coming.Location.ShouldBe(scene.RoomName);
        coming.Status.ShouldBe("CONFIRMED");
        coming.Sequence.ShouldBe(0);
        coming.DtStart!.AsUtc.ShouldBe(At(Today.AddDays(10), 10).UtcDateTime);
        coming.DtEnd!.AsUtc.ShouldBe(At(Today.AddDays(10), 11).UtcDateTime);
        coming.DtStamp.ShouldNotBeNull();
        var gone = Event(calendar, cancelled);
        gone.Status.ShouldBe("CANCELLED");
        gone.Summary.ShouldBe("Séance annulée – O. T.");
        gone.Sequence.ShouldBe(1);
        Event(calendar, held).Status.ShouldBe("CONFIRMED");
        foreach (var secret in new[] { "Fatoumata", "Bangoura", "Ousmane", "Traoré", "préfecture", "ISM", "Interprétariat", "pachto", "Compte" })
        {
            text.ShouldNotContain(secret, Case.Insensitive, customMessage: "the feed carries initials and rooms only");
        }

        text.ShouldNotContain(tooOld.ToString());
        text.ShouldNotContain(tooFar.ToString());
        text.ShouldNotContain(colleagues.ToString());
    }

    [Test]
    public async Task A_moved_session_keeps_its_uid_with_a_higher_sequence_and_its_new_times()
    {
        var scene = await SceneAsync();
        var day = Today.AddDays(15);
        using var psychologist = await ApiClientAsync(scene.Psychologist);
        using var booked = await psychologist.Http.PostAsJsonAsync(Api("psychology/sessions"), new
        {
            youthId = scene.Youth, psychologistId = scene.Psychologist.Id, roomId = scene.Room, start = At(day, 10), end = At(day, 11), kind = "FollowUp",
        });
        booked.StatusCode.ShouldBe(HttpStatusCode.Created, await booked.Content.ReadAsStringAsync());
        var session = (await booked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var address = await IssueAsync(psychologist);
        using var anonymous = App.CreatePageClient();
        var before = Event(await FeedAsync(anonymous, address), session);

        using (var moved = await psychologist.Http.PutAsJsonAsync(Api($"psychology/sessions/{session}/schedule"),
                   new { expectedVersion = 0, roomId = scene.Room, start = At(day.AddDays(1), 14), end = At(day.AddDays(1), 15) }))
        {
            moved.StatusCode.ShouldBe(HttpStatusCode.OK, await moved.Content.ReadAsStringAsync());
        }

        var after = Event(await FeedAsync(anonymous, address), session);

        before.Sequence.ShouldBe(0);
        before.DtStart!.AsUtc.ShouldBe(At(day, 10).UtcDateTime);
        after.Uid.ShouldBe(before.Uid);
        after.Sequence.ShouldBeGreaterThan(before.Sequence);
        after.DtStart!.AsUtc.ShouldBe(At(day.AddDays(1), 14).UtcDateTime);
        after.DtEnd!.AsUtc.ShouldBe(At(day.AddDays(1), 15).UtcDateTime);
        after.Status.ShouldBe("CONFIRMED");
    }

    [Test]
    public async Task A_renewed_or_revoked_address_answers_not_found_and_each_is_audited_with_only_its_hash_stored()
    {
        var scene = await SceneAsync();
        await SeedSessionAsync(scene.Youth, scene.Psychologist.Id, scene.Room, At(Today.AddDays(5), 10), At(Today.AddDays(5), 11));
        using var psychologist = await ApiClientAsync(scene.Psychologist);
        using var anonymous = App.CreatePageClient();

        var first = await IssueAsync(psychologist);
        (await StatusOfAsync(anonymous, first)).ShouldBe(HttpStatusCode.OK);
        var second = await IssueAsync(psychologist);
        var stored = await FeedsOfAsync(scene.Psychologist.Id);

        second.ShouldNotBe(first);
        (await StatusOfAsync(anonymous, first)).ShouldBe(HttpStatusCode.NotFound, "a new address replaces the old one");
        (await StatusOfAsync(anonymous, second)).ShouldBe(HttpStatusCode.OK);
        var token = TokenOf(second);
        stored.Count.ShouldBe(1);
        stored[0].TokenHash.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token))));
        stored[0].TokenHash.ShouldNotContain(token);
        var status = await psychologist.Http.GetFromJsonAsync<JsonElement>(new Uri(FeedApi, UriKind.Relative));
        status.GetProperty("active").GetBoolean().ShouldBeTrue();
        status.ToString().ShouldNotContain(token, customMessage: "the address is shown once, when issued");

        using (var revoke = await psychologist.Http.DeleteAsync(new Uri(FeedApi, UriKind.Relative)))
        {
            revoke.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        (await StatusOfAsync(anonymous, second)).ShouldBe(HttpStatusCode.NotFound, "a revoked address");
        (await psychologist.Http.GetFromJsonAsync<JsonElement>(new Uri(FeedApi, UriKind.Relative))).GetProperty("active").GetBoolean().ShouldBeFalse();
        (await FeedsOfAsync(scene.Psychologist.Id)).ShouldBeEmpty();
        (await anonymous.GetAsync("/calendrier/pas-un-jeton.ics")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await AuditAsync(scene.Psychologist.Id)).ShouldBe(
            ["psychology.calendar-feed-issued", "psychology.calendar-feed-issued", "psychology.calendar-feed-revoked"]);
    }

    [Test]
    public async Task Reads_by_calendar_apps_are_audited_at_most_hourly_and_the_last_one_is_shown_to_the_psychologist()
    {
        var scene = await SceneAsync();
        using var psychologist = await ApiClientAsync(scene.Psychologist);
        var address = await IssueAsync(psychologist);
        using var pages = App.CreatePageClient();
        await pages.SignInAsync(scene.Psychologist);
        (await pages.GetPageAsync("/Psychologie/Calendrier")).ShouldContain("Aucun agenda ne l'a encore lue.");
        using var anonymous = App.CreatePageClient();

        (await StatusOfAsync(anonymous, address)).ShouldBe(HttpStatusCode.OK);
        (await StatusOfAsync(anonymous, address)).ShouldBe(HttpStatusCode.OK);
        (await StatusOfAsync(anonymous, address)).ShouldBe(HttpStatusCode.OK);

        var reads = await App.WithServiceAsync<List<Guid?>, RemivDbContext>(db => db.AuditEntries
            .Where(a => a.Action == "psychology.calendar-feed-read" && a.TargetId == scene.Psychologist.Id.ToString()).Select(a => a.ActorId).ToListAsync());
        reads.ShouldBe([null], "one line for three reads within the hour, by no signed-in person");
        (await pages.GetPageAsync("/Psychologie/Calendrier")).ShouldContain("Dernière lecture par un agenda : le ");
    }

    [Test]
    public async Task The_address_of_a_deactivated_psychologist_stops_working()
    {
        var scene = await SceneAsync();
        using var psychologist = await ApiClientAsync(scene.Psychologist);
        var address = await IssueAsync(psychologist);
        using var anonymous = App.CreatePageClient();
        (await StatusOfAsync(anonymous, address)).ShouldBe(HttpStatusCode.OK);

        await App.WithServiceAsync<IdentityOutcome<Guid>, IIdentityService>(identity => identity.SetActiveAsync(scene.Psychologist.Id, false, CancellationToken.None));

        (await StatusOfAsync(anonymous, address)).ShouldBe(HttpStatusCode.NotFound);
    }

    [TestCase(Roles.Admin)]
    [TestCase(Roles.Coordinator)]
    [TestCase(Roles.YouthWorker)]
    public async Task Other_roles_may_neither_issue_revoke_nor_read_a_feed_nor_open_the_page(string role)
    {
        var account = await App.CreateAccountAsync(role);
        using var api = await ApiClientAsync(account);
        using var pages = App.CreatePageClient();
        await pages.SignInAsync(account);

        using var issue = await api.Http.PostAsync(new Uri(FeedApi, UriKind.Relative), null);
        using var status = await api.GetAsync(FeedApi);
        using var revoke = await api.Http.DeleteAsync(new Uri(FeedApi, UriKind.Relative));
        using var page = await pages.GetAsync("/Psychologie/Calendrier");

        issue.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        status.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        revoke.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        page.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await FeedsOfAsync(account.Id)).ShouldBeEmpty();
        (await AuditAsync(account.Id)).ShouldBeEmpty();
    }

    [Test]
    public async Task Anonymous_callers_are_asked_to_sign_in_for_the_api_and_the_page()
    {
        using var anonymous = App.CreatePageClient();

        using var issue = await anonymous.Http.PostAsync(new Uri(FeedApi, UriKind.Relative), null);
        using var page = await anonymous.GetAsync("/Psychologie/Calendrier");

        issue.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.AbsolutePath.ShouldBe("/Connexion");
    }

    [Test]
    public async Task A_psychologist_creates_the_address_on_the_page_sees_it_once_then_deletes_it()
    {
        var scene = await SceneAsync();
        await SeedSessionAsync(scene.Youth, scene.Psychologist.Id, scene.Room, At(Today.AddDays(3), 10), At(Today.AddDays(3), 11));
        using var client = App.CreatePageClient();
        await client.SignInAsync(scene.Psychologist);
        using var anonymous = App.CreatePageClient();

        (await client.GetPageAsync("/Psychologie/Calendrier")).ShouldContain("Vous n'avez pas d'adresse d'agenda active.");
        using var issued = await client.SubmitAsync("/Psychologie/Calendrier", new Dictionary<string, string>(), "/Psychologie/Calendrier?handler=Issue");
        issued.StatusCode.ShouldBe(HttpStatusCode.OK);
        var shown = await PageClient.TextOf(issued);
        shown.ShouldContain("Votre nouvelle adresse d'agenda est prête.");
        var address = new Uri(FeedAddress().Match(shown).Value);
        var token = TokenOf(address);
        shown.ShouldContain($"webcal://{address.Authority}/calendrier/{token}.ics");
        (await StatusOfAsync(anonymous, address)).ShouldBe(HttpStatusCode.OK);

        var later = await client.GetPageAsync("/Psychologie/Calendrier");
        later.ShouldContain($"Vous avez une adresse d'agenda active, créée le {Today:dd/MM/yyyy}.");
        later.ShouldNotContain(token, customMessage: "the address is shown once");

        using var revoked = await client.SubmitAsync("/Psychologie/Calendrier", new Dictionary<string, string>(), "/Psychologie/Calendrier?handler=Revoke");
        revoked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        revoked.Headers.Location!.OriginalString.ShouldBe("/Psychologie/Calendrier");
        var after = await client.GetPageAsync("/Psychologie/Calendrier");
        after.ShouldContain("Votre adresse d'agenda est supprimée : les agendas abonnés ne reçoivent plus vos séances.");
        after.ShouldContain("Vous n'avez pas d'adresse d'agenda active.");
        (await StatusOfAsync(anonymous, address)).ShouldBe(HttpStatusCode.NotFound);
        (await AuditAsync(scene.Psychologist.Id)).ShouldBe(["psychology.calendar-feed-issued", "psychology.calendar-feed-revoked"]);
    }

    [Test]
    public async Task A_calendar_app_checking_the_address_with_head_gets_its_headers()
    {
        var scene = await SceneAsync();
        using var psychologist = await ApiClientAsync(scene.Psychologist);
        var address = await IssueAsync(psychologist);
        using var anonymous = App.CreatePageClient();

        using var request = new HttpRequestMessage(HttpMethod.Head, new Uri(address.PathAndQuery, UriKind.Relative));
        using var response = await anonymous.Http.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/calendar");
    }

    [GeneratedRegex(@"https?://[^""\s<]+/calendrier/[A-Za-z0-9_-]+\.ics")]
    private static partial Regex FeedAddress();

    private static string Uid(Guid session) => $"{session:D}@remiv";

    private static CalendarEvent Event(IcalCalendar calendar, Guid session) => calendar.Events.Single(e => e.Uid == Uid(session));

    private static string TokenOf(Uri address) => address.Segments[^1][..^".ics".Length];

    private static Uri Api(string path) => new("/api/v1/" + path, UriKind.Relative);

    /// <summary>A Paris wall-clock time, as an instant.</summary>
    private static DateTimeOffset At(DateOnly day, int hour, int minute = 0)
    {
        var local = day.ToDateTime(new TimeOnly(hour, minute));
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, Paris), TimeSpan.Zero);
    }

    /// <summary>Issues the caller's address through the API and returns it.</summary>
    private static async Task<Uri> IssueAsync(PageClient client)
    {
        using var response = await client.Http.PostAsync(new Uri(FeedApi, UriKind.Relative), null);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var address = new Uri((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("address").GetString()!);
        address.AbsolutePath.ShouldStartWith("/calendrier/");
        address.AbsolutePath.ShouldEndWith(".ics");
        return address;
    }

    private static async Task<IcalCalendar> FeedAsync(PageClient anonymous, Uri address)
    {
        using var response = await anonymous.GetAsync(address.PathAndQuery);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return IcalCalendar.Load(await response.Content.ReadAsStringAsync())!;
    }

    private static async Task<HttpStatusCode> StatusOfAsync(PageClient anonymous, Uri address)
    {
        using var response = await anonymous.GetAsync(address.PathAndQuery);
        return response.StatusCode;
    }

    private Task<List<CalendarFeed>> FeedsOfAsync(Guid psychologist) =>
        App.WithServiceAsync<List<CalendarFeed>, RemivDbContext>(db => db.CalendarFeeds.AsNoTracking().Where(f => f.PsychologistId == psychologist).ToListAsync());

    /// <summary>The calendar feed's audit lines of this account, oldest first.</summary>
    private Task<List<string>> AuditAsync(Guid account) =>
        App.WithServiceAsync<List<string>, RemivDbContext>(async db => (await db.AuditEntries.AsNoTracking()
                .Where(a => a.ActorId == account && a.TargetType == "CalendarFeed" && a.TargetId == account.ToString())
                .ToListAsync())
            .OrderBy(a => a.OccurredAt).Select(a => a.Action).ToList());

    private async Task<PageClient> ApiClientAsync(TestAccount account)
    {
        var client = App.CreatePageClient();
        client.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await ApiTokens.ForAsync(client, account));
        return client;
    }

    /// <summary>A psychologist receiving every day from 9:00 to 18:00 (Paris).</summary>
    private Task<TestAccount> PsychologistAsync() => App.CreatePsychologistAsync();

    private async Task<Guid> RoomAsync(string? name = null) => await App.WithServiceAsync<Guid, RemivDbContext>(async db =>
    {
        var room = Room.Create(name ?? "Salle " + Guid.NewGuid().ToString("N")[..12], null);
        db.Rooms.Add(room);
        await db.SaveChangesAsync();
        return room.Id;
    });

    /// <summary>Stores a session directly, booked before it starts, then closed with <paramref name="outcome"/> if given.</summary>
    private Task<Guid> SeedSessionAsync(Guid youth, Guid psychologist, Guid room, DateTimeOffset start, DateTimeOffset end,
        SessionStatus outcome = SessionStatus.Planned, string? interpreterLanguage = null, string? interpreterBooking = null) =>
        App.WithServiceAsync<Guid, RemivDbContext>(async db =>
        {
            var bookedAt = start > DateTimeOffset.UtcNow ? DateTimeOffset.UtcNow : start.AddDays(-1);
            var session = Session.Book(youth, psychologist, room, start, end, SessionKind.FollowUp, interpreterLanguage, interpreterBooking, null, psychologist, bookedAt);
            if (outcome is SessionStatus.Held or SessionStatus.YouthAbsent)
            {
                session.RecordOutcome(outcome, psychologist, end);
            }

            db.Sessions.Add(session);
            await db.SaveChangesAsync();
            return session.Id;
        });

    private async Task<Scene> SceneAsync()
    {
        var psychologist = await PsychologistAsync();
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await App.CreateYouthAsync("Fatoumata", "Bangoura", Today.AddYears(-17), worker, psychologist);
        var roomName = "Salle du tilleul " + Guid.NewGuid().ToString("N")[..8];
        return new Scene(psychologist, worker, youth, await RoomAsync(roomName), roomName);
    }

    private sealed record Scene(TestAccount Psychologist, TestAccount Worker, Guid Youth, Guid Room, string RoomName);
}
