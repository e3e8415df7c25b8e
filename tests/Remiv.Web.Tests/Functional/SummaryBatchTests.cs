using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Remiv.Application.Common.Files;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Documents.Summaries;
using Remiv.Application.Documents.Summaries.Commands;
using Remiv.Application.Documents.Summaries.Queries;
using Remiv.Domain.Common;
using Remiv.Domain.Documents;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;
using Remiv.Infrastructure.Persistence;
using Remiv.Web.Jobs;
using Remiv.Web.Tests.Reminders;
using Remiv.Web.Tests.Support;

namespace Remiv.Web.Tests.Functional;

/// <summary>
/// Batches of case summaries, end to end: the request (only files the requester sees), the job that builds every summary
/// as the requester with its progress saved as it goes, the zip (one PDF per young person, nothing personal in the names),
/// the download by the requester only, the 24-hour life of the file and its hourly clean-up, and the page. The job runs
/// here as Hangfire would run it (<see cref="SummaryJobs"/>), called by the test: the Hangfire server does not run in tests.
/// </summary>
public sealed class SummaryBatchTests(string provider) : FunctionalFixture(provider)
{
    private static readonly string[] LegalAndHealth = ["Legal", "Health"];
    private static readonly string[] PsychologicalOnly = ["Psychological"];
    private static readonly string[] UnknownTrack = ["Astrologie"];

    [Test]
    public async Task A_batch_is_built_as_its_requester_one_summary_after_the_other_and_downloaded_by_them_alone()
    {
        var (worker, youths) = await CaseloadAsync(3);
        var stranger = await App.CreateAccountAsync(Roles.YouthWorker);
        var coordinator = await App.CreateAccountAsync(Roles.Coordinator);
        using var api = await SummaryKit.ApiAsync(App, worker);

        using var requested = await api.Http.PostAsJsonAsync(new Uri("/api/v1/summary-batches", UriKind.Relative),
            new { youthIds = youths.Select(y => y.Id), tracks = LegalAndHealth });

        requested.StatusCode.ShouldBe(HttpStatusCode.Accepted, await requested.Content.ReadAsStringAsync());
        var id = (await requested.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        requested.Headers.Location!.OriginalString.ShouldBe($"/api/v1/summary-batches/{id}");
        var queued = await StatusAsync(api, id);
        (queued.GetProperty("status").GetString(), queued.GetProperty("done").GetInt32(), queued.GetProperty("total").GetInt32()).ShouldBe(("Queued", 0, 3));
        using (var early = await api.GetAsync($"/api/v1/summary-batches/{id}/file"))
        {
            (await SummaryKit.ProblemAsync(early)).ShouldBe(("BatchId", "Cette série est encore en préparation : attendez qu'elle soit prête pour la télécharger."));
        }

        // The job, with a look at the saved progress before each summary.
        var progress = new List<int>();
        using var watched = App.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<IAccountScope>(sp => new WatchedAccountScope(sp.GetRequiredService<JobRunner>(), sp.GetRequiredService<IServiceScopeFactory>(), id, progress))));
        (await BuildAsync(watched.Services, id)).ShouldBe(PreparedFileStatus.Ready);

        progress.ShouldBe([0, 1, 2], "the progress is saved after each summary, in its own transaction");
        var ready = await StatusAsync(api, id);
        (ready.GetProperty("status").GetString(), ready.GetProperty("done").GetInt32(), ready.GetProperty("downloadable").GetBoolean()).ShouldBe(("Ready", 3, true));

        // The zip: one PDF per young person, in the batch's order, named without anything personal.
        using var file = await api.GetAsync($"/api/v1/summary-batches/{id}/file");
        file.StatusCode.ShouldBe(HttpStatusCode.OK);
        file.Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");
        file.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe($"syntheses-{SummaryKit.Iso(SummaryKit.Today)}.zip");
        var pdfs = await EntriesAsync(file);
        pdfs.Keys.ShouldBe(["synthese-01.pdf", "synthese-02.pdf", "synthese-03.pdf"]);
        for (var i = 0; i < youths.Count; i++)
        {
            var text = SummaryKit.Text(pdfs[$"synthese-{i + 1:00}.pdf"]);
            text.ShouldContain(youths[i].Name);
            text.ShouldContain("Volets : Juridique, Santé");
            text.ShouldContain("par Compte YouthWorker", customMessage: "generated as the requester");
            youths.Where((_, j) => j != i).ShouldAllBe(other => !text.Contains(other.Name, StringComparison.Ordinal));
        }

        // The requester's own summaries, in the audit, and the download.
        foreach (var youth in youths)
        {
            (await SummaryKit.AuditCountAsync(App, youth.Id, worker)).ShouldBe(1);
        }

        (await AuditAsync("summaries.batch-downloaded", id)).ShouldBe([worker.Id]);

        // Anyone else: not found, not even its status.
        foreach (var other in new[] { stranger, coordinator })
        {
            using var client = await SummaryKit.ApiAsync(App, other);
            (await client.GetAsync($"/api/v1/summary-batches/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await client.GetAsync($"/api/v1/summary-batches/{id}/file")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await client.Http.GetStringAsync(new Uri("/api/v1/summary-batches", UriKind.Relative))).ShouldNotContain(id.ToString());
        }

        (await AuditAsync("summaries.batch-downloaded", id)).ShouldBe([worker.Id]);
    }

    [Test]
    public async Task A_young_person_the_requester_does_not_see_is_refused_when_asking_and_nothing_is_queued()
    {
        var (worker, youths) = await CaseloadAsync(1);
        var elsewhere = await App.CreateYouthAsync("Fatoumata", "Bah", SummaryKit.Today.AddYears(-16), await App.CreateAccountAsync(Roles.YouthWorker));
        using var api = await SummaryKit.ApiAsync(App, worker);

        using var refused = await api.Http.PostAsJsonAsync(new Uri("/api/v1/summary-batches", UriKind.Relative), new { youthIds = new[] { youths[0].Id, elsewhere } });
        using var unknown = await api.Http.PostAsJsonAsync(new Uri("/api/v1/summary-batches", UriKind.Relative), new { youthIds = new[] { Guid.NewGuid() } });
        using var none = await api.Http.PostAsJsonAsync(new Uri("/api/v1/summary-batches", UriKind.Relative), new { youthIds = Array.Empty<Guid>() });
        using var psychological = await api.Http.PostAsJsonAsync(new Uri("/api/v1/summary-batches", UriKind.Relative),
            new { youthIds = new[] { youths[0].Id }, tracks = PsychologicalOnly });
        using var reversed = await api.Http.PostAsJsonAsync(new Uri("/api/v1/summary-batches", UriKind.Relative),
            new { youthIds = new[] { youths[0].Id }, from = SummaryKit.Iso(SummaryKit.Today), to = SummaryKit.Iso(SummaryKit.Today.AddDays(-1)) });
        using var notATrack = await api.Http.PostAsJsonAsync(new Uri("/api/v1/summary-batches", UriKind.Relative),
            new { youthIds = new[] { youths[0].Id }, tracks = UnknownTrack });

        const string notSeen = "Certains jeunes cochés ne font pas partie des dossiers que vous pouvez consulter : retirez-les de la sélection puis relancez la série.";
        (await SummaryKit.ProblemAsync(refused)).ShouldBe(("YouthIds", notSeen));
        (await SummaryKit.ProblemAsync(unknown)).ShouldBe(("YouthIds", notSeen), "an unknown id reads exactly as a file one does not see");
        (await SummaryKit.ProblemAsync(none)).ShouldBe(("YouthIds", "Cochez au moins un jeune."));
        (await SummaryKit.ProblemAsync(psychological)).ShouldBe(("Tracks", "Choisissez seulement des volets que vous pouvez consulter."));
        (await SummaryKit.ProblemAsync(reversed)).ShouldBe(("To", "La fin de la période doit venir après son début."));
        notATrack.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        notATrack.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await App.WithServiceAsync<int, RemivDbContext>(db => db.SummaryBatches.CountAsync(b => b.RequestedBy == worker.Id))).ShouldBe(0);
    }

    [TestCase(Roles.Admin)]
    [TestCase(Roles.Psychologist)]
    public async Task Administrators_and_psychologists_have_no_batches(string role)
    {
        var account = await App.CreateAccountAsync(role);
        using var api = await SummaryKit.ApiAsync(App, account);
        using var pages = await SummaryKit.PagesAsync(App, account);

        (await api.Http.PostAsJsonAsync(new Uri("/api/v1/summary-batches", UriKind.Relative), new { youthIds = new[] { Guid.NewGuid() } }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await api.GetAsync("/api/v1/summary-batches")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await pages.GetAsync("/Syntheses")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task A_file_that_left_the_requesters_groups_meanwhile_is_left_out_and_the_zip_says_how_many_never_who()
    {
        var (worker, youths) = await CaseloadAsync(3);
        var colleague = await App.CreateAccountAsync(Roles.YouthWorker);
        var id = await App.AsAsync(worker, m => m.Send(new RequestSummaryBatch([.. youths.Select(y => y.Id)])));
        await App.WithServiceAsync<int, RemivDbContext>(async db =>
        {
            var left = await db.Youths.SingleAsync(y => y.Id == youths[1].Id);
            left.AssignReferent(colleague.Id, SummaryKit.Today);
            left.RemoveFromGroup(worker.Id, SummaryKit.Today);
            return await db.SaveChangesAsync();
        });

        (await BuildAsync(App.Services, id)).ShouldBe(PreparedFileStatus.Ready);

        var zip = await StoredZipAsync(id);
        zip.Keys.ShouldBe(["synthese-01.pdf", "synthese-02.pdf", BuildSummaryBatchHandler.NoteFileName]);
        SummaryKit.Text(zip["synthese-01.pdf"]).ShouldContain(youths[0].Name);
        SummaryKit.Text(zip["synthese-02.pdf"]).ShouldContain(youths[2].Name);
        var note = Encoding.UTF8.GetString(zip[BuildSummaryBatchHandler.NoteFileName]);
        note.ShouldStartWith("1 jeune de la série ne fait plus partie des dossiers que vous pouvez consulter");
        note.ShouldNotContain(youths[1].Name);
        (await SummaryKit.AuditCountAsync(App, youths[1].Id, worker)).ShouldBe(0);
    }

    [Test]
    public async Task A_zip_is_not_handed_over_once_a_file_in_it_left_the_requesters_groups_and_it_is_deleted()
    {
        var (worker, youths) = await CaseloadAsync(2);
        var id = await App.AsAsync(worker, m => m.Send(new RequestSummaryBatch([.. youths.Select(y => y.Id)])));
        (await BuildAsync(App.Services, id)).ShouldBe(PreparedFileStatus.Ready);
        var key = (await BatchAsync(App, id)).StorageKey!;
        await App.WithServiceAsync<int, RemivDbContext>(async db =>
        {
            var left = await db.Youths.SingleAsync(y => y.Id == youths[1].Id);
            left.AssignReferent((await App.CreateAccountAsync(Roles.YouthWorker)).Id, SummaryKit.Today);
            left.RemoveFromGroup(worker.Id, SummaryKit.Today);
            return await db.SaveChangesAsync();
        });
        using var api = await SummaryKit.ApiAsync(App, worker);

        using var download = await api.GetAsync($"/api/v1/summary-batches/{id}/file");

        download.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await OpenAsync(App, key)).ShouldBeFalse("the stored zip is deleted");
        (await BatchAsync(App, id)).Status.ShouldBe(PreparedFileStatus.Expired);
    }

    private static readonly string[] LegalAndPsychological = ["Legal", "Psychological"];

    [Test]
    public async Task The_psychological_track_never_goes_into_a_batch_even_for_someone_who_is_also_a_psychologist()
    {
        var (worker, youths) = await CaseloadAsync(1);
        var both = await App.CreateAccountAsync(Roles.Coordinator);
        (await App.WithServiceAsync<IdentityOutcome<Guid>, IIdentityService>(identity =>
            identity.SetRolesAsync(both.Id, [Roles.Coordinator, Roles.Psychologist], CancellationToken.None))).Succeeded.ShouldBeTrue();
        using var api = await SummaryKit.ApiAsync(App, both);
        var pages = await SummaryKit.PagesAsync(App, both);

        using var asked = await api.Http.PostAsJsonAsync(new Uri("/api/v1/summary-batches", UriKind.Relative),
            new { youthIds = new[] { youths[0].Id }, tracks = LegalAndPsychological });
        var page = await pages.GetPageAsync("/Syntheses?choisir=1");

        (await SummaryKit.ProblemMessagesAsync(asked)).ShouldContain(RequestSummaryBatchHandler.PsychologicalRefused);
        page.ShouldNotContain("value=\"Psychological\"", customMessage: "the batch form does not offer the psychological track");
        var id = await App.AsAsync(both, m => m.Send(new RequestSummaryBatch([youths[0].Id])));
        (await BatchAsync(App, id)).Tracks.ShouldNotContain(Track.Psychological, "all tracks means all but the psychological one, fixed at request time");
        pages.Dispose();
    }

    [Test]
    public async Task A_requester_deactivated_before_the_build_gets_no_zip()
    {
        var (worker, youths) = await CaseloadAsync(2);
        var id = await App.AsAsync(worker, m => m.Send(new RequestSummaryBatch([.. youths.Select(y => y.Id)])));
        await App.WithServiceAsync<IdentityOutcome<Guid>, IIdentityService>(identity => identity.SetActiveAsync(worker.Id, false, CancellationToken.None));

        (await BuildAsync(App.Services, id)).ShouldBe(PreparedFileStatus.Failed);

        var batch = await BatchAsync(App, id);
        (batch.Status, batch.StorageKey, batch.Done).ShouldBe((PreparedFileStatus.Failed, null, 0));
        (await SummaryKit.AuditCountAsync(App, youths[0].Id, worker)).ShouldBe(0);
    }

    [Test]
    public async Task A_requester_deactivated_during_the_build_gets_no_zip()
    {
        var (worker, youths) = await CaseloadAsync(3);
        var id = await App.AsAsync(worker, m => m.Send(new RequestSummaryBatch([.. youths.Select(y => y.Id)])));
        var calls = 0;
        using var app = App.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<IAccountScope>(sp => new DeactivatingAccountScope(sp.GetRequiredService<JobRunner>(), sp.GetRequiredService<IServiceScopeFactory>(), () => ++calls == 2))));

        (await BuildAsync(app.Services, id)).ShouldBe(PreparedFileStatus.Failed);

        var batch = await BatchAsync(App, id);
        (batch.Status, batch.StorageKey, batch.Done).ShouldBe((PreparedFileStatus.Failed, null, 1));
        (await SummaryKit.AuditCountAsync(App, youths[0].Id, worker)).ShouldBe(1);
        (await SummaryKit.AuditCountAsync(App, youths[1].Id, worker)).ShouldBe(0, "refused as soon as the account was deactivated");
    }

    [Test]
    public async Task The_build_sees_with_the_requesters_roles_as_they_are_now_not_as_they_were_when_asking()
    {
        var coordinator = await App.CreateAccountAsync(Roles.Coordinator);
        var referent = await App.CreateAccountAsync(Roles.YouthWorker);
        var followed = await App.CreateYouthAsync("Tesfay", SummaryKit.Secret("Gebre"), SummaryKit.Today.AddYears(-16), referent, coordinator);
        var notFollowed = await App.CreateYouthAsync("Tesfay", SummaryKit.Secret("Haile"), SummaryKit.Today.AddYears(-16), referent);
        var id = await App.AsAsync(coordinator, m => m.Send(new RequestSummaryBatch([followed, notFollowed])));
        await App.WithServiceAsync<IdentityOutcome<Guid>, IIdentityService>(identity =>
            identity.SetRolesAsync(coordinator.Id, [Roles.YouthWorker], CancellationToken.None));

        (await BuildAsync(App.Services, id)).ShouldBe(PreparedFileStatus.Ready);

        var zip = await StoredZipAsync(id);
        zip.Keys.ToList().ShouldBe(["synthese-01.pdf", BuildSummaryBatchHandler.NoteFileName], customMessage: "a youth worker now: the file outside their groups is left out");
        (await SummaryKit.AuditCountAsync(App, followed, coordinator)).ShouldBe(1);
        (await SummaryKit.AuditCountAsync(App, notFollowed, coordinator)).ShouldBe(0);
    }

    [Test]
    public async Task A_job_run_twice_builds_once()
    {
        var (worker, youths) = await CaseloadAsync(1);
        var id = await App.AsAsync(worker, m => m.Send(new RequestSummaryBatch([youths[0].Id])));

        (await BuildAsync(App.Services, id)).ShouldBe(PreparedFileStatus.Ready);
        var first = (await BatchAsync(App, id)).StorageKey;
        (await BuildAsync(App.Services, id)).ShouldBe(PreparedFileStatus.Ready);

        (await BatchAsync(App, id)).StorageKey.ShouldBe(first);
        (await SummaryKit.AuditCountAsync(App, youths[0].Id, worker)).ShouldBe(1);
    }

    [Test]
    public async Task The_hourly_clean_up_deletes_the_zip_after_24_hours_and_fails_batches_left_unbuilt()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var hub = new RemivWebFactory(Provider, clock: clock);
        var worker = await hub.CreateAccountAsync(Roles.YouthWorker);
        var youth = await hub.CreateYouthAsync("Abdoulaye", "Keïta", SummaryKit.Today.AddYears(-16), worker);
        var built = await hub.AsAsync(worker, m => m.Send(new RequestSummaryBatch([youth])));
        var forgotten = await hub.AsAsync(worker, m => m.Send(new RequestSummaryBatch([youth])));
        (await BuildAsync(hub.Services, built)).ShouldBe(PreparedFileStatus.Ready);
        var key = (await BatchAsync(hub, built)).StorageKey!;
        (await OpenAsync(hub, key)).ShouldBeTrue();

        clock.Advance(TimeSpan.FromMinutes(30));
        (await PurgeAsync(hub)).ShouldBe(new PreparedFilesPurgeResult(0, 0));
        clock.Advance(TimeSpan.FromMinutes(31));
        (await PurgeAsync(hub)).ShouldBe(new PreparedFilesPurgeResult(0, 1), "a batch still queued an hour after it was asked for");
        (await BatchAsync(hub, forgotten)).Status.ShouldBe(PreparedFileStatus.Failed);
        clock.Advance(TimeSpan.FromHours(22));
        (await PurgeAsync(hub)).ShouldBe(new PreparedFilesPurgeResult(0, 0), "23 hours after it was ready, the zip is still kept");
        (await OpenAsync(hub, key)).ShouldBeTrue();
        (await hub.AsAsync(worker, m => m.Send(new DownloadSummaryBatch(built)))).Content.Dispose();

        clock.Advance(TimeSpan.FromHours(1));
        (await PurgeAsync(hub)).ShouldBe(new PreparedFilesPurgeResult(1, 0));

        (await OpenAsync(hub, key)).ShouldBeFalse("the encrypted file is deleted from the store");
        var expired = await BatchAsync(hub, built);
        (expired.Status, expired.StorageKey).ShouldBe((PreparedFileStatus.Expired, null));
        await Should.ThrowAsync<Remiv.Application.Common.Exceptions.NotFoundException>(() => hub.AsAsync(worker, m => m.Send(new DownloadSummaryBatch(built))));
        (await PurgeAsync(hub)).ShouldBe(new PreparedFilesPurgeResult(0, 0));
    }

    [Test]
    public async Task On_the_page_one_ticks_young_people_starts_a_batch_follows_it_and_downloads_its_zip()
    {
        var (worker, youths) = await CaseloadAsync(2);
        var notMine = await App.CreateYouthAsync("Ousmane", "Sow", SummaryKit.Today.AddYears(-16), await App.CreateAccountAsync(Roles.YouthWorker));
        using var pages = await SummaryKit.PagesAsync(App, worker);

        var home = await pages.GetPageAsync("/Syntheses");
        home.ShouldContain("Vous n'avez pas encore lancé de série.");
        home.ShouldContain("Choisir des jeunes");

        var choice = await pages.GetPageAsync("/Syntheses?choisir=1");
        youths.ShouldAllBe(y => choice.Contains(y.Name, StringComparison.Ordinal));
        choice.ShouldNotContain(notMine.ToString());
        choice.ShouldNotContain("http-equiv=\"refresh\"");

        // A search narrows the list (in a POST: no name in the address) and keeps what was ticked.
        using var searched = await pages.SubmitAsync("/Syntheses?choisir=1", new Dictionary<string, string>
        {
            ["Input.Text"] = youths[1].LastName,
            ["Input.YouthIds[0]"] = youths[0].Id.ToString(),
        }, "/Syntheses?handler=Search");
        searched.StatusCode.ShouldBe(HttpStatusCode.OK);
        var narrowed = await PageClient.TextOf(searched);
        narrowed.ShouldContain(youths[1].Name);
        narrowed.ShouldNotContain(youths[0].Name);
        narrowed.ShouldContain($"<input type=\"hidden\" name=\"Input.YouthIds\" value=\"{youths[0].Id}\" />");

        // Nothing ticked: refused beside the list.
        using var empty = await pages.SubmitAsync("/Syntheses?choisir=1", new Dictionary<string, string> { ["Input.Tracks[0]"] = "Legal" }, "/Syntheses?handler=Start");
        (await PageClient.ErrorsOf(empty)).ShouldContain("Cochez au moins un jeune.");

        using var started = await pages.SubmitAsync("/Syntheses?choisir=1", new Dictionary<string, string>
        {
            ["Input.YouthIds[0]"] = youths[0].Id.ToString(),
            ["Input.YouthIds[1]"] = youths[1].Id.ToString(),
            ["Input.Tracks[0]"] = "Legal",
        }, "/Syntheses?handler=Start");
        started.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        started.Headers.Location!.OriginalString.ShouldBe("/Syntheses");
        var id = await App.WithServiceAsync<Guid, RemivDbContext>(db => db.SummaryBatches.Where(b => b.RequestedBy == worker.Id).Select(b => b.Id).SingleAsync());

        var waiting = await pages.GetPageAsync("/Syntheses");
        waiting.ShouldContain("La série est lancée.");
        waiting.ShouldContain("En attente");
        waiting.ShouldContain("0 / 2 synthèses");
        waiting.ShouldContain("<meta http-equiv=\"refresh\" content=\"5\" />");
        waiting.ShouldNotContain("handler=Fichier");

        (await BuildAsync(App.Services, id)).ShouldBe(PreparedFileStatus.Ready);

        var ready = await pages.GetPageAsync("/Syntheses");
        ready.ShouldContain("Prête");
        ready.ShouldContain("2 / 2 synthèses");
        ready.ShouldContain("Supprimé après 24 h");
        ready.ShouldNotContain("http-equiv=\"refresh\"");
        using var download = await pages.GetAsync($"/Syntheses?handler=Fichier&id={id}");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        (await EntriesAsync(download)).Keys.ShouldBe(["synthese-01.pdf", "synthese-02.pdf"]);

        using var stranger = await SummaryKit.PagesAsync(App, await App.CreateAccountAsync(Roles.Coordinator));
        (await stranger.GetAsync($"/Syntheses?handler=Fichier&id={id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetPageAsync("/Syntheses")).ShouldNotContain(id.ToString());
    }

    /// <summary>A youth worker following <paramref name="count"/> young people (with a legal entry each).</summary>
    private async Task<(TestAccount Worker, List<(Guid Id, string Name, string LastName)> Youths)> CaseloadAsync(int count)
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var youths = new List<(Guid, string, string)>();
        for (var i = 0; i < count; i++)
        {
            var last = SummaryKit.Secret("Kidane");
            var id = await App.CreateYouthAsync("Selam", last, SummaryKit.Today.AddYears(-16), worker);
            youths.Add((id, $"Selam {last}", last));
        }

        return (worker, youths);
    }

    private static async Task<PreparedFileStatus> BuildAsync(IServiceProvider services, Guid id)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SummaryJobs>().BuildAsync(id, CancellationToken.None);
    }

    private static async Task<PreparedFilesPurgeResult> PurgeAsync(RemivWebFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SummaryJobs>().PurgeAsync(CancellationToken.None);
    }

    private static Task<SummaryBatch> BatchAsync(RemivWebFactory app, Guid id) =>
        app.WithServiceAsync<SummaryBatch, RemivDbContext>(db => db.SummaryBatches.AsNoTracking().SingleAsync(b => b.Id == id));

    private static Task<bool> OpenAsync(RemivWebFactory app, string key) =>
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

    private async Task<Dictionary<string, byte[]>> StoredZipAsync(Guid id)
    {
        var key = (await BatchAsync(App, id)).StorageKey!;
        return await App.WithServiceAsync<Dictionary<string, byte[]>, IAttachmentStore>(async store =>
        {
            await using var content = await store.OpenAsync(key, CancellationToken.None);
            return await ReadZipAsync(content);
        });
    }

    private static async Task<Dictionary<string, byte[]>> EntriesAsync(HttpResponseMessage response) =>
        await ReadZipAsync(await response.Content.ReadAsStreamAsync());

    private static async Task<Dictionary<string, byte[]>> ReadZipAsync(Stream content)
    {
        using var zip = new ZipArchive(content, ZipArchiveMode.Read);
        var entries = new Dictionary<string, byte[]>();
        foreach (var entry in zip.Entries)
        {
            await using var stream = await entry.OpenAsync();
            using var bytes = new MemoryStream();
            await stream.CopyToAsync(bytes);
            entries[entry.FullName] = bytes.ToArray();
        }

        return entries;
    }

    private static async Task<JsonElement> StatusAsync(PageClient api, Guid id)
    {
        using var response = await api.GetAsync($"/api/v1/summary-batches/{id}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private Task<List<Guid?>> AuditAsync(string action, Guid batch) =>
        App.WithServiceAsync<List<Guid?>, RemivDbContext>(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Action == action && a.TargetType == "SummaryBatch" && a.TargetId == batch.ToString())
            .OrderBy(a => a.OccurredAt).Select(a => a.ActorId).ToListAsync());

    /// <summary>The job's real account scope, which deactivates the account just before the call <paramref name="now"/> says.</summary>
    private sealed class DeactivatingAccountScope(JobRunner runner, IServiceScopeFactory scopes, Func<bool> now) : IAccountScope
    {
        public async Task<TResult> QueryAsAsync<TResult>(Guid accountId, Mediator.IQuery<TResult> query, CancellationToken cancellationToken)
        {
            if (now())
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IIdentityService>().SetActiveAsync(accountId, false, cancellationToken);
            }

            return await runner.QueryAsAsync(accountId, query, cancellationToken);
        }
    }

    /// <summary>The job's real account scope, which first notes the batch's progress as saved in the database (another scope).</summary>
    private sealed class WatchedAccountScope(JobRunner runner, IServiceScopeFactory scopes, Guid batchId, List<int> progress) : IAccountScope
    {
        public async Task<TResult> QueryAsAsync<TResult>(Guid accountId, Mediator.IQuery<TResult> query, CancellationToken cancellationToken)
        {
            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<RemivDbContext>();
                progress.Add(await db.SummaryBatches.Where(b => b.Id == batchId).Select(b => b.Done).SingleAsync(cancellationToken));
            }

            return await runner.QueryAsAsync(accountId, query, cancellationToken);
        }
    }
}
