using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;
using Remiv.Web.Tests.Support;

namespace Remiv.Web.Tests.Functional;

/// <summary>
/// Who reaches the workshop pages and API: coordinators everything; youth workers plan sessions and take attendance but do
/// not manage the kinds; administration and psychologists nothing (403); anonymous callers are sent to sign in (401 on the
/// API). A refused change saves nothing.
/// </summary>
public sealed class WorkshopAccessTests(string provider) : FunctionalFixture(provider)
{
    private const string YouthFirstName = "Kadiatou";
    private Guid _kind;
    private Guid _session;
    private Guid _youth;
    private TestAccount _worker = null!;

    public enum Caller
    {
        Anonymous,
        Admin,
        Psychologist,
        YouthWorker,
        Coordinator,
    }

    [OneTimeSetUp]
    public async Task SeedAsync()
    {
        _worker = await App.CreateAccountAsync(Roles.YouthWorker);
        _kind = await WorkshopData.KindAsync(App, "Cuisine " + WorkshopData.Unique(), Track.Social);
        _youth = await App.CreateYouthAsync(YouthFirstName, "Bah", null, _worker);
        await WorkshopData.SessionAsync(App, _kind, WorkshopData.Today().AddDays(-7), _worker.Id, _youth);
        _session = await WorkshopData.SessionAsync(App, _kind, WorkshopData.Today(), _worker.Id);
    }

    public static IEnumerable<TestCaseData> Pages()
    {
        foreach (var caller in Enum.GetValues<Caller>())
        {
            foreach (var page in new[] { "/Ateliers", "/Ateliers/Types", "/Ateliers/Nouvelle", "/Ateliers/{session}/Modifier", "/Ateliers/{session}/Presence" })
            {
                var expected = caller switch
                {
                    Caller.Anonymous => HttpStatusCode.Redirect,
                    Caller.Admin or Caller.Psychologist => HttpStatusCode.Forbidden,
                    Caller.YouthWorker when page == "/Ateliers/Types" => HttpStatusCode.Forbidden,
                    _ => HttpStatusCode.OK,
                };
                yield return new TestCaseData(caller, page, expected).SetName($"Page {page} for {caller} is {(int)expected}");
            }
        }
    }

    [TestCaseSource(nameof(Pages))]
    public async Task Each_role_reaches_the_workshop_pages_it_may(Caller caller, string page, HttpStatusCode expected)
    {
        using var client = App.CreatePageClient();
        if (await AccountAsync(caller) is { } account)
        {
            await client.SignInAsync(account);
        }

        using var response = await client.GetAsync(page.Replace("{session}", _session.ToString(), StringComparison.Ordinal));

        response.StatusCode.ShouldBe(expected);
        if (expected == HttpStatusCode.Redirect)
        {
            response.Headers.Location!.AbsolutePath.ShouldBe("/Connexion");
        }

        var html = await PageClient.TextOf(response);
        if (expected != HttpStatusCode.OK)
        {
            html.ShouldNotContain(YouthFirstName);
        }
        else if (page.EndsWith("/Presence", StringComparison.Ordinal))
        {
            html.ShouldContain(YouthFirstName, customMessage: "the regular is on the sheet");
        }
    }

    public static IEnumerable<TestCaseData> Calls()
    {
        foreach (var caller in Enum.GetValues<Caller>())
        {
            foreach (var call in new[] { "list kinds", "add kind", "change kind", "list sessions", "plan", "read session", "change session", "read sheet", "save sheet" })
            {
                var write = call is "add kind" or "change kind" or "plan" or "change session" or "save sheet";
                var expected = caller switch
                {
                    Caller.Anonymous => HttpStatusCode.Unauthorized,
                    Caller.Admin or Caller.Psychologist => HttpStatusCode.Forbidden,
                    Caller.YouthWorker when call is "add kind" or "change kind" => HttpStatusCode.Forbidden,
                    _ => call is "add kind" or "plan" ? HttpStatusCode.Created : HttpStatusCode.OK,
                };
                yield return new TestCaseData(caller, call, expected, write).SetName($"API {call} for {caller} is {(int)expected}");
            }
        }
    }

    [TestCaseSource(nameof(Calls))]
    public async Task Each_role_calls_the_workshop_api_it_may(Caller caller, string call, HttpStatusCode expected, bool write)
    {
        var account = await AccountAsync(caller);
        using var client = account is null ? App.CreatePageClient() : await WorkshopData.ApiClientAsync(App, account);
        var sessionVersion = await WorkshopData.VersionAsync(App, _session);
        var kindName = "Cuisine " + WorkshopData.Unique();
        var sessions = await WorkshopData.SessionCountAsync(App);
        var kinds = (await WorkshopData.KindNamesAsync(App)).Count;
        var day = WorkshopData.Today().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var session = new
        {
            expectedVersion = sessionVersion, kindId = _kind, date = day, start = "10:00:00", end = "12:00:00", place = "Salle de cours",
            facilitatorUserId = _worker.Id,
        };

        using var response = call switch
        {
            "list kinds" => await client.Http.GetAsync(Api("kinds")),
            "add kind" => await client.Http.PostAsJsonAsync(Api("kinds"), new { name = kindName, track = "Social" }),
            "change kind" => await client.Http.PutAsJsonAsync(Api($"kinds/{_kind}"), new
            {
                expectedVersion = await KindVersionAsync(), name = kindName, track = "Social", isActive = true,
            }),
            "list sessions" => await client.Http.GetAsync(Api($"sessions?from={day}&to={day}")),
            "plan" => await client.Http.PostAsJsonAsync(Api("sessions"), session),
            "read session" => await client.Http.GetAsync(Api($"sessions/{_session}")),
            "change session" => await client.Http.PutAsJsonAsync(Api($"sessions/{_session}"), session),
            "read sheet" => await client.Http.GetAsync(Api($"sessions/{_session}/attendance")),
            "save sheet" => await client.Http.PutAsJsonAsync(Api($"sessions/{_session}/attendance"), new { expectedVersion = sessionVersion, youthIds = new[] { _youth } }),
            _ => throw new ArgumentOutOfRangeException(nameof(call)),
        };

        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync());
        var succeeded = expected is HttpStatusCode.OK or HttpStatusCode.Created;
        if (!succeeded)
        {
            (await response.Content.ReadAsStringAsync()).ShouldNotContain(YouthFirstName);
        }

        if (write && !succeeded)
        {
            (await WorkshopData.VersionAsync(App, _session)).ShouldBe(sessionVersion, "nothing saved");
            (await WorkshopData.SessionCountAsync(App)).ShouldBe(sessions);
            (await WorkshopData.KindNamesAsync(App)).Count.ShouldBe(kinds);
            (await WorkshopData.KindNamesAsync(App)).ShouldNotContain(kindName);
        }
        else if (write)
        {
            switch (call)
            {
                case "add kind" or "change kind":
                    (await WorkshopData.KindNamesAsync(App)).ShouldContain(kindName);
                    break;
                case "plan":
                    (await WorkshopData.SessionCountAsync(App)).ShouldBe(sessions + 1);
                    break;
                default:
                    (await WorkshopData.VersionAsync(App, _session)).ShouldBe(sessionVersion + 1);
                    break;
            }
        }
    }

    private Task<int> KindVersionAsync() =>
        App.WithServiceAsync<int, Remiv.Infrastructure.Persistence.RemivDbContext>(db =>
            Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.WorkshopKinds.Where(k => k.Id == _kind).Select(k => k.Version)));

    private async Task<TestAccount?> AccountAsync(Caller caller) => caller switch
    {
        Caller.Anonymous => null,
        Caller.Admin => await App.CreateAccountAsync(Roles.Admin),
        Caller.Psychologist => await App.CreateAccountAsync(Roles.Psychologist),
        Caller.YouthWorker => _worker,
        Caller.Coordinator => await App.CreateAccountAsync(Roles.Coordinator),
        _ => throw new ArgumentOutOfRangeException(nameof(caller)),
    };

    private static Uri Api(string path) => new($"/api/v1/workshops/{path}", UriKind.Relative);
}
