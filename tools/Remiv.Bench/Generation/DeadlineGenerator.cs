using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Remiv.Application.Common;
using Remiv.Bench.Jobs;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Notifications;
using Remiv.Domain.Youths;
using Remiv.Infrastructure.Persistence;

namespace Remiv.Bench.Generation;

/// <param name="Stored">How many open deadlines in all.</param>
/// <param name="Pool">How many of them have a reminder due on the benchmark day (the most a scan can be asked to take).</param>
internal sealed record DeadlineGenerateOptions(string DatabasePath, int Stored, int Pool, int Youths, int StaffSize, int Seed, DateOnly? Day, bool Force);

/// <summary>
/// The data of the reminder-scan benchmark: young people and a team made by the case-file <see cref="Generator"/> (with
/// few entries: the scan does not read them), then <c>Stored</c> open deadlines built through the domain
/// (<see cref="DeadlineBuilder"/>) and written with one prepared INSERT whose columns and converters come from the EF
/// model (<see cref="EntityRowWriter{T}"/>; the first batch is read back through EF and compared), and a few people's
/// choice of a daily digest. The presets are the application's own, seeded by <see cref="DatabaseInitialiser"/>.
/// </summary>
internal static class DeadlineGenerator
{
    private const int Batch = 50_000;

    public static async Task<DeadlineManifest> RunAsync(DeadlineGenerateOptions options, CancellationToken cancellationToken)
    {
        if (options.Pool > options.Stored)
        {
            throw new UsageException($"--pool ({options.Pool:N0}) cannot exceed --stored ({options.Stored:N0}).");
        }

        var path = Path.GetFullPath(options.DatabasePath);
        var day = options.Day ?? TimeProvider.System.Today();
        var total = Stopwatch.StartNew();

        // 1. Young people and staff, as for the case files; two entries each on average (the scan reads none).
        var people = await Generator.RunAsync(
            new GenerateOptions(path, options.Youths, 2 * options.Youths, options.Seed, 20, options.StaffSize, 2_000, false, options.Force, day),
            cancellationToken);
        var youthSeconds = total.Elapsed.TotalSeconds;
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Generating {options.Stored:N0} open deadlines, {options.Pool:N0} of them with a reminder due on {day:yyyy-MM-dd}, into {path}"));

        var warnings = new DistinctWarnings();
        await using var services = BenchServices.Build(path, SystemUser.Instance, warnings);
        List<Youth> youths;
        List<DeadlinePreset> presets;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RemivDbContext>();
            // Deadlines are for open files only (archiving cancels them). A stable order, so the seed decides who gets what.
            youths = await db.Youths.AsNoTracking().AsSplitQuery()
                .Where(y => y.CurrentStatus != YouthStatus.Exited)
                .OrderBy(y => y.CreatedAt).ThenBy(y => y.LastName).ThenBy(y => y.FirstName).ThenBy(y => y.Id)
                .ToListAsync(cancellationToken);
            presets = await db.DeadlinePresets.AsNoTracking().Where(p => p.Automatic == null && p.IsActive).OrderBy(p => p.Name).ToListAsync(cancellationToken);
        }

        if (youths.Count == 0 || presets.Count == 0)
        {
            throw new InvalidOperationException("No open file or no preset to build deadlines on.");
        }

        SqliteConnection.ClearAllPools();
        var staff = new Staff(people.Staff);
        var builder = new DeadlineBuilder(options.Seed, day, presets, youths, staff);
        var pool = new List<Guid>(options.Pool);
        var withDeadlines = new HashSet<Guid>();
        var overdue = 0;
        var fromPresets = 0;
        DateOnly? firstLater = null;
        DateOnly? last = null;

        await using var connection = await Generator.OpenBulkConnectionAsync(path, cancellationToken);
        await using var appScope = services.CreateAsyncScope();
        var contextOptions = Generator.GenerationOptions(appScope.ServiceProvider, connection);
        var writing = Stopwatch.StartNew();
        var buildTime = TimeSpan.Zero;
        var batches = (options.Stored + Batch - 1) / Batch;

        // Spread evenly through the table (rows are stored in insertion order), as the day's due deadlines would be.
        DeadlineRole RoleOf(int index) =>
            (long)(index + 1) * options.Pool / options.Stored != (long)index * options.Pool / options.Stored ? DeadlineRole.DueOnDay
            : Rng.For(options.Seed, index, 21).Chance(0.04) ? DeadlineRole.OverdueReminded
            : DeadlineRole.Later;

        Task<(Deadline[] Deadlines, TimeSpan Took)> Build(int b) => Task.Run(() =>
        {
            var watch = Stopwatch.StartNew();
            var from = b * Batch;
            var built = Enumerable.Range(from, Math.Min(Batch, options.Stored - from)).Select(i => builder.Build(i, RoleOf(i))).ToArray();
            return (built, watch.Elapsed);
        }, cancellationToken);

        var next = Build(0);
        for (var b = 0; b < batches; b++)
        {
            var (deadlines, took) = await next;
            buildTime += took;
            if (b + 1 < batches)
            {
                next = Build(b + 1);
            }

            await using (var db = new SqliteRemivDbContext(contextOptions))
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                using (var writer = new EntityRowWriter<Deadline>(db))
                {
                    writer.Insert(deadlines, transaction.GetDbTransaction());
                }

                await transaction.CommitAsync(cancellationToken);
                if (b == 0)
                {
                    await CheckFirstBatchAsync(contextOptions, deadlines, cancellationToken);
                }
            }

            foreach (var deadline in deadlines)
            {
                withDeadlines.Add(deadline.YouthId);
                fromPresets += deadline.PresetId is null ? 0 : 1;
                if (deadline.NextReminderOn is not { } on)
                {
                    overdue++;
                    continue;
                }

                if (on == day)
                {
                    pool.Add(deadline.Id);
                }
                else if (firstLater is null || on < firstLater)
                {
                    firstLater = on;
                }

                last = last is null || on > last ? on : last;
            }

            if ((b + 1) % Math.Max(1, batches / 5) == 0 || b + 1 == batches)
            {
                var done = Math.Min(options.Stored, (b + 1) * Batch);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {done,9:N0} deadlines  {writing.Elapsed.TotalSeconds,6:0.0} s  ({done / Math.Max(writing.Elapsed.TotalSeconds, 0.001):N0}/s; building {buildTime.TotalSeconds:0.0}s on the second core)"));
            }
        }

        // A few people chose one email a day: their reminders wait for the digest instead of an email each.
        var digestUsers = 0;
        await using (var db = new SqliteRemivDbContext(contextOptions))
        {
            var rng = Rng.For(options.Seed, -1, 23);
            foreach (var person in people.Staff)
            {
                var mode = rng.Next() switch
                {
                    < 0.3 => ReminderEmailMode.DailyDigest,
                    < 0.4 => ReminderEmailMode.EachReminder,
                    _ => (ReminderEmailMode?)null,
                };
                if (mode is { } chosen)
                {
                    db.NotificationPreferences.Add(new NotificationPreference(person.Id, chosen));
                    digestUsers += chosen == ReminderEmailMode.DailyDigest ? 1 : 0;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            var stored = await db.Deadlines.CountAsync(d => d.Status == DeadlineStatus.Open, cancellationToken);
            var due = await db.Deadlines.CountAsync(d => d.Status == DeadlineStatus.Open && d.NextReminderOn != null && d.NextReminderOn <= day, cancellationToken);
            if (stored != options.Stored || due != options.Pool || pool.Count != options.Pool)
            {
                throw new InvalidOperationException($"Generated {stored:N0} open deadlines with {due:N0} due ({pool.Count:N0} in the pool); expected {options.Stored:N0} and {options.Pool:N0}.");
            }
        }

        await Generator.CheckpointAsync(connection, cancellationToken);
        await connection.CloseAsync();

        // Random order: a scan of K due takes the first K, spread over the table like the rest.
        var shuffle = Rng.For(options.Seed, -1, 22);
        for (var i = pool.Count - 1; i > 0; i--)
        {
            var j = shuffle.Between(0, i);
            (pool[i], pool[j]) = (pool[j], pool[i]);
        }

        var manifest = new DeadlineManifest(
            options.Seed,
            day,
            options.Stored,
            options.Youths,
            youths.Count,
            withDeadlines.Count,
            people.Staff.Count,
            digestUsers,
            overdue,
            firstLater ?? day,
            last ?? day,
            fromPresets,
            Math.Round(youthSeconds, 1),
            Math.Round(total.Elapsed.TotalSeconds - youthSeconds, 1),
            DateTimeOffset.UtcNow,
            pool);
        manifest.Write(path);
        warnings.Print(Console.Out);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Done in {total.Elapsed.TotalSeconds:0.0} s (young people {youthSeconds:0.0} s, deadlines {total.Elapsed.TotalSeconds - youthSeconds:0.0} s). Database {Generator.Size(path)}."));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {options.Stored:N0} open deadlines ({fromPresets:N0} from a preset) over {withDeadlines.Count:N0} of {youths.Count:N0} open files; {options.Pool:N0} with a reminder due on {day:yyyy-MM-dd}; next reminders from {manifest.FirstLaterReminder:yyyy-MM-dd} to {manifest.LastReminder:yyyy-MM-dd}; {overdue:N0} overdue with every reminder sent."));
        return manifest;
    }

    /// <summary>Reads back, through EF, deadlines written by the raw INSERT and compares every mapped value.</summary>
    private static async Task CheckFirstBatchAsync(DbContextOptions<SqliteRemivDbContext> options, Deadline[] written, CancellationToken cancellationToken)
    {
        await using var db = new SqliteRemivDbContext(options);
        foreach (var deadline in written.Take(100))
        {
            var read = await db.Deadlines.AsNoTracking().SingleOrDefaultAsync(d => d.Id == deadline.Id, cancellationToken)
                       ?? throw new InvalidOperationException($"Deadline {deadline.Id} cannot be found by EF after the raw insert.");
            if (EntityRowWriter<Deadline>.Differences(db, deadline, read).FirstOrDefault() is { } property)
            {
                throw new InvalidOperationException($"Deadline.{property} reads back differently from what was written.");
            }
        }
    }
}
