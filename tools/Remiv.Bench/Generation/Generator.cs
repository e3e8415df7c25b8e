using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Remiv.Application.Common;
using Remiv.Domain.Youths;
using Remiv.Infrastructure.Identity;
using Remiv.Infrastructure.Persistence;

namespace Remiv.Bench.Generation;

internal sealed record GenerateOptions(
    string DatabasePath,
    int Youths,
    int Entries,
    int Seed,
    int Heavy,
    int StaffSize,
    int BatchYouths,
    bool EntriesThroughEf,
    bool Force,
    DateOnly? Today);

/// <summary>
/// Creates a database the way the application does (migrations and roles), a team of staff accounts, then
/// young people and their entries built through the domain, in batches. The change-history interceptor is
/// left out of the generation context on purpose: it would write one change record per generated row, which
/// is not what years of real use leave behind (one record per change, most entries written once).
/// </summary>
internal static class Generator
{
    public const string StaffPassword = "Remiv-Bench-Poitiers-2026";

    public static async Task<Manifest> RunAsync(GenerateOptions options, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(options.DatabasePath);
        var total = Stopwatch.StartNew();
        var today = options.Today ?? TimeProvider.System.Today();
        var plans = Planner.Plan(options.Seed, options.Youths, options.Entries, options.Heavy, today);
        PrepareFiles(path, options.Force);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Generating {options.Youths:N0} young people and {options.Entries:N0} entries into {path} (seed {options.Seed}, today {today:yyyy-MM-dd}, entries written {(options.EntriesThroughEf ? "through EF" : "with a prepared INSERT")})"));

        var user = new BenchUser();
        var warnings = new DistinctWarnings();
        IReadOnlyList<StaffRecord> staffRecords;
        await using var services = BenchServices.Build(path, user, warnings);
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().InitialiseAsync(cancellationToken);
        }

        await using (var scope = services.CreateAsyncScope())
        {
            staffRecords = await CreateStaffAsync(scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>(), options.StaffSize, options.Seed);
        }

        SqliteConnection.ClearAllPools();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  schema and {staffRecords.Count} staff accounts: {total.Elapsed.TotalSeconds:0.0} s"));

        var staff = new Staff(staffRecords);
        var builder = new CaseFileBuilder(options.Seed, today, staff);
        var activeGroups = new Dictionary<Guid, int>();
        Guid heavyId = default;
        var youthsDone = 0;
        var entriesDone = 0L;

        await using var connection = await OpenBulkConnectionAsync(path, cancellationToken);

        // The application's own interceptors (how it stores data: encryption at rest of confidential text...), all but
        // the change-history one (see the class summary), on the generation connection.
        await using var appScope = services.CreateAsyncScope();
        var contextOptions = GenerationOptions(appScope.ServiceProvider, connection);
        var batches = plans.Chunk(Math.Max(1, options.BatchYouths)).ToList();
        var building = Stopwatch.StartNew();
        var buildTime = TimeSpan.Zero;
        var writeTime = TimeSpan.Zero;
        var efTime = TimeSpan.Zero;

        // Build the next batch on the second core while this one is written.
        Task<(CaseFile[] Files, TimeSpan Took)> Build(YouthPlan[] batch) => Task.Run(() =>
        {
            var watch = Stopwatch.StartNew();
            return (batch.Select(builder.Build).ToArray(), watch.Elapsed);
        }, cancellationToken);

        var next = Build(batches[0]);
        for (var b = 0; b < batches.Count; b++)
        {
            var (files, took) = await next;
            buildTime += took;
            if (b + 1 < batches.Count)
            {
                next = Build(batches[b + 1]);
            }

            var write = Stopwatch.StartNew();
            await using (var db = new SqliteRemivDbContext(contextOptions))
            {
                db.ChangeTracker.AutoDetectChangesEnabled = false;

                // Inside our own transaction EF would wrap SaveChanges in a savepoint; SQLite then keeps a statement
                // journal that it truncates after every INSERT, which costs more as the batch grows (quadratic).
                db.Database.AutoSavepointsEnabled = false;
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                db.Youths.AddRange(files.Select(f => f.Youth));
                db.YouthDocuments.AddRange(files.SelectMany(f => f.Documents));

                // Psychological entries are confidential: the application may store them differently (it encrypts
                // them at rest), so they always go through EF and its interceptors, like the (few) other rows.
                db.FollowUpEntries.AddRange(files.SelectMany(f => f.Entries).Where(e => options.EntriesThroughEf || !Raw(e)));
                var ef = Stopwatch.StartNew();
                await db.SaveChangesAsync(cancellationToken);
                efTime += ef.Elapsed;
                if (!options.EntriesThroughEf)
                {
                    using var writer = new EntityRowWriter<FollowUpEntry>(db);
                    writer.Insert(files.SelectMany(f => f.Entries).Where(Raw), transaction.GetDbTransaction());
                }

                await transaction.CommitAsync(cancellationToken);
                if (b == 0)
                {
                    await CheckFirstBatchAsync(contextOptions, files, cancellationToken);
                }
            }

            writeTime += write.Elapsed;
            foreach (var file in files)
            {
                foreach (var member in file.Youth.FollowUpGroup.Where(m => m.IsActive && !file.Youth.IsArchived))
                {
                    activeGroups[member.UserId] = activeGroups.GetValueOrDefault(member.UserId) + 1;
                }

                if (file.Entries.Count == options.Heavy && plans[youthsDone].Heavy)
                {
                    heavyId = file.Youth.Id;
                }

                youthsDone++;
                entriesDone += file.Entries.Count;
            }

            if ((b + 1) % Math.Max(1, batches.Count / 10) == 0 || b + 1 == batches.Count)
            {
                var elapsed = building.Elapsed.TotalSeconds;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {youthsDone,9:N0} young people, {entriesDone,11:N0} entries  {elapsed,6:0.0} s  ({entriesDone / Math.Max(elapsed, 0.001):N0} entries/s; building {buildTime.TotalSeconds:0}s on the second core, writing {writeTime.TotalSeconds:0}s of which EF SaveChanges {efTime.TotalSeconds:0}s)"));
            }
        }

        if (heavyId == Guid.Empty)
        {
            throw new InvalidOperationException("The heavy young person was not generated.");
        }

        await CheckpointAsync(connection, cancellationToken);

        await connection.CloseAsync();
        var manifest = new Manifest(
            options.Seed,
            today,
            options.Youths,
            (int)entriesDone,
            heavyId,
            options.Heavy,
            [.. staffRecords.Select(s => s with { ActiveGroups = activeGroups.GetValueOrDefault(s.Id) })],
            options.EntriesThroughEf ? "ef" : "sql",
            Math.Round(total.Elapsed.TotalSeconds, 1),
            DateTimeOffset.UtcNow);
        manifest.Write(path);
        warnings.Print(Console.Out);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Done in {total.Elapsed.TotalSeconds:0.0} s. Database {Size(path)}. Heavy young person: {heavyId} ({options.Heavy:N0} entries). Manifest: {Manifest.PathFor(path)}"));
        return manifest;
    }

    /// <summary>The generation's own connection: bulk load only, no fsync (a crash means generating again), a large page cache, temp tables in memory.</summary>
    internal static async Task<SqliteConnection> OpenBulkConnectionAsync(string path, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection($"Data Source={path};Foreign Keys=True;Pooling=False");
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA cache_size=-524288; PRAGMA temp_store=MEMORY;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    /// <summary>Writes the WAL back into the database file and empties it, so the file alone is the data.</summary>
    internal static async Task CheckpointAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var finish = connection.CreateCommand();
        finish.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        await finish.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The database file and its WAL, in MB (after the final checkpoint the WAL is empty).</summary>
    public static string Size(string path)
    {
        long Length(string file) => File.Exists(file) ? new FileInfo(file).Length : 0;
        var bytes = Length(path) + Length(path + "-wal");
        return string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:N0} MB");
    }

    /// <summary>The database, its WAL and shared-memory files, the manifest and the side folder (keys, attachments).</summary>
    public static void DeleteDatabase(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm", Manifest.PathFor(path), DeadlineManifest.PathFor(path) }.Where(File.Exists))
        {
            File.Delete(file);
        }

        if (Directory.Exists(BenchServices.SideFolder(path)))
        {
            Directory.Delete(BenchServices.SideFolder(path), recursive: true);
        }
    }

    private static void PrepareFiles(string path, bool force)
    {
        if (!force && new[] { path, path + "-wal", Manifest.PathFor(path) }.Any(File.Exists))
        {
            throw new UsageException($"{path} already exists: pass --force to replace it.");
        }

        DeleteDatabase(path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    }

    private static async Task<IReadOnlyList<StaffRecord>> CreateStaffAsync(UserManager<ApplicationUser> users, int size, int seed)
    {
        var rng = Rng.For(seed, -1, 2);
        var firstNames = Texts.StaffFirstNames.OrderBy(_ => rng.Next()).ToList();
        var lastNames = Texts.StaffLastNames.OrderBy(_ => rng.Next()).ToList();
        var records = new List<StaffRecord>();
        var roles = Staff.Composition(size);
        for (var i = 0; i < roles.Count; i++)
        {
            var display = $"{firstNames[i % firstNames.Count]} {lastNames[i % lastNames.Count]}";
            var email = string.Create(CultureInfo.InvariantCulture, $"{Ascii(display).Replace(' ', '.')}{(i >= firstNames.Count ? i.ToString(CultureInfo.InvariantCulture) : string.Empty)}@remiv.example");
            var user = new ApplicationUser
            {
                Id = Guid.NewGuid(),
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = display,
                CreatedAt = DateTimeOffset.UtcNow,
                LockoutEnabled = true,
            };
            Ensure(await users.CreateAsync(user, StaffPassword), email);
            Ensure(await users.AddToRoleAsync(user, roles[i]), email);
            records.Add(new StaffRecord(user.Id, email, display, roles[i], 0));
        }

        return records;
    }

    /// <summary>Entries written with the prepared INSERT: all but the psychological track's.</summary>
    private static bool Raw(FollowUpEntry entry) => entry.Track != Track.Psychological;

    /// <summary>
    /// The generation context: the application's interceptors but the change-history one, found in the options the
    /// application's DI builds, and the application's services (an interceptor may need them).
    /// </summary>
    internal static DbContextOptions<SqliteRemivDbContext> GenerationOptions(IServiceProvider app, SqliteConnection connection)
    {
        var interceptors = app.GetRequiredService<DbContextOptions<SqliteRemivDbContext>>().FindExtension<CoreOptionsExtension>()?.Interceptors ?? [];
        return new DbContextOptionsBuilder<SqliteRemivDbContext>()
            .UseSqlite(connection)
            .UseApplicationServiceProvider(app)
            .AddInterceptors(interceptors.Where(i => i.GetType().Name != "ChangeHistoryInterceptor"))
            .Options;
    }

    /// <summary>
    /// Reads back, through EF, entries written by the raw INSERT and compares every mapped value, so that a
    /// difference of storage (Guid case, date format, enum, ticks) fails the generation instead of the benchmark;
    /// also reads back a psychological entry written through EF, and checks no change record was written for the files.
    /// </summary>
    private static async Task CheckFirstBatchAsync(DbContextOptions<SqliteRemivDbContext> options, CaseFile[] files, CancellationToken cancellationToken)
    {
        await using var db = new SqliteRemivDbContext(options);
        // The application's own start-up writes some (the deadline presets it seeds): only a young person's file counts here.
        if (await db.ChangeRecords.AnyAsync(c => c.YouthId != null, cancellationToken))
        {
            throw new InvalidOperationException("The generation wrote change records: the change-history interceptor was not left out (was it renamed?).");
        }

        var entries = files.SelectMany(f => f.Entries).ToList();
        foreach (var written in entries.Where(Raw).Take(50).Concat(entries.Where(e => !Raw(e)).Take(5)))
        {
            var read = await db.FollowUpEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == written.Id && e.SubmissionId == written.SubmissionId, cancellationToken)
                       ?? throw new InvalidOperationException($"Entry {written.Id} cannot be found by EF after the raw insert.");
            if (EntityRowWriter<FollowUpEntry>.Differences(db, written, read).FirstOrDefault() is { } property)
            {
                throw new InvalidOperationException($"FollowUpEntry.{property} reads back differently from what was written.");
            }
        }

        var byYouth = await db.FollowUpEntries.CountAsync(e => e.YouthId == files[0].Youth.Id, cancellationToken);
        if (byYouth != files[0].Entries.Count)
        {
            throw new InvalidOperationException("Entries are not found by their young person after the raw insert.");
        }
    }

    private static string Ascii(string text)
    {
        var decomposed = text.Normalize(System.Text.NormalizationForm.FormD);
        return new string([.. decomposed.Where(c => c < 128 && (char.IsLetter(c) || c == ' '))]).ToLowerInvariant();
    }

    private static void Ensure(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The account {email} could not be created: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
