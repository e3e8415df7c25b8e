using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MiniExcelLibs;
using Remiv.Application.Common.Files;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Documents.Summaries;
using Remiv.Application.Documents.Summaries.Commands;
using Remiv.Application.Reports.Exports.Commands;
using Remiv.Application.Reports.Exports.Queries;
using Remiv.Domain.Common;
using Remiv.Domain.Reports;
using Remiv.Domain.Security;
using Remiv.Infrastructure.Persistence;
using Remiv.Web.Jobs;
using Remiv.Web.Tests.Reminders;
using Remiv.Web.Tests.Support;

namespace Remiv.Web.Tests.Functional;

/// <summary>
/// Exports of the activity report, end to end: the file made at once (PDF, Excel, CSV) through the API and the page, the
/// export prepared in the background (request, the job run as Hangfire would run it, its progress, the download by its
/// requester alone, the hourly clean-up after 24 hours), the audit of every export, who may export (coordinators only), and
/// bad input refused in French with nothing queued.
/// </summary>
public sealed class ReportExportTests(string provider) : FunctionalFixture(provider)
{
    private const string Year = "from=2019-01-01&to=2019-12-31";

    public enum Caller
    {
        Anonymous,
        Admin,
        Coordinator,
        YouthWorker,
        Psychologist,
    }

    [Test]
    public async Task A_coordinator_exports_the_report_at_once_in_each_format_and_every_export_is_audited()
    {
        var coordinator = await App.CreateAccountAsync(Roles.Coordinator);
        using var api = await SummaryKit.ApiAsync(App, coordinator);

        using var csv = await api.GetAsync($"/api/v1/reports/activity/export?{Year}&template=ddets&format=csv");
        using var xlsx = await api.GetAsync($"/api/v1/reports/activity/export?{Year}&format=XLSX");
        using var pdf = await api.GetAsync($"/api/v1/reports/activity/export?{Year}&template=full&format=pdf");

        csv.StatusCode.ShouldBe(HttpStatusCode.OK, await csv.Content.ReadAsStringAsync());
        csv.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        csv.Content.Headers.ContentDisposition.FileNameStar.ShouldBe("rapport-activite-2019-01-01-2019-12-31-ddets.csv");
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("Rubrique;Catégorie;Colonne;Valeur");
        lines.Length.ShouldBeGreaterThan(1);

        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        xlsx.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("rapport-activite-2019-01-01-2019-12-31-full.xlsx");
        using (var workbook = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()))
        {
            var sheets = MiniExcel.GetSheetNames(workbook);
            sheets[0].ShouldBe("Rapport");
            sheets.Count.ShouldBeGreaterThan(1);
        }

        var document = await SummaryKit.PdfOfAsync(pdf);
        var text = SummaryKit.Text(document);
        text.ShouldContain("Document agrégé — aucune donnée nominative");
        text.ShouldContain("du 01/01/2019 au 31/12/2019");

        (await AuditedAsync(coordinator)).ShouldBe(
            ["2019-01-01/2019-12-31/ddets/csv", "2019-01-01/2019-12-31/full/pdf", "2019-01-01/2019-12-31/full/xlsx"], ignoreOrder: true);
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
    public async Task Only_coordinators_export_the_report_on_the_page_and_through_the_api(Caller caller, HttpStatusCode api, HttpStatusCode page)
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
        using var apiClient = account is null ? App.CreatePageClient() : await SummaryKit.ApiAsync(App, account);
        using var pageClient = account is null ? App.CreatePageClient() : await SummaryKit.PagesAsync(App, account);

        using var direct = await apiClient.GetAsync($"/api/v1/reports/activity/export?{Year}&format=csv");
        using var queued = await apiClient.Http.PostAsJsonAsync(new Uri("/api/v1/reports/activity/exports", UriKind.Relative),
            new { from = "2019-01-01", to = "2019-12-31", format = "pdf" });
        using var status = await apiClient.GetAsync($"/api/v1/reports/activity/exports/{Guid.NewGuid()}");
        using var file = await apiClient.GetAsync($"/api/v1/reports/activity/exports/{Guid.NewGuid()}/file");
        using var form = await pageClient.GetAsync("/Rapports/Exports?du=2019-01-01&au=2019-12-31&modele=full");
        using var pageFile = await pageClient.GetAsync("/Rapports/Exports?handler=Fichier&du=2019-01-01&au=2019-12-31&modele=full&format=csv");

        direct.StatusCode.ShouldBe(api);
        queued.StatusCode.ShouldBe(api == HttpStatusCode.OK ? HttpStatusCode.Accepted : api);
        status.StatusCode.ShouldBe(api == HttpStatusCode.OK ? HttpStatusCode.NotFound : api, "an unknown export is not found, even for a coordinator");
        file.StatusCode.ShouldBe(api == HttpStatusCode.OK ? HttpStatusCode.NotFound : api);
        form.StatusCode.ShouldBe(page);
        pageFile.StatusCode.ShouldBe(page);
        if (page == HttpStatusCode.Redirect)
        {
            form.Headers.Location!.AbsolutePath.ShouldBe("/Connexion");
            pageFile.Headers.Location!.AbsolutePath.ShouldBe("/Connexion");
        }

        if (api == HttpStatusCode.Forbidden)
        {
            direct.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            pageFile.Content.Headers.ContentType!.MediaType.ShouldNotBe("text/csv");
            (await QueuedByAsync(account)).ShouldBe(0, "nothing queued for a refused caller");
        }
        else if (api == HttpStatusCode.OK)
        {
            pageFile.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
            (await PageClient.TextOf(form)).ShouldContain("Exporter le rapport d'activité");
        }
    }

    [TestCase("from=9990-01-01&to=9990-01-02&format=csv")]
    [TestCase("from=9999-12-31&to=9999-12-31&format=pdf")]
    public async Task Dates_at_the_end_of_the_calendar_are_refused_as_dates_never_a_server_error(string query)
    {
        using var api = await SummaryKit.ApiAsync(App, await App.CreateAccountAsync(Roles.Coordinator));

        using var response = await api.GetAsync($"/api/v1/reports/activity/export?{query}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Saisissez une date valide (jj/mm/aaaa).");
    }

    [TestCase("from=2019-12-31&to=2019-01-01&format=pdf", "To", "La fin de la période doit venir après son début.")]
    [TestCase("from=1999-12-31&to=2019-12-31&format=pdf", "To", "Un rapport couvre au plus 20 ans : raccourcissez la période.")]
    [TestCase("from=2019-01-01&to=2019-12-31&template=inconnu&format=csv", "Template", "Ce modèle de rapport n'existe pas : choisissez-en un dans la liste.")]
    [TestCase("from=2019-01-01&to=2019-12-31&format=docx", "Format", "Choisissez le format : PDF, Excel ou CSV.")]
    [TestCase("from=2019-01-01&to=2019-12-31", "Format", "Choisissez le format : PDF, Excel ou CSV.")]
    [TestCase("from=2018-01-01&to=2019-12-31&format=xlsx", "To", "Pour une période de plus de 366 jours, préparez le fichier en arrière-plan.")]
    [TestCase("from=9990-01-01&to=2019-12-31&format=csv", "From", "Saisissez une date valide (jj/mm/aaaa).")]
    [TestCase("from=9999-12-31&to=2019-12-31&format=csv", "From", "Saisissez une date valide (jj/mm/aaaa).")]
    public async Task A_bad_direct_export_is_a_problem_with_its_french_message(string query, string field, string message)
    {
        using var api = await SummaryKit.ApiAsync(App, await App.CreateAccountAsync(Roles.Coordinator));

        using var response = await api.GetAsync($"/api/v1/reports/activity/export?{query}");

        (await SummaryKit.ProblemAsync(response)).ShouldBe((field, message));
    }

    [TestCase("2019-12-31", "2019-01-01", null, "pdf", "To", "La fin de la période doit venir après son début.")]
    [TestCase("1999-12-31", "2019-12-31", null, "pdf", "To", "Un rapport couvre au plus 20 ans : raccourcissez la période.")]
    [TestCase("2019-01-01", "2019-12-31", "inconnu", "csv", "Template", "Ce modèle de rapport n'existe pas : choisissez-en un dans la liste.")]
    [TestCase("2019-01-01", "2019-12-31", null, "odt", "Format", "Choisissez le format : PDF, Excel ou CSV.")]
    [TestCase("9990-01-01", "2019-12-31", null, "csv", "From", "Saisissez une date valide (jj/mm/aaaa).")]
    [TestCase(null, "2019-12-31", null, "pdf", "From", "Indiquez le premier jour de la période.")]
    public async Task A_bad_background_export_is_refused_in_french_and_nothing_is_queued(string? from, string? to, string? template, string? format, string field, string message)
    {
        var coordinator = await App.CreateAccountAsync(Roles.Coordinator);
        using var api = await SummaryKit.ApiAsync(App, coordinator);

        using var response = await api.Http.PostAsJsonAsync(new Uri("/api/v1/reports/activity/exports", UriKind.Relative), new { from, to, template, format });

        (await SummaryKit.ProblemAsync(response)).ShouldBe((field, message));
        (await QueuedByAsync(coordinator)).ShouldBe(0);
    }

    [Test]
    public async Task A_background_export_is_built_as_its_requester_followed_and_downloaded_by_them_alone()
    {
        var coordinator = await App.CreateAccountAsync(Roles.Coordinator);
        var colleague = await App.CreateAccountAsync(Roles.Coordinator);
        using var api = await SummaryKit.ApiAsync(App, coordinator);

        // Twenty years: too long to make at once, fine in the background.
        using var requested = await api.Http.PostAsJsonAsync(new Uri("/api/v1/reports/activity/exports", UriKind.Relative),
            new { from = "2000-01-01", to = "2019-12-31", template = "ddets", format = "xlsx" });

        requested.StatusCode.ShouldBe(HttpStatusCode.Accepted, await requested.Content.ReadAsStringAsync());
        var id = (await requested.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        requested.Headers.Location!.OriginalString.ShouldBe($"/api/v1/reports/activity/exports/{id}");
        var queued = await StatusAsync(api, id);
        (queued.GetProperty("status").GetString(), queued.GetProperty("done").GetInt32(), queued.GetProperty("total").GetInt32()).ShouldBe(("Queued", 0, 2));
        using (var early = await api.GetAsync($"/api/v1/reports/activity/exports/{id}/file"))
        {
            (await SummaryKit.ProblemAsync(early)).ShouldBe(("ExportId", "Ce fichier est encore en préparation : attendez qu'il soit prêt pour le télécharger."));
        }

        // The job, with a look at the saved progress while the figures are read.
        var seen = new List<(PreparedFileStatus, int)>();
        using (var watched = App.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
                   services.AddSingleton<IAccountScope>(sp => new WatchedAccountScope(sp.GetRequiredService<JobRunner>(), sp.GetRequiredService<IServiceScopeFactory>(), id, seen)))))
        {
            await using var scope = watched.Services.CreateAsyncScope();
            (await scope.ServiceProvider.GetRequiredService<ReportJobs>().BuildAsync(id, CancellationToken.None)).ShouldBe(PreparedFileStatus.Ready);
        }

        seen.ShouldBe([(PreparedFileStatus.Running, 0)], "the export is marked running, in its own transaction, before the figures are read");
        (await BuildAsync(App, id)).ShouldBe(PreparedFileStatus.Ready, "a job run twice builds once");

        var ready = await StatusAsync(api, id);
        (ready.GetProperty("status").GetString(), ready.GetProperty("done").GetInt32(), ready.GetProperty("downloadable").GetBoolean()).ShouldBe(("Ready", 2, true));
        ready.GetProperty("templateName").GetString().ShouldNotBeNullOrEmpty();
        var viewed = await App.WithServiceAsync<List<Guid?>, RemivDbContext>(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Action == "report.viewed" && a.TargetId == "2000-01-01/2019-12-31/ddets").Select(a => a.ActorId).ToListAsync());
        viewed.ShouldBe([coordinator.Id], "the figures are read as the requester");

        // Anyone else, even a coordinator: not found, not even its status.
        using (var other = await SummaryKit.ApiAsync(App, colleague))
        {
            (await other.GetAsync($"/api/v1/reports/activity/exports/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await other.GetAsync($"/api/v1/reports/activity/exports/{id}/file")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        (await AuditedAsync(coordinator)).ShouldBeEmpty("building is not exporting: the download is");
        using var file = await api.GetAsync($"/api/v1/reports/activity/exports/{id}/file");
        file.StatusCode.ShouldBe(HttpStatusCode.OK);
        file.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        file.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("rapport-activite-2000-01-01-2019-12-31-ddets.xlsx");
        using (var workbook = new MemoryStream(await file.Content.ReadAsByteArrayAsync()))
        {
            var rows = workbook.Query(useHeaderRow: false, sheetName: "Rapport").Cast<IDictionary<string, object?>>().ToList();
            rows.ShouldContain(r => Equals(r["A"], "Du") && Equals(r["B"], "01/01/2000"));
            rows.ShouldContain(r => Equals(r["A"], "Au") && Equals(r["B"], "31/12/2019"));
        }

        (await AuditedAsync(coordinator)).ShouldBe(["2000-01-01/2019-12-31/ddets/xlsx"]);
        (await AuditedAsync(colleague)).ShouldBeEmpty();
    }

    [Test]
    public async Task A_requester_deactivated_before_the_build_gets_a_failed_export()
    {
        var coordinator = await App.CreateAccountAsync(Roles.Coordinator);
        var id = await App.AsAsync(coordinator, m => m.Send(new RequestReportExport(new DateOnly(2019, 1, 1), new DateOnly(2019, 12, 31), null, ReportFormat.Pdf)));
        await App.WithServiceAsync<int, IIdentityService>(async identity =>
        {
            await identity.SetActiveAsync(coordinator.Id, false, CancellationToken.None);
            return 0;
        });

        (await BuildAsync(App, id)).ShouldBe(PreparedFileStatus.Failed);
        (await ExportAsync(App, id)).StorageKey.ShouldBeNull();
    }

    [Test]
    public async Task The_hourly_clean_up_deletes_the_file_24_hours_after_it_is_ready()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var hub = new RemivWebFactory(Provider, clock: clock);
        var coordinator = await hub.CreateAccountAsync(Roles.Coordinator);
        var id = await hub.AsAsync(coordinator, m => m.Send(new RequestReportExport(new DateOnly(2019, 1, 1), new DateOnly(2019, 12, 31), "full", ReportFormat.Csv)));
        (await BuildAsync(hub, id)).ShouldBe(PreparedFileStatus.Ready);
        var key = (await ExportAsync(hub, id)).StorageKey!;
        (await StoredAsync(hub, key)).ShouldBeTrue();

        clock.Advance(TimeSpan.FromHours(23));
        (await PurgeAsync(hub)).ShouldBe(new PreparedFilesPurgeResult(0, 0), "23 hours after it was ready, the file is still kept");
        (await hub.AsAsync(coordinator, m => m.Send(new DownloadReportExport(id)))).Content.Dispose();

        clock.Advance(TimeSpan.FromHours(1));
        (await PurgeAsync(hub)).ShouldBe(new PreparedFilesPurgeResult(1, 0));

        (await StoredAsync(hub, key)).ShouldBeFalse("the encrypted file is deleted from the store");
        var expired = await ExportAsync(hub, id);
        (expired.Status, expired.StorageKey).ShouldBe((PreparedFileStatus.Expired, null));
        await Should.ThrowAsync<NotFoundException>(() => hub.AsAsync(coordinator, m => m.Send(new DownloadReportExport(id))));
    }

    [Test]
    public async Task On_the_page_a_coordinator_downloads_at_once_or_prepares_in_the_background_and_follows_it()
    {
        var coordinator = await App.CreateAccountAsync(Roles.Coordinator);
        using var pages = await SummaryKit.PagesAsync(App, coordinator);
        const string Form = "/Rapports/Exports?du=2019-01-01&au=2019-12-31&modele=ddets";

        var html = await pages.GetPageAsync(Form);
        html.ShouldContain("name=\"Input.From\" value=\"2019-01-01\"");
        html.ShouldContain("name=\"Input.To\" value=\"2019-12-31\"");
        html.ShouldContain("<option value=\"ddets\" selected=\"selected\">");

        // At once.
        using (var file = await pages.SubmitAsync(Form, Fields("2019-01-01", "2019-12-31", "ddets", "csv"), "/Rapports/Exports?handler=Fichier"))
        {
            file.StatusCode.ShouldBe(HttpStatusCode.OK);
            file.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("rapport-activite-2019-01-01-2019-12-31-ddets.csv");
        }

        // Too long for at once: said beside the field, nothing made.
        using (var tooLong = await pages.SubmitAsync(Form, Fields("2010-01-01", "2019-12-31", "ddets", "pdf"), "/Rapports/Exports?handler=Fichier"))
        {
            tooLong.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await PageClient.ErrorsOf(tooLong)).ShouldContain("Pour une période de plus de 366 jours, préparez le fichier en arrière-plan.");
        }

        // In the background.
        using (var prepared = await pages.SubmitAsync(Form, Fields("2010-01-01", "2019-12-31", "ddets", "pdf"), "/Rapports/Exports?handler=Preparer"))
        {
            prepared.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var id = await App.WithServiceAsync<Guid, RemivDbContext>(db => db.ReportExports.Where(e => e.RequestedBy == coordinator.Id).Select(e => e.Id).SingleAsync());
        var waiting = await pages.GetPageAsync("/Rapports/Exports");
        waiting.ShouldContain("<meta http-equiv=\"refresh\" content=\"5\" />");
        waiting.ShouldContain("En attente");
        waiting.ShouldContain("0 / 2 étapes");
        waiting.ShouldNotContain($"handler=Telecharger&id={id}");

        (await BuildAsync(App, id)).ShouldBe(PreparedFileStatus.Ready);
        var done = await pages.GetPageAsync("/Rapports/Exports");
        done.ShouldNotContain("http-equiv=\"refresh\"");
        done.ShouldContain("Prêt");
        done.ShouldContain($"href=\"/Rapports/Exports?handler=Telecharger&id={id}\"");
        var pdf = await SummaryKit.PdfOfAsync(await pages.GetAsync($"/Rapports/Exports?handler=Telecharger&id={id}"));
        SummaryKit.Text(pdf).ShouldContain("du 01/01/2010 au 31/12/2019");

        using var colleague = await SummaryKit.PagesAsync(App, await App.CreateAccountAsync(Roles.Coordinator));
        (await colleague.GetAsync($"/Rapports/Exports?handler=Telecharger&id={id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await colleague.GetPageAsync("/Rapports/Exports")).ShouldNotContain(id.ToString());
    }

    private static Dictionary<string, string> Fields(string from, string to, string template, string format) => new()
    {
        ["Input.From"] = from,
        ["Input.To"] = to,
        ["Input.Template"] = template,
        ["Input.Format"] = format,
    };

    private static async Task<JsonElement> StatusAsync(PageClient api, Guid id) =>
        await api.Http.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/reports/activity/exports/{id}", UriKind.Relative));

    private static async Task<PreparedFileStatus> BuildAsync(RemivWebFactory app, Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReportJobs>().BuildAsync(id, CancellationToken.None);
    }

    private static async Task<PreparedFilesPurgeResult> PurgeAsync(RemivWebFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SummaryJobs>().PurgeAsync(CancellationToken.None);
    }

    private static Task<ReportExport> ExportAsync(RemivWebFactory app, Guid id) =>
        app.WithServiceAsync<ReportExport, RemivDbContext>(db => db.ReportExports.AsNoTracking().SingleAsync(e => e.Id == id));

    private static Task<bool> StoredAsync(RemivWebFactory app, string key) =>
        app.WithServiceAsync<bool, IAttachmentStore>(async store =>
        {
            try
            {
                await (await store.OpenAsync(key, CancellationToken.None)).DisposeAsync();
                return true;
            }
            catch (FileNotFoundException)
            {
                return false;
            }
        });

    private Task<int> QueuedByAsync(TestAccount? account) =>
        App.WithServiceAsync<int, RemivDbContext>(db => db.ReportExports.CountAsync(e => account == null || e.RequestedBy == account.Id));

    /// <summary>The job's real account scope, which first notes the export's progress as saved in the database (another scope).</summary>
    private sealed class WatchedAccountScope(JobRunner runner, IServiceScopeFactory scopes, Guid exportId, List<(PreparedFileStatus, int)> seen) : IAccountScope
    {
        public async Task<TResult> QueryAsAsync<TResult>(Guid accountId, Mediator.IQuery<TResult> query, CancellationToken cancellationToken)
        {
            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<RemivDbContext>();
                var export = await db.ReportExports.AsNoTracking().SingleAsync(e => e.Id == exportId, cancellationToken);
                seen.Add((export.Status, export.Done));
            }

            return await runner.QueryAsAsync(accountId, query, cancellationToken);
        }
    }

    /// <summary>What the account exported, as the audit log has it ("2019-01-01/2019-12-31/full/pdf").</summary>
    private Task<List<string?>> AuditedAsync(TestAccount account) =>
        App.WithServiceAsync<List<string?>, RemivDbContext>(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Action == "report.exported" && a.ActorId == account.Id).Select(a => a.TargetId).ToListAsync());
}
