using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Psychology;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;
using Remiv.Infrastructure.Persistence;
using Remiv.Web.Tests.Support;

namespace Remiv.Web.Tests.Functional;

/// <summary>
/// The coordinators' dashboard through the real pipeline and database, over a hand-made data set (the fixture's only young
/// people, so every figure is exact): two youth workers' caseloads, one young person turning 18 in 30 days and one in 120,
/// an overdue legal deadline and an overdue psychological one (never shown to coordinators), a waiting request, and a file
/// whose last readable entry is 40 days old (a psychological entry of yesterday does not count for coordinators). Then who
/// may open it: coordinators only.
/// </summary>
public sealed partial class CoordinationDashboardTests(string provider) : FunctionalFixture(provider)
{
    private const string LegalTitle = "Recours contre le refus de prise en charge";
    private const string PsychologicalTitle = "Bilan avec la psychologue";

    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    private TestAccount _first = null!;
    private TestAccount _second = null!;
    private Guid _soonAdult;
    private Guid _laterAdult;
    private Guid _third;
    private Guid _legalDeadline;
    private DateOnly _today;
    private DateTimeOffset _requestedAt;

    public enum Caller
    {
        Anonymous,
        Admin,
        YouthWorker,
        Psychologist,
    }

    [OneTimeSetUp]
    public async Task SeedAsync()
    {
        _first = await App.CreateAccountAsync(Roles.YouthWorker);
        _second = await App.CreateAccountAsync(Roles.YouthWorker);
        var psychologist = await App.CreateAccountAsync(Roles.Psychologist);
        var now = DateTimeOffset.UtcNow;
        _today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Paris).DateTime);
        _requestedAt = now.AddDays(-12);
        await App.WithServiceAsync<int, RemivDbContext>(async db =>
        {
            var soon = Register(db, "Amadou", "Diallo", _today.AddDays(30).AddYears(-18), _first, _second);
            var later = Register(db, "Moussa", "Camara", _today.AddDays(120).AddYears(-18), _first, psychologist);
            var third = Register(db, "Ibrahima", "Sow", null, _second, _first);
            (_soonAdult, _laterAdult, _third) = (soon.Id, later.Id, third.Id);

            Entry(db, soon, _today.AddDays(-1), Track.Legal, _first);
            Entry(db, third, _today.AddDays(-1), Track.Social, _second);
            Entry(db, later, _today.AddDays(-40), Track.Administrative, _first);
            Entry(db, later, _today.AddDays(-1), Track.Psychological, psychologist);

            var legal = Deadline.Create(later, new DeadlineDetails(Track.Legal, DeadlineKind.Appeal, LegalTitle, DeadlineEvent.JuvenileJudgeDecisionNotified,
                _today.AddDays(-40), _today.AddDays(-10), null, _first.Id, [7, 2, 0]), null, _first.Id, _today, now);
            var psychological = Deadline.Create(later, new DeadlineDetails(Track.Psychological, DeadlineKind.Appointment, PsychologicalTitle,
                DeadlineEvent.JuvenileJudgeDecisionNotified, _today.AddDays(-40), _today.AddDays(-20), null, psychologist.Id, [0]), null, psychologist.Id, _today, now);
            db.Deadlines.AddRange(legal, psychological);
            _legalDeadline = legal.Id;

            db.FollowUpRequests.Add(FollowUpRequest.Make(later, RequestUrgency.Normal, "Cauchemars depuis la traversée", _first.Id, _requestedAt));
            return await db.SaveChangesAsync();
        });
    }

    [Test]
    public async Task The_api_gives_the_figures_counted_by_hand()
    {
        using var coordinator = await ApiClientAsync(await App.CreateAccountAsync(Roles.Coordinator));

        var dashboard = await coordinator.Http.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/coordination/dashboard", UriKind.Relative));

        dashboard.GetProperty("today").GetString().ShouldBe(Iso(_today));
        var caseloads = dashboard.GetProperty("caseloads").EnumerateArray()
            .ToDictionary(c => c.GetProperty("userId").GetGuid(), c => (c.GetProperty("referent").GetInt32(), c.GetProperty("member").GetInt32()));
        caseloads[_first.Id].ShouldBe((2, 3), "referent of Diallo and Camara, in the group of all three");
        caseloads[_second.Id].ShouldBe((1, 2), "referent of Sow, in the group of Diallo and Sow");

        var turning = dashboard.GetProperty("turningEighteen").EnumerateArray().ToList();
        turning.Select(t => t.GetProperty("youthId").GetGuid()).ShouldBe([_soonAdult], "Camara turns 18 in 120 days: not yet");
        turning[0].GetProperty("firstName").GetString().ShouldBe("Amadou");
        turning[0].GetProperty("lastName").GetString().ShouldBe("Diallo");
        turning[0].GetProperty("eighteenthBirthday").GetString().ShouldBe(Iso(_today.AddDays(30)));
        turning[0].GetProperty("daysLeft").GetInt32().ShouldBe(30);

        dashboard.GetProperty("overdueDeadlineCount").GetInt32().ShouldBe(1, "the psychological deadline is not the coordinators'");
        var overdue = dashboard.GetProperty("mostOverdueDeadlines").EnumerateArray().Single();
        overdue.GetProperty("deadlineId").GetGuid().ShouldBe(_legalDeadline);
        overdue.GetProperty("youthId").GetGuid().ShouldBe(_laterAdult);
        overdue.GetProperty("kind").GetString().ShouldBe("Appeal");
        overdue.GetProperty("daysOverdue").GetInt32().ShouldBe(10);

        dashboard.GetProperty("waitingRequestCount").GetInt32().ShouldBe(1);
        var expectedWait = _today.DayNumber - DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(_requestedAt, Paris).DateTime).DayNumber;
        dashboard.GetProperty("oldestWaitDays").GetInt32().ShouldBe(expectedWait);

        dashboard.GetProperty("quietFileCount").GetInt32().ShouldBe(1);
        var quiet = dashboard.GetProperty("quietFiles").EnumerateArray().Single();
        quiet.GetProperty("youthId").GetGuid().ShouldBe(_laterAdult, "Camara's last readable entry is 40 days old; Diallo and Sow had one yesterday");
        quiet.GetProperty("lastEntryDate").GetString().ShouldBe(Iso(_today.AddDays(-40)));

        var json = dashboard.ToString();
        json.ShouldNotContain(PsychologicalTitle);
        json.ShouldNotContain("Cauchemars", customMessage: "a request's reason is never shown");
    }

    [Test]
    public async Task The_page_shows_the_same_figures_in_french()
    {
        using var client = App.CreatePageClient();
        await client.SignInAsync(await App.CreateAccountAsync(Roles.Coordinator));

        var html = await client.GetPageAsync("/Coordination");
        var text = Flat(html);

        text.ShouldContain("Tableau de bord de la coordination");
        text.ShouldContain($"Situation au {Day(_today)}.");
        text.ShouldContain("Majorité dans les 90 jours (1)");
        text.ShouldContain($"Amadou Diallo 18 ans le {Day(_today.AddDays(30))} (dans 30 jours)");
        text.ShouldContain("Échéances en retard (1)");
        text.ShouldContain($"{Day(_today.AddDays(-10))} En retard de 10 jours {LegalTitle} Moussa Camara");
        text.ShouldNotContain(PsychologicalTitle);
        text.ShouldContain($"Demandes en attente 1 Attente la plus longue");
        text.ShouldNotContain("Cauchemars");
        text.ShouldContain("Sans entrée depuis 30 jours (1)");
        text.ShouldContain($"Moussa Camara Dernière entrée le {Day(_today.AddDays(-40))}");
        html.ShouldContain($"href=\"/Jeunes/{_laterAdult}\"");
        html.ShouldContain($"href=\"/Jeunes/{_soonAdult}\"");
        html.ShouldNotContain($"href=\"/Jeunes/{_third}\"", customMessage: "Sow is neither turning 18 nor quiet");
    }

    public static IEnumerable<TestCaseData> Refused_callers()
    {
        yield return new TestCaseData(Caller.Anonymous, HttpStatusCode.Unauthorized, HttpStatusCode.Redirect);
        yield return new TestCaseData(Caller.Admin, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden);
        yield return new TestCaseData(Caller.YouthWorker, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden);
        yield return new TestCaseData(Caller.Psychologist, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden);
    }

    [TestCaseSource(nameof(Refused_callers))]
    public async Task Only_coordinators_open_the_dashboard(Caller caller, HttpStatusCode api, HttpStatusCode page)
    {
        var account = caller switch
        {
            Caller.Anonymous => null,
            Caller.Admin => await App.CreateAccountAsync(Roles.Admin),
            Caller.YouthWorker => _first,
            Caller.Psychologist => await App.CreateAccountAsync(Roles.Psychologist),
            _ => throw new ArgumentOutOfRangeException(nameof(caller)),
        };
        using var apiClient = account is null ? App.CreatePageClient() : await ApiClientAsync(account);
        using var pageClient = App.CreatePageClient();
        if (account is not null)
        {
            await pageClient.SignInAsync(account);
        }

        using var apiResponse = await apiClient.Http.GetAsync(new Uri("/api/v1/coordination/dashboard", UriKind.Relative));
        using var pageResponse = await pageClient.GetAsync("/Coordination");

        apiResponse.StatusCode.ShouldBe(api);
        pageResponse.StatusCode.ShouldBe(page);
        if (page == HttpStatusCode.Redirect)
        {
            pageResponse.Headers.Location!.AbsolutePath.ShouldBe("/Connexion");
        }

        (await apiResponse.Content.ReadAsStringAsync()).ShouldNotContain("Camara");
        (await pageResponse.Content.ReadAsStringAsync()).ShouldNotContain("Camara");
    }

    private static Youth Register(RemivDbContext db, string first, string last, DateOnly? birth, TestAccount referent, params TestAccount[] members)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Paris).DateTime);
        var identity = new YouthIdentity(first, last, birth, BirthDateStanding.Declared, Sex.Male, "GN", ["fr"], InterpreterNeeded: false, Phone: null,
            ArrivalInFrance: today.AddDays(-200), ReferredBy: null, Accommodation: null);
        var youth = Youth.Register(identity, today.AddDays(-180), referent.Id, today, DateTimeOffset.UtcNow);
        foreach (var member in members)
        {
            youth.AddToGroup(member.Id, today);
        }

        db.Youths.Add(youth);
        return youth;
    }

    private void Entry(RemivDbContext db, Youth youth, DateOnly date, Track track, TestAccount author) =>
        db.FollowUpEntries.Add(FollowUpEntry.Write(youth, Guid.NewGuid(), date, track, EntryKind.Conversation, "Point sur la situation", author.Id, null, null,
            EntryVisibility.FollowUpGroup, _today, DateTimeOffset.UtcNow));

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>A page's words without its markup, on one line, as a person reads them.</summary>
    private static string Flat(string html) => Spaces().Replace(Tags().Replace(html, " "), " ");

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
}
