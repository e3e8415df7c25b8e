using System.Diagnostics;
using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Remiv.Application.Common;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Deadlines.Commands;
using Remiv.Application.Documents.Layout;
using Remiv.Application.Documents.Summaries;
using Remiv.Application.Documents.Summaries.Commands;
using Remiv.Application.Documents.Summaries.Queries;
using Remiv.Bench.Generation;
using Remiv.Bench.Jobs;
using Remiv.Domain.Common;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Documents;
using Remiv.Domain.Psychology;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;
using Remiv.Infrastructure.Documents;
using Remiv.Infrastructure.Identity;
using Remiv.Infrastructure.Persistence;

namespace Remiv.Bench.Summaries;

/// <param name="Entries">Follow-up entries of each young person, all in the last six months (the summary's default period).</param>
/// <param name="Runs">Summaries of the same young person timed (after 5 to warm up).</param>
/// <param name="Batch">Young people of the batch built afterwards (200 at most, a batch's limit).</param>
/// <param name="Folder">Where the database goes (a temporary folder, deleted afterwards, when not given).</param>
/// <param name="Sample">A file to write one summary to (to look at it, or for qpdf --check).</param>
internal sealed record SummaryBenchOptions(int Entries, int Runs, int Batch, int Seed, string? Folder, string? Sample);

/// <summary>
/// The case summary as users get it (issue 6), through the mediator and the web host's pipeline, on a SQLite database of
/// young people with full files: one summary of <see cref="SummaryBenchOptions.Entries"/> entries generated
/// <see cref="SummaryBenchOptions.Runs"/> times by a coordinator (median; the share of the PDF rendering; the file's
/// size), then a batch of <see cref="SummaryBenchOptions.Batch"/> young people built by the job as its requester (total
/// time, zip included). Targets: median under 50 ms, under 150 KB, 100 summaries under 10 s.
/// <para>
/// Command (once Program.cs routes "summary" here):
/// <c>dotnet run -c Release --project tools/Remiv.Bench -- summary [--entries 200] [--runs 50] [--batch 100] [--seed 42] [--dir folder] [--sample file.pdf]</c>
/// </para>
/// </summary>
internal static class SummaryBenchmark
{
    public const double TargetMedianMs = 50;
    public const int TargetBytes = 150 * 1024;
    public const double TargetBatchMs = 10_000;
    private const int WarmUp = 5;

    /// <summary>Parses the "summary" command's options and runs it; exit code 2 when a target is missed.</summary>
    public static Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var a = Arguments.Parse(args, ["entries", "runs", "batch", "seed", "dir", "sample"], []);
        return RunAsync(
            new SummaryBenchOptions(
                Math.Max(1, a.Int("entries", 200)),
                Math.Max(1, a.Int("runs", 50)),
                Math.Clamp(a.Int("batch", 100), 1, SummaryBatch.MaxYouths),
                a.Int("seed", 42),
                a.Text("dir"),
                a.Text("sample")),
            cancellationToken);
    }

    public static async Task<int> RunAsync(SummaryBenchOptions options, CancellationToken cancellationToken)
    {
        var temporary = options.Folder is null;
        var folder = options.Folder ?? Path.Combine(Path.GetTempPath(), "remiv-bench-summaries-" + DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
        var db = Path.GetFullPath(Path.Combine(folder, "remiv-bench.db"));
        Directory.CreateDirectory(folder);
        Generator.DeleteDatabase(db);
        try
        {
            return await MeasureAsync(options, db, cancellationToken);
        }
        finally
        {
            Generator.DeleteDatabase(db);
            if (temporary && Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static async Task<int> MeasureAsync(SummaryBenchOptions options, string db, CancellationToken ct)
    {
        using var engine = new ServiceCollection().AddDocumentEngine().BuildServiceProvider();
        var renderer = new TimedRenderer(engine.GetRequiredService<IPdfRenderer>());
        var user = new ActingUser();
        var warnings = new DistinctWarnings();
        var timings = new RequestTimings();
        await using var services = BenchServices.Build(db, user, warnings, s =>
        {
            JobServices.Add(s, TimeProvider.System);
            s.AddLogging(logging => logging.AddProvider(timings).AddFilter(RequestTimings.Category, LogLevel.Information));
            s.AddSingleton<IPdfRenderer>(renderer);
            s.AddSingleton<IAccountScope>(provider => new BenchAccountScope(provider.GetRequiredService<IServiceScopeFactory>(), user));
            s.AddSingleton<ISummaryBatchQueue, NoQueue>();
        });

        var seeding = Stopwatch.StartNew();
        var (coordinator, youths) = await SeedAsync(services, user, options, ct);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Stored {youths.Count} young people with full files and {options.Entries} entries each in {seeding.Elapsed.TotalSeconds:0.0} s ({db})."));

        // One summary, again and again, as a coordinator (who sees every track but the psychological one).
        user.ActAs(coordinator, Roles.Coordinator);
        var total = new Stats($"one summary of {options.Entries} entries (query + PDF)");
        var render = new Stats("  of which the PDF rendering");
        var cold = Stopwatch.StartNew();
        var document = await SendAsync(services, m => m.Send(new GenerateCaseSummary(youths[0]), ct));
        cold.Stop();
        for (var i = 0; i < WarmUp + options.Runs; i++)
        {
            timings.Recording = i >= WarmUp;
            var start = Stopwatch.GetTimestamp();
            document = await SendAsync(services, m => m.Send(new GenerateCaseSummary(youths[0]), ct));
            if (i >= WarmUp)
            {
                total.Add(Stopwatch.GetElapsedTime(start));
                render.Add(renderer.Last);
            }
        }

        timings.Recording = false;

        if (options.Sample is { } sample)
        {
            await File.WriteAllBytesAsync(sample, document.Content, ct);
        }

        // A batch of the other young people, built by the job as its requester (each summary in its own scope, the
        // progress saved after each, the zip encrypted and stored).
        var batchIds = youths.Skip(1).Take(options.Batch).ToList();
        var batchId = await SendAsync(services, m => m.Send(new RequestSummaryBatch(batchIds), ct));
        user.ActAsSystem();
        var renderedBefore = renderer.Total;
        var build = Stopwatch.StartNew();
        var status = await SendAsync(services, m => m.Send(new BuildSummaryBatch(batchId), ct));
        build.Stop();
        var batchRender = renderer.Total - renderedBefore;
        var zip = await LengthAsync(services, batchId, ct) ?? 0;
        if (status != PreparedFileStatus.Ready)
        {
            throw new InvalidOperationException($"The batch ended {status}.");
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"## Case summary: {options.Entries} entries ({document.Content.Length / 1024.0:0.0} KB), through the mediator as a coordinator"));
        Console.WriteLine();
        Console.WriteLine("| measure | runs | median | p95 | max | target |");
        Console.WriteLine("|---|---:|---:|---:|---:|---|");
        Row(total, $"median < {TargetMedianMs:0} ms");
        Row(render, "—");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| batch of {batchIds.Count} summaries (job, as the requester, zip stored encrypted) | 1 | {Stats.Duration(build.Elapsed.TotalMilliseconds)} | | | {(batchIds.Count >= 100 ? $"< {TargetBatchMs / 1000:0} s for 100" : "—")} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"|   of which the PDF renderings | {batchIds.Count} | {Stats.Duration(batchRender.TotalMilliseconds)} | | | |"));
        Console.WriteLine();
        Console.WriteLine("Where one summary's time goes: the use cases it sends through the mediator (each through the whole pipeline), per summary:");
        Console.WriteLine();
        Console.WriteLine("| use case | calls | mean per summary |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var (request, calls, median) in timings.PerRun(options.Runs))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {request} | {calls:0.#} | {Stats.Ms(median)} |"));
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"File size: {document.Content.Length:N0} bytes ({document.Content.Length / 1024.0:0.0} KB, target < {TargetBytes / 1024} KB); zip of the batch {zip / 1024.0 / 1024.0:0.0} MB "
            + $"({batchIds.Count} PDFs, {build.Elapsed.TotalMilliseconds / batchIds.Count:0.0} ms each on average). First summary of the process: {Stats.Duration(cold.Elapsed.TotalMilliseconds)}."));
        warnings.Print(Console.Out);

        var ok = total.P50 < TargetMedianMs && document.Content.Length < TargetBytes
                 && (batchIds.Count < 100 || build.Elapsed.TotalMilliseconds * 100 / batchIds.Count < TargetBatchMs);
        Console.WriteLine();
        Console.WriteLine(ok ? "All targets met." : "A target is missed (exit code 2).");
        return ok ? 0 : 2;

        static void Row(Stats s, string target) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {s.Name} | {s.Count} | {Stats.Ms(s.P50)} | {Stats.Ms(s.P95)} | {Stats.Ms(s.Max)} | {target} |"));
    }

    private static async Task<long?> LengthAsync(IServiceProvider services, Guid batchId, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RemivDbContext>().SummaryBatches
            .Where(b => b.Id == batchId).Select(b => b.Length).SingleAsync(ct);
    }

    private static async Task<T> SendAsync<T>(IServiceProvider services, Func<IMediator, ValueTask<T>> send)
    {
        await using var scope = services.CreateAsyncScope();
        return await send(scope.ServiceProvider.GetRequiredService<IMediator>());
    }

    /// <summary>
    /// The schema, a coordinator, a youth worker (referent of everyone) and a psychologist; then 1 + batch young people,
    /// each with names (in their own script when they have one, with the Latin spelling as an alias), status steps,
    /// situations, documents, <see cref="SummaryBenchOptions.Entries"/> entries over the last six months, three open
    /// deadlines and two sessions.
    /// </summary>
    private static async Task<(Guid Coordinator, List<Guid> Youths)> SeedAsync(ServiceProvider services, ActingUser user, SummaryBenchOptions options, CancellationToken ct)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().InitialiseAsync(ct);
        }

        Guid coordinator, worker, psychologist;
        await using (var scope = services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            coordinator = await AccountAsync(users, "Claire Martin", Roles.Coordinator);
            worker = await AccountAsync(users, "Karim Benali", Roles.YouthWorker);
            psychologist = await AccountAsync(users, "Hélène Rousseau", Roles.Psychologist);
        }

        var today = TimeProvider.System.Today();
        var now = TimeProvider.System.GetUtcNow();
        var youths = new List<Guid>();
        Guid room;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RemivDbContext>();
            var created = Room.Create("Salle d'écoute", null);
            db.Rooms.Add(created);
            await db.SaveChangesAsync(ct);
            room = created.Id;
        }

        var tracks = Enum.GetValues<Track>().Where(t => t != Track.Psychological).ToArray();
        for (var n = 0; n < 1 + options.Batch; n++)
        {
            var rng = Rng.For(options.Seed, n, 606);
            var origin = rng.Pick(Names.Origins);
            var first = rng.Pick(origin.Male);
            var last = rng.Pick(origin.Last);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<RemivDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var youth = Youth.Register(
                new YouthIdentity(first.Native ?? first.Main, last.Native ?? last.Main, today.AddYears(-16).AddDays(-rng.Between(0, 700)), BirthDateStanding.Declared,
                    Sex.Male, origin.Country, origin.LanguageSets[0].Languages, rng.Chance(0.5), null, today.AddDays(-230),
                    rng.Pick(Texts.ReferredBy), rng.Pick(Texts.Accommodation)),
                today.AddDays(-220), worker, today, now);
            if (first.Native is not null || last.Native is not null)
            {
                youth.AddAlias($"{first.Main} {last.Main}", null);
            }

            youth.AddToGroup(psychologist, today);
            youth.RecordStatusChange(YouthStatus.AgeAssessment, today.AddDays(-210), "86", "Mise à l'abri à l'hôtel", worker, today, now);
            youth.RecordStatusChange(YouthStatus.RecognisedMinorPlaced, today.AddDays(-150), "86", null, worker, today, now);
            foreach (var track in tracks.Take(5))
            {
                youth.SetSituation(track, rng.Pick(Texts.Situations[track]), worker, now);
            }

            db.Youths.Add(youth);
            db.YouthDocuments.Add(YouthDocument.Record(youth, DocumentKind.BirthCertificate, DocumentStatus.Obtained, null, null, worker, now));
            db.YouthDocuments.Add(YouthDocument.Record(youth, DocumentKind.ResidencePermitOrReceipt, DocumentStatus.Obtained, today.AddDays(rng.Between(20, 300)), null, worker, now));
            db.YouthDocuments.Add(YouthDocument.Record(youth, DocumentKind.HealthCoverageCard, DocumentStatus.Requested, null, null, worker, now));
            for (var i = 0; i < options.Entries; i++)
            {
                var track = rng.Pick(tracks);
                var text = rng.Pick(Texts.Sentences[track]).Replace("{p}", first.Main, StringComparison.Ordinal).Replace("{d}", "12 mars", StringComparison.Ordinal)
                    .Replace("{a}", rng.Pick(Texts.Lawyers), StringComparison.Ordinal).Replace("{w}", rng.Pick(Texts.Weekdays), StringComparison.Ordinal);
                if (rng.Chance(0.4))
                {
                    text += " " + rng.Pick(Texts.Closers);
                }

                db.FollowUpEntries.Add(FollowUpEntry.Write(youth, Guid.NewGuid(), today.AddDays(-(i * 180 / options.Entries)), track, EntryKind.Conversation, text,
                    rng.Chance(0.8) ? worker : coordinator, rng.Chance(0.3) ? rng.Pick(Texts.Partners[track]) : null, rng.Chance(0.2) ? rng.Pick(Texts.NextSteps) : null,
                    EntryVisibility.FollowUpGroup, today, now.AddSeconds(-i)));
            }

            var held = Session.Book(youth.Id, psychologist, room, now.AddDays(-7 - n % 5).AddHours(-1), now.AddDays(-7 - n % 5), SessionKind.FollowUp, null, null, null, psychologist, now.AddDays(-30));
            held.RecordOutcome(SessionStatus.Held, psychologist, now.AddDays(-7));
            db.Sessions.AddRange(held, Session.Book(youth.Id, psychologist, room, now.AddDays(7 + n % 5), now.AddDays(7 + n % 5).AddHours(1), SessionKind.FollowUp, null, null, null, psychologist, now));
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(ct);
            youths.Add(youth.Id);
        }

        user.ActAs(worker, Roles.YouthWorker);
        foreach (var id in youths)
        {
            foreach (var (kind, title, days) in new[] { (DeadlineKind.Appeal, "Audience devant le juge des enfants", 12), (DeadlineKind.Renewal, "Renouvellement du récépissé", 40), (DeadlineKind.Appointment, "Rendez-vous à la PASS", 5) })
            {
                await SendAsync(services, m => m.Send(new CreateDeadline(id, null, Track.Legal, kind, title, DeadlineEvent.Other, today, today.AddDays(days), null, null, [7]), ct));
            }
        }

        return (coordinator, youths);
    }

    private static async Task<Guid> AccountAsync(UserManager<ApplicationUser> users, string name, string role)
    {
        var email = $"{role.ToLowerInvariant()}@remiv.example";
        var user = new ApplicationUser { Id = Guid.NewGuid(), UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, IsActive = true };
        var created = await users.CreateAsync(user, Generator.StaffPassword);
        var added = created.Succeeded ? await users.AddToRoleAsync(user, role) : created;
        return added.Succeeded ? user.Id : throw new InvalidOperationException(string.Join(" ", added.Errors.Select(e => e.Code)));
    }
}

/// <summary>The benchmark's identity: a person (who asks for summaries) or the system (which runs the job).</summary>
internal sealed class ActingUser : Remiv.Application.Common.Security.ICurrentUser
{
    private static readonly string[] SystemOnly = [Remiv.Domain.Security.Roles.System];
    private string[] _roles = SystemOnly;

    public Guid? UserId { get; private set; }

    public bool IsAuthenticated => true;

    public IReadOnlyCollection<string> Roles => _roles;

    public void ActAs(Guid userId, params string[] roles) => (UserId, _roles) = (userId, roles);

    public void ActAsSystem() => (UserId, _roles) = (null, SystemOnly);
}

/// <summary>As the web host's JobRunner: the account's current roles from the accounts store, a scope of its own.</summary>
internal sealed class BenchAccountScope(IServiceScopeFactory scopes, ActingUser user) : IAccountScope
{
    public async Task<TResult> QueryAsAsync<TResult>(Guid accountId, IQuery<TResult> query, CancellationToken cancellationToken)
    {
        var (previousId, previousRoles) = (user.UserId, user.Roles.ToArray());
        await using var scope = scopes.CreateAsyncScope();
        var account = await scope.ServiceProvider.GetRequiredService<IIdentityService>().FindUserAsync(accountId, cancellationToken)
                      ?? throw new InvalidOperationException("Unknown account.");
        user.ActAs(account.Id, [.. account.Roles]);
        try
        {
            return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(query, cancellationToken);
        }
        finally
        {
            if (previousId is { } id)
            {
                user.ActAs(id, previousRoles);
            }
            else
            {
                user.ActAsSystem();
            }
        }
    }
}

/// <summary>The benchmark builds its batch itself: nothing to queue.</summary>
internal sealed class NoQueue : ISummaryBatchQueue
{
    public void Enqueue(Guid batchId)
    {
    }
}

/// <summary>The engine, timed: how much of a summary is the PDF rendering.</summary>
internal sealed class TimedRenderer(IPdfRenderer inner) : IPdfRenderer
{
    public TimeSpan Last { get; private set; }

    public TimeSpan Total { get; private set; }

    public byte[] Render(DocumentSpec document)
    {
        var start = Stopwatch.GetTimestamp();
        var bytes = inner.Render(document);
        Last = Stopwatch.GetElapsedTime(start);
        Total += Last;
        return bytes;
    }

    public void Render(DocumentSpec document, Stream output)
    {
        var start = Stopwatch.GetTimestamp();
        inner.Render(document, output);
        Last = Stopwatch.GetElapsedTime(start);
        Total += Last;
    }
}

/// <summary>
/// The pipeline's own timings ("{Request} handled in {ElapsedMs} ms", logged by LoggingBehaviour for every use case, the
/// nested ones included), collected while <see cref="Recording"/>, to show where a summary's time goes.
/// </summary>
internal sealed class RequestTimings : ILoggerProvider
{
    public const string Category = "Remiv.Application.Common.Behaviours.LoggingBehaviour";

    private readonly List<(string Request, double Ms)> _seen = [];

    public bool Recording { get; set; }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName.StartsWith(Category, StringComparison.Ordinal));

    /// <summary>Per use case: calls per summary and its mean time per summary (the sum over its calls, averaged over the runs).</summary>
    public IEnumerable<(string Request, double Calls, double MedianMs)> PerRun(int runs)
    {
        lock (_seen)
        {
            return [.. _seen.GroupBy(s => s.Request)
                .Select(g => (g.Key, g.Count() / (double)runs, g.Sum(x => x.Ms) / runs))
                .OrderByDescending(x => x.Item3)];
        }
    }

    public void Dispose()
    {
    }

    private sealed class Logger(RequestTimings owner, bool pipeline) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => pipeline && owner.Recording && logLevel == LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel) || state is not IReadOnlyList<KeyValuePair<string, object?>> values)
            {
                return;
            }

            var request = values.FirstOrDefault(v => v.Key == "Request").Value as string;
            if (request is not null && values.FirstOrDefault(v => v.Key == "ElapsedMs").Value is double ms)
            {
                lock (owner._seen)
                {
                    owner._seen.Add((request, ms));
                }
            }
        }
    }
}
