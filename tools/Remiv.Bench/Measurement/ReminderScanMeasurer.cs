using System.Diagnostics;
using System.Globalization;
using Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Remiv.Application.Reminders.Commands;
using Remiv.Bench.Generation;
using Remiv.Bench.Jobs;
using Remiv.Domain.Deadlines;
using Remiv.Infrastructure.Persistence;

namespace Remiv.Bench.Measurement;

internal sealed record ScanMeasureOptions(string DatabasePath, IReadOnlyList<int> Due, int Runs, bool Explain);

/// <summary>One line of the table: the scan of <see cref="Due"/> deadlines among <see cref="Stored"/>.</summary>
internal sealed record ScanRow(
    int Stored,
    int Due,
    int Youths,
    Stats Stats,
    Stats Cpu,
    ReminderScanResult Result,
    int Notifications,
    IReadOnlyList<(double Ms, string What)> Profile);

internal sealed record ScanReport(DeadlineManifest Manifest, string DatabasePath, double FirstScanMs, int FirstScanDue, IReadOnlyList<ScanRow> Rows, IReadOnlyList<string> Plans);

/// <summary>
/// Times the daily reminder scan as the scheduler runs it: a DI scope, <see cref="IMediator.Send{TResponse}(ICommand{TResponse}, CancellationToken)"/>
/// of <see cref="ScanReminders"/> through the web host's pipeline (logging, authorisation as <see cref="SystemUser"/>,
/// validation, unit of work: one transaction, committed), on the application's own services. Before each run, outside
/// the timing, the day's state is put back: the K due deadlines due again, the rest of the day's pool set aside (no
/// reminder pending), and what the previous run wrote (deliveries, notifications, emails, audit lines) deleted.
/// </summary>
internal sealed class ReminderScanMeasurer : IAsyncDisposable
{
    public const double TargetMs = 2_000;

    private const string RemindedAction = "deadline.reminded";

    /// <summary>Untimed scans before the timed ones: the largest number due once, then the smallest twice.</summary>
    public const int WarmUpScans = 3;

    private readonly ScanMeasureOptions _options;
    private readonly DeadlineManifest _manifest;
    private readonly DistinctWarnings _warnings = new();
    private readonly ScanProfiler _profiler = new();
    private readonly CommandCapture _capture = new();
    private readonly ServiceProvider _services;

    private ReminderScanMeasurer(ScanMeasureOptions options, DeadlineManifest manifest)
    {
        _options = options;
        _manifest = manifest;
        _services = BenchServices.Build(options.DatabasePath, SystemUser.Instance, _warnings, services =>
        {
            // The scheduler's morning run: 06:00 in Paris on the benchmark day.
            JobServices.Add(services, new BenchClock(manifest.Day, new TimeOnly(6, 0)));
            services.ConfigureDbContext<SqliteRemivDbContext>((_, builder) => builder.AddInterceptors(_profiler, _capture));
        });
    }

    public static async Task<ScanReport> RunAsync(ScanMeasureOptions options, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(options.DatabasePath);
        var manifest = DeadlineManifest.Read(path)
                       ?? throw new UsageException($"No complete deadline generation at {path} ({DeadlineManifest.PathFor(path)} is missing): run 'deadlines-generate' first.");
        if (options.Due.Count == 0 || options.Due.Any(k => k > manifest.DuePool.Count || k < 1))
        {
            throw new UsageException($"Each number due must be from 1 to {manifest.DuePool.Count:N0} (the deadlines of {path} with a reminder that day), not {string.Join(", ", options.Due)}.");
        }

        await using var measurer = new ReminderScanMeasurer(options with { DatabasePath = path }, manifest);
        await using (var scope = measurer._services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().InitialiseAsync(cancellationToken);
        }

        return await measurer.MeasureAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _warnings.Dispose();
    }

    public static void PrintTable(IEnumerable<ScanRow> rows)
    {
        Console.WriteLine("| Open deadlines stored | Due that day | Their young people | Runs | Median | Min | Max | CPU time (median) | Reminders | Notifications | Emails to the outbox | Target | Met |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var row in rows)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {row.Stored:N0} | {row.Due:N0} | {row.Youths:N0} | {row.Stats.Count} | {Stats.Duration(row.Stats.P50)} | {Stats.Duration(row.Stats.Min)} | {Stats.Duration(row.Stats.Max)} | {Stats.Duration(row.Cpu.P50)} | {row.Result.Reminders:N0} | {row.Notifications:N0} | {row.Result.Emails:N0} | < 2 s | {(row.Stats.P50 < TargetMs ? "yes" : "**no**")} |"));
        }
    }

    public static void PrintProfile(ScanRow row)
    {
        var total = row.Profile.Sum(p => p.Ms);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Where the time goes, one more scan of {row.Due:N0} due among {row.Stored:N0} (profiled, so a little slower: {total:N0} ms):"));
        foreach (var (ms, what) in row.Profile)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {ms,8:N1} ms {100 * ms / total,5:0.0} %  {what}"));
        }
    }

    private async Task<ScanReport> MeasureAsync(CancellationToken ct)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Measuring the reminder scan on {_options.DatabasePath} ({Generator.Size(_options.DatabasePath)}; {_manifest.Stored:N0} open deadlines over {_manifest.YouthsWithDeadlines:N0} files; {_manifest.Staff} staff, {_manifest.DigestUsers} on the daily digest; day {_manifest.Day:yyyy-MM-dd}); SQLite {SqliteVersion()}"));

        // Warm-up, untimed: the first scan of a process pays for the EF model, the compilation of its queries and the JIT
        // (shown, not counted); the largest one runs every hot path thousands of times, so the runtime recompiles them
        // optimised, as a long-running web app's are.
        int[] warmUp = [_options.Due.Max(), .. Enumerable.Repeat(_options.Due.Min(), WarmUpScans - 1)];
        var first = TimeSpan.Zero;
        foreach (var (due, i) in warmUp.Select((d, i) => (d, i)))
        {
            await ResetAsync(due, ct);
            var warm = await ScanAsync(ct);
            await VerifyAsync(warm.Result, due, ct);
            first = i == 0 ? Stopwatch.GetElapsedTime(warm.Start, warm.End) : first;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  first scan on this database, {warmUp[0]:N0} due: {Stats.Duration(first.TotalMilliseconds)} (the first of the process also builds the EF model, compiles the queries, runs unoptimised code); {warmUp.Length - 1} more to warm up"));

        var rows = new List<ScanRow>();
        var plans = new List<string>();
        foreach (var due in _options.Due)
        {
            var stats = new Stats($"scan {due}");
            var cpu = new Stats($"cpu {due}");
            ReminderScanResult result = new(0, 0, 0);
            var youths = 0;
            var notifications = 0;
            for (var run = 0; run < _options.Runs; run++)
            {
                youths = await ResetAsync(due, ct);
                var (scanned, start, end, cpuTime) = await ScanAsync(ct);
                stats.Add(Stopwatch.GetElapsedTime(start, end));
                cpu.Add(cpuTime);
                await VerifyAsync(scanned, due, ct);
                result = scanned;
                notifications = await CountNotificationsAsync(ct);
            }

            // One more run, profiled (and its SQL captured for the query plans), not counted in the figures.
            await ResetAsync(due, ct);
            _profiler.Clear();
            _capture.Clear();
            _profiler.Enabled = _capture.Enabled = true;
            var profiled = await ScanAsync(ct);
            _profiler.Enabled = _capture.Enabled = false;
            await VerifyAsync(profiled.Result, due, ct);
            var row = new ScanRow(_manifest.Stored, due, youths, stats, cpu, result, notifications, _profiler.Segments(profiled.Start, profiled.End));
            rows.Add(row);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {due,6:N0} due: median {Stats.Duration(stats.P50)} (runs in order: {stats.Each()}; CPU time {cpu.Each()}); {result.Reminders:N0} reminders, {notifications:N0} notifications, {result.Emails:N0} emails; load average {LoadAverage()}"));
            if (_options.Explain && due == _options.Due.Max())
            {
                plans = await PlansAsync(ct);
            }
        }

        // Leave the database as generated: the whole pool due, nothing sent.
        await ResetAsync(_manifest.DuePool.Count, ct);
        Console.WriteLine();
        foreach (var row in rows)
        {
            PrintProfile(row);
        }

        _warnings.Print(Console.Out);
        return new ScanReport(_manifest, _options.DatabasePath, first.TotalMilliseconds, warmUp[0], rows, plans);
    }

    /// <summary>
    /// The scan as the scheduler sends it: a scope of its own, the mediator, the system identity. Timestamps before and
    /// after, and the CPU time the process used meanwhile (all its threads, the garbage collector's included), which the
    /// machine's other work moves much less than the wall time.
    /// </summary>
    private async Task<(ReminderScanResult Result, long Start, long End, TimeSpan Cpu)> ScanAsync(CancellationToken ct)
    {
        var cpu = Environment.CpuUsage.TotalTime;
        var start = Stopwatch.GetTimestamp();
        ReminderScanResult result;
        await using (var scope = _services.CreateAsyncScope())
        {
            result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ScanReminders(), ct);
        }

        var end = Stopwatch.GetTimestamp();
        return (result, start, end, Environment.CpuUsage.TotalTime - cpu);
    }

    /// <summary>The scan took every due deadline, sent at least one reminder for each, and left none due.</summary>
    private async Task VerifyAsync(ReminderScanResult result, int due, CancellationToken ct)
    {
        await using var scope = _services.CreateAsyncScope();
        var left = await DueOnDay(scope.ServiceProvider.GetRequiredService<RemivDbContext>()).CountAsync(ct);
        if (result.Deadlines != due || left != 0 || result.Reminders < due)
        {
            throw new InvalidOperationException($"The scan took {result.Deadlines:N0} deadlines ({result.Reminders:N0} reminders) of {due:N0} due, and left {left:N0} due.");
        }
    }

    /// <summary>
    /// The benchmark day's state for <paramref name="due"/> deadlines due: the first of the pool due that day, the others
    /// set aside (no reminder pending, still open and stored), nothing delivered yet. Returns how many young people they concern.
    /// </summary>
    private async Task<int> ResetAsync(int due, CancellationToken ct)
    {
        await using (var scope = _services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RemivDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.ReminderDeliveries.ExecuteDeleteAsync(ct);
            await db.Notifications.ExecuteDeleteAsync(ct);
            await db.OutgoingEmails.ExecuteDeleteAsync(ct);
            await db.AuditEntries.Where(a => a.Action == RemindedAction).ExecuteDeleteAsync(ct);
            var day = (DateOnly?)_manifest.Day;
            foreach (var chunk in _manifest.DuePool.Take(due).Chunk(500))
            {
                await db.Deadlines.Where(d => chunk.Contains(d.Id)).ExecuteUpdateAsync(s => s.SetProperty(d => d.NextReminderOn, day), ct);
            }

            foreach (var chunk in _manifest.DuePool.Skip(due).Chunk(500))
            {
                await db.Deadlines.Where(d => chunk.Contains(d.Id)).ExecuteUpdateAsync(s => s.SetProperty(d => d.NextReminderOn, (DateOnly?)null), ct);
            }

            await transaction.CommitAsync(ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", ct);
            var count = await DueOnDay(db).CountAsync(ct);
            if (count != due)
            {
                throw new InvalidOperationException($"{count:N0} deadlines are due after the reset, not {due:N0}.");
            }
        }

        int youths;
        await using (var scope = _services.CreateAsyncScope())
        {
            youths = await DueOnDay(scope.ServiceProvider.GetRequiredService<RemivDbContext>()).Select(d => d.YouthId).Distinct().CountAsync(ct);
        }

        // Each run starts from the same heap, not from the previous run's garbage.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return youths;
    }

    private IQueryable<Deadline> DueOnDay(RemivDbContext db)
    {
        var day = _manifest.Day;
        return db.Deadlines.Where(d => d.Status == DeadlineStatus.Open && d.NextReminderOn != null && d.NextReminderOn <= day);
    }

    private async Task<int> CountNotificationsAsync(CancellationToken ct)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RemivDbContext>().Notifications.CountAsync(ct);
    }

    /// <summary>Each query of the profiled scan with its EXPLAIN QUERY PLAN (long SQL shortened: the list of young people's ids).</summary>
    private async Task<List<string>> PlansAsync(CancellationToken ct)
    {
        var lines = new List<string>();
        await using var connection = new SqliteConnection($"Data Source={_options.DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(ct);
        foreach (var command in _capture.Commands.Where(c => c.Sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)))
        {
            var sql = command.Sql.Length > 1_500 ? command.Sql[..1_500] + $" ... ({command.Sql.Length:N0} characters)" : command.Sql;
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"-- EF: {command.Duration.TotalMilliseconds:0.0} ms to the first row, {command.Parameters.Count:N0} parameters{(command.Parameters.Count is > 0 and <= 3 ? ": " + string.Join(", ", command.Parameters.Select(p => $"{p.Name}={QueryPlans.Format(p.Value)}")) : string.Empty)}"));
            lines.Add(sql);
            lines.AddRange((await QueryPlans.PlanAsync(connection, command, ct)).Select(l => "   " + l));
            lines.Add(string.Empty);
        }

        return lines;
    }

    /// <summary>The machine's load over the last minute (Linux), since other work on it moves the figures.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private string SqliteVersion()
    {
        using var scope = _services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RemivDbContext>();
        return db.Database.SqlQueryRaw<string>("SELECT sqlite_version() AS Value").AsEnumerable().First();
    }
}
