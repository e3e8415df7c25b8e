using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Remiv.Domain.Psychology;
using Remiv.Domain.Security;
using Remiv.Infrastructure.Persistence;
using Remiv.Web.Tests.Support;

namespace Remiv.Web.Tests.Functional;

/// <summary>
/// The figures of psychological follow-up through the real pipeline and database, over a small data set whose figures
/// are counted by hand: March 2024, which ends on the night summer time starts, with sessions half an hour either side of
/// its first and last midnights (Paris). Then who may read them (coordinators only), and a period refused with its French
/// message. The figures are the hub's: the data set lives in a month no other test of this fixture uses.
/// </summary>
public sealed partial class PsychologyFigureTests(string provider) : FunctionalFixture(provider)
{
    private static TimeZoneInfo Paris { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public enum Caller
    {
        Anonymous,
        Admin,
        Coordinator,
        YouthWorker,
        Psychologist,
    }

    /// <summary>
    /// The sessions of the data set, by young person (A to E), Paris times, all one hour long:
    /// <list type="bullet">
    /// <item>A, requested 20/02 16:00: first session 04/03 10:00 held (Pashto, interpreter booked); 11/03 youth absent (Pashto, none
    /// booked); 18/03 cancelled by the psychologist (Pashto, booked: not counted for interpreters). Wait: 13 days.</item>
    /// <item>B, requested 26/02: first session 01/03 00:30 held (= 29/02 23:30 UTC, inside; Tigrinya, booked). Wait: 4 days.</item>
    /// <item>C, requested 06/03: first session 20/03 cancelled by a coordinator, first session again 27/03 still planned (Pashto,
    /// none booked). Wait: 21 days (the cancelled one does not end it).</item>
    /// <item>D, requested 15/03: first session 29/03 cancelled by a youth worker ("other"). No wait ended.</item>
    /// <item>E, requested 05/03 then withdrawn 10/03: follow-ups 29/02 23:30 held (outside), 31/03 23:30 held (summer time, = 21:30 UTC,
    /// inside), 01/04 00:30 cancelled by a coordinator (= 31/03 22:30 UTC, outside). The withdrawn request counts no wait.</item>
    /// </list>
    /// </summary>
    [Test]
    public async Task The_figures_of_march_2024_are_those_counted_by_hand()
    {
        using var coordinator = await ApiClientAsync(await App.CreateAccountAsync(Roles.Coordinator));

        var figures = await coordinator.Http.GetFromJsonAsync<JsonElement>(Api("from=2024-03-01&to=2024-03-31"));

        figures.GetProperty("from").GetString().ShouldBe("2024-03-01");
        figures.GetProperty("to").GetString().ShouldBe("2024-03-31");
        Counts(figures.GetProperty("sessions")).ShouldBe((Held: 3, YouthAbsent: 1, Cancelled: 3, Planned: 1, Total: 8));
        Counts(figures.GetProperty("firstSessions")).ShouldBe((Held: 2, YouthAbsent: 0, Cancelled: 2, Planned: 1, Total: 5));
        var cancellations = figures.GetProperty("cancellations");
        cancellations.GetProperty("byPsychologist").GetInt32().ShouldBe(1);
        cancellations.GetProperty("byHub").GetInt32().ShouldBe(1);
        cancellations.GetProperty("byOther").GetInt32().ShouldBe(1);
        figures.GetProperty("youngPeopleSeen").GetInt32().ShouldBe(3);
        var waiting = figures.GetProperty("waiting");
        waiting.GetProperty("count").GetInt32().ShouldBe(3);
        waiting.GetProperty("medianDays").GetDouble().ShouldBe(13);
        waiting.GetProperty("averageDays").GetDouble().ShouldBe(38 / 3.0, 0.0001);
        figures.GetProperty("interpreters").EnumerateArray()
            .Select(i => (i.GetProperty("language").GetString(), i.GetProperty("sessions").GetInt32(), i.GetProperty("booked").GetInt32(), i.GetProperty("notBooked").GetInt32()))
            .ShouldBe([("ps", 3, 1, 2), ("ti", 1, 1, 0)]);
        figures.ToString().ShouldNotContain("Kouyaté", customMessage: "counts only, no names");
    }

    [TestCase("2024-02-29", 1, 0, "the follow-up half an hour before the period starts")]
    [TestCase("2024-03-31", 1, 0, "the follow-up at 23:30 the night summer time starts")]
    [TestCase("2024-04-01", 0, 1, "the cancelled follow-up half an hour after the period ends")]
    public async Task A_session_counts_on_its_paris_day(string day, int held, int cancelled, string which)
    {
        using var coordinator = await ApiClientAsync(await App.CreateAccountAsync(Roles.Coordinator));

        var figures = await coordinator.Http.GetFromJsonAsync<JsonElement>(Api($"from={day}&to={day}"));

        var sessions = figures.GetProperty("sessions");
        sessions.GetProperty("held").GetInt32().ShouldBe(held, which);
        sessions.GetProperty("cancelled").GetInt32().ShouldBe(cancelled, which);
        sessions.GetProperty("total").GetInt32().ShouldBe(held + cancelled, which);
        figures.GetProperty("waiting").GetProperty("count").GetInt32().ShouldBe(0, "E's only request was withdrawn before its session");
    }

    [Test]
    public async Task The_page_shows_the_figures_of_the_period_asked_with_languages_in_french()
    {
        using var client = App.CreatePageClient();
        await client.SignInAsync(await App.CreateAccountAsync(Roles.Coordinator));

        var text = Flat(await client.GetPageAsync("/Psychologie/Chiffres?du=2024-03-01&au=2024-03-31"));

        text.ShouldContain("Du 01/03/2024 au 31/03/2024");
        text.ShouldContain("Tenues 3 2");
        text.ShouldContain("Jeune absent 1 0");
        text.ShouldContain("Annulées 3 2");
        text.ShouldContain("Prévues (à venir, ou issue non indiquée) 1 1");
        text.ShouldContain("Total 8 5");
        text.ShouldContain("Jeunes reçus 3");
        text.ShouldContain("Par la psychologue 1 Par la coordination 1 Autre 1");
        text.ShouldContain("Demandes concernées 3 Attente médiane 13 jours Attente moyenne 12,7 jours");
        text.ShouldContain("pachto 3 1 2");
        text.ShouldContain("tigrigna 1 1 0");
        text.ShouldNotContain("Kouyaté");
    }

    [Test]
    public async Task The_page_shows_the_current_month_unless_another_period_is_asked()
    {
        using var client = App.CreatePageClient();
        await client.SignInAsync(await App.CreateAccountAsync(Roles.Coordinator));
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Paris).DateTime);
        var first = new DateOnly(today.Year, today.Month, 1);

        var html = await client.GetPageAsync("/Psychologie/Chiffres");

        html.ShouldContain($"name=\"du\" value=\"{first:yyyy-MM-dd}\"");
        html.ShouldContain($"name=\"au\" value=\"{first.AddMonths(1).AddDays(-1):yyyy-MM-dd}\"");
        Flat(html).ShouldContain($"Du {first:dd/MM/yyyy} au {first.AddMonths(1).AddDays(-1):dd/MM/yyyy}");
    }

    public static IEnumerable<TestCaseData> Roles_and_answers()
    {
        yield return new TestCaseData(Caller.Anonymous, HttpStatusCode.Unauthorized, HttpStatusCode.Redirect);
        yield return new TestCaseData(Caller.Admin, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden);
        yield return new TestCaseData(Caller.Coordinator, HttpStatusCode.OK, HttpStatusCode.OK);
        yield return new TestCaseData(Caller.YouthWorker, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden);
        yield return new TestCaseData(Caller.Psychologist, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden);
    }

    [TestCaseSource(nameof(Roles_and_answers))]
    public async Task Only_coordinators_read_the_figures_on_the_page_and_through_the_api(Caller caller, HttpStatusCode api, HttpStatusCode page)
    {
        var account = caller switch
        {
            Caller.Anonymous => null,
            Caller.Admin => await App.CreateAccountAsync(Roles.Admin),
            Caller.Coordinator => await App.CreateAccountAsync(Roles.Coordinator),
            Caller.YouthWorker => await App.CreateAccountAsync(Roles.YouthWorker),
            Caller.Psychologist => await App.CreateAccountAsync(Roles.Psychologist),
            _ => throw new ArgumentOutOfRangeException(nameof(caller)),
        };
        using var apiClient = account is null ? App.CreatePageClient() : await ApiClientAsync(account);
        using var pageClient = App.CreatePageClient();
        if (account is not null)
        {
            await pageClient.SignInAsync(account);
        }

        using var apiResponse = await apiClient.Http.GetAsync(Api("from=2024-03-01&to=2024-03-31"));
        using var pageResponse = await pageClient.GetAsync("/Psychologie/Chiffres?du=2024-03-01&au=2024-03-31");

        apiResponse.StatusCode.ShouldBe(api);
        pageResponse.StatusCode.ShouldBe(page);
        if (page == HttpStatusCode.Redirect)
        {
            pageResponse.Headers.Location!.AbsolutePath.ShouldBe("/Connexion");
        }

        if (api == HttpStatusCode.Forbidden)
        {
            apiResponse.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            (await pageResponse.Content.ReadAsStringAsync()).ShouldNotContain("Tenues");
        }
    }

    [TestCase("from=2024-03-31&to=2024-03-01", "La fin de la période doit venir après son début.")]
    [TestCase("from=2024-01-01&to=2025-01-01", "Choisissez une période d'un an au plus.")]
    [TestCase("to=2024-03-31", "Indiquez le premier jour de la période.")]
    [TestCase("from=2024-03-01", "Indiquez le dernier jour de la période.")]
    [TestCase("from=1800-01-01&to=2024-03-01", "Saisissez une date valide (jj/mm/aaaa).")]
    public async Task A_bad_period_is_a_problem_with_its_french_message(string query, string message)
    {
        using var coordinator = await ApiClientAsync(await App.CreateAccountAsync(Roles.Coordinator));

        using var response = await coordinator.Http.GetAsync(Api(query));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var messages = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject()
            .SelectMany(e => e.Value.EnumerateArray().Select(m => m.GetString())).ToList();
        messages.ShouldBe([message]);
    }

    [Test]
    public async Task A_whole_leap_year_is_a_period_of_366_days_and_is_accepted()
    {
        using var coordinator = await ApiClientAsync(await App.CreateAccountAsync(Roles.Coordinator));

        using var response = await coordinator.Http.GetAsync(Api("from=2024-01-01&to=2024-12-31"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    [TestCase("du=2024-03-31&au=2024-03-01", "La fin de la période doit venir après son début.")]
    [TestCase("du=2023-01-01&au=2024-12-31", "Choisissez une période d'un an au plus.")]
    [TestCase("du=31/03/2024&au=2024-04-30", "Saisissez une date valide (jj/mm/aaaa).")]
    public async Task The_page_refuses_a_bad_period_beside_its_field_and_shows_no_figures(string query, string message)
    {
        using var client = App.CreatePageClient();
        await client.SignInAsync(await App.CreateAccountAsync(Roles.Coordinator));

        using var response = await client.GetAsync($"/Psychologie/Chiffres?{query}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PageClient.ErrorsOf(response)).ShouldContain(message);
        var text = await PageClient.TextOf(response);
        text.ShouldContain($"<span class=\"error\">{message}</span>");
        text.ShouldNotContain("Toutes les séances");
    }

    private static Uri Api(string query) => new("/api/v1/psychology/figures?" + query, UriKind.Relative);

    private static (int Held, int YouthAbsent, int Cancelled, int Planned, int Total) Counts(JsonElement counts) =>
        (counts.GetProperty("held").GetInt32(), counts.GetProperty("youthAbsent").GetInt32(), counts.GetProperty("cancelled").GetInt32(),
            counts.GetProperty("planned").GetInt32(), counts.GetProperty("total").GetInt32());

    /// <summary>A page's words without its markup, on one line, as a person reads them.</summary>
    private static string Flat(string html) => Spaces().Replace(Tags().Replace(html, " "), " ");

    /// <summary>A Paris wall-clock time, as an instant.</summary>
    private static DateTimeOffset At(int month, int day, int hour, int minute = 0)
    {
        var local = new DateTime(2024, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, Paris), TimeSpan.Zero);
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    private async Task<PageClient> ApiClientAsync(TestAccount account)
    {
        var client = App.CreatePageClient();
        client.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await ApiTokens.ForAsync(client, account));
        return client;
    }

    /// <summary>The data set of March 2024, stored once for the fixture, after the application started (the tests only read it).</summary>
    [OneTimeSetUp]
    public async Task SeedMarchAsync()
    {
        var psychologist = await App.CreateAccountAsync(Roles.Psychologist);
        var coordinator = await App.CreateAccountAsync(Roles.Coordinator);
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var birth = new DateOnly(2007, 5, 1);
        var a = await App.CreateYouthAsync("Awa", "Kouyaté", birth, worker, psychologist);
        var b = await App.CreateYouthAsync("Binta", "Kouyaté", birth, worker, psychologist);
        var c = await App.CreateYouthAsync("Cheick", "Kouyaté", birth, worker, psychologist);
        var d = await App.CreateYouthAsync("Djibril", "Kouyaté", birth, worker, psychologist);
        var e = await App.CreateYouthAsync("Elhadj", "Kouyaté", birth, worker, psychologist);
        await App.WithServiceAsync<int, RemivDbContext>(async db =>
        {
            var room = Room.Create("Salle des chiffres " + Guid.NewGuid().ToString("N")[..8], null);
            db.Rooms.Add(room);
            var youths = await db.Youths.Where(y => new[] { a, b, c, d, e }.Contains(y.Id)).ToDictionaryAsync(y => y.Id);

            // A request answered by a first session left the waiting list when it was booked (answeredAt).
            void Request(Guid youth, DateTimeOffset at, DateTimeOffset? withdrawnAt = null, DateTimeOffset? answeredAt = null)
            {
                var request = FollowUpRequest.Make(youths[youth], RequestUrgency.Normal, "Demande de suivi pour les chiffres", worker.Id, at);
                if (withdrawnAt is { } when)
                {
                    request.Withdraw("N'en a plus besoin", worker.Id, when);
                }

                if (answeredAt is { } booked)
                {
                    request.MarkScheduled(coordinator.Id, booked);
                }

                db.FollowUpRequests.Add(request);
            }

            void Seance(Guid youth, DateTimeOffset start, SessionKind kind, SessionStatus outcome, Guid? cancelledBy = null, string? language = null, string? booking = null)
            {
                var session = Session.Book(youth, psychologist.Id, room.Id, start, start.AddHours(1), kind, language, booking, null, psychologist.Id, start.AddDays(-10));
                if (outcome is SessionStatus.Held or SessionStatus.YouthAbsent)
                {
                    session.RecordOutcome(outcome, psychologist.Id, start.AddHours(1));
                }
                else if (outcome == SessionStatus.Cancelled)
                {
                    session.Cancel("Empêchement", cancelledBy!.Value, start.AddDays(-1));
                }

                db.Sessions.Add(session);
            }

            Request(a, At(2, 20, 16), answeredAt: At(2, 21, 9));
            Seance(a, At(3, 4, 10), SessionKind.First, SessionStatus.Held, language: "ps", booking: "ISM Interprétariat");
            Seance(a, At(3, 11, 10), SessionKind.FollowUp, SessionStatus.YouthAbsent, language: "ps");
            Seance(a, At(3, 18, 10), SessionKind.FollowUp, SessionStatus.Cancelled, psychologist.Id, "ps", "ISM Interprétariat");

            Request(b, At(2, 26, 9), answeredAt: At(2, 27, 9));
            Seance(b, At(3, 1, 0, 30), SessionKind.First, SessionStatus.Held, language: "ti", booking: "Interprète bénévole");

            Request(c, At(3, 6, 11), answeredAt: At(3, 21, 9));
            Seance(c, At(3, 20, 14), SessionKind.First, SessionStatus.Cancelled, coordinator.Id);
            Seance(c, At(3, 27, 14), SessionKind.First, SessionStatus.Planned, language: "ps");

            Request(d, At(3, 15, 9));
            Seance(d, At(3, 29, 9), SessionKind.First, SessionStatus.Cancelled, worker.Id);

            Request(e, At(3, 5, 9), withdrawnAt: At(3, 10, 9));
            // A new request while E is in follow-up, still waiting: E's next ordinary session (31/03) does not end its wait.
            Request(e, At(3, 20, 9));
            Seance(e, At(2, 29, 23, 30), SessionKind.FollowUp, SessionStatus.Held);
            Seance(e, At(3, 31, 23, 30), SessionKind.FollowUp, SessionStatus.Held);
            Seance(e, At(4, 1, 0, 30), SessionKind.FollowUp, SessionStatus.Cancelled, coordinator.Id);
            return await db.SaveChangesAsync();
        });
    }
}
