using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Remiv.Application.Common;
using Remiv.Application.Reports;
using Remiv.Application.Reports.Queries;
using Remiv.Bench.Generation;
using Remiv.Bench.Jobs;
using Remiv.Bench.Measurement;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Partners;
using Remiv.Domain.Psychology;
using Remiv.Domain.Security;
using Remiv.Infrastructure.Persistence;

namespace Remiv.Bench.Reports;

/// <param name="Folder">Where the databases are cached (one folder per size and seed).</param>
/// <param name="From">First day of the report; by default a year before <paramref name="To"/>.</param>
/// <param name="To">Last day of the report; by default today (Paris).</param>
internal sealed record ReportBenchOptions(
    string Folder, int Youths, int Entries, int Seed, int Runs, DateOnly? From, DateOnly? To, string Template, bool Regenerate, bool Explain);

/// <summary>What the report benchmark added to the case-file database, written beside it once complete.</summary>
internal sealed record ReportExtras(int Partners, int Referrals, int Deadlines, int Requests, int Sessions, int Workshops, int Attendance, double Seconds);

/// <summary>
/// The activity report (issue 7) over a large hub: the case-file generator's young people and entries (100,000 and
/// 2,000,000 by default), plus, in proportion, exit reasons, partners and referrals, deadlines, psychological requests and
/// sessions, workshop sessions and attendance, written with prepared INSERTs in a few transactions. Then
/// <see cref="GetActivityReport"/> for a year, through the mediator and the web host's pipeline (logging, authorisation,
/// validation), as a coordinator: median and p95 of the runs after one untimed warm-up. Target: under 3 s.
/// </summary>
internal static class ReportBenchmark
{
    public const double TargetMs = 3_000;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static async Task<int> RunAsync(ReportBenchOptions options, CancellationToken ct)
    {
        var db = Path.Combine(options.Folder, string.Create(CultureInfo.InvariantCulture, $"report-y{options.Youths}-e{options.Entries}-s{options.Seed}"), "remiv-bench.db");
        var manifest = Manifest.Read(db);
        if (options.Regenerate || manifest is null)
        {
            manifest = await Generator.RunAsync(
                new GenerateOptions(db, options.Youths, options.Entries, options.Seed, 2_000, 40, 2_000, false, true, null), ct);
            File.Delete(ExtrasPath(db));
        }
        else
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Reusing {db} ({manifest.Youths:N0} young people, {manifest.Entries:N0} entries, generated {manifest.GeneratedAt:yyyy-MM-dd HH:mm} UTC in {manifest.GenerationSeconds:0} s); --regenerate to start again."));
        }

        var staff = new Staff(manifest.Staff);
        var user = new BenchUser();
        var warnings = new DistinctWarnings();
        var capture = new CommandCapture();
        await using var services = BenchServices.Build(db, user, warnings, s =>
        {
            JobServices.Add(s, TimeProvider.System);
            s.ConfigureDbContext<SqliteRemivDbContext>((_, builder) => builder.AddInterceptors(capture));
        });

        // A database generated before issue 7 gets its tables (and the workshop kinds) the way the application does.
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().InitialiseAsync(ct);
        }

        var extras = ReadExtras(db);
        if (extras is null)
        {
            extras = await AddExtrasAsync(db, staff, manifest.Today, options.Seed, ct);
            File.WriteAllText(ExtrasPath(db), JsonSerializer.Serialize(extras, Json));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Report data: {extras.Partners:N0} partners, {extras.Referrals:N0} referrals, {extras.Deadlines:N0} deadlines, {extras.Requests:N0} psychological requests, "
            + $"{extras.Sessions:N0} sessions, {extras.Workshops:N0} workshop sessions with {extras.Attendance:N0} presences (added in {extras.Seconds:0} s)."));

        var to = options.To ?? TimeProvider.System.Today();
        var from = options.From ?? to.AddYears(-1).AddDays(1);
        user.ActAs(staff.Coordinators[0].Id, Roles.Coordinator);
        var stats = new Stats($"GetActivityReport {from:yyyy-MM-dd} → {to:yyyy-MM-dd} ({options.Template})");
        ActivityReport? last = null;
        for (var run = 0; run <= options.Runs; run++)
        {
            await using var scope = services.CreateAsyncScope();
            var sender = scope.ServiceProvider.GetRequiredService<ISender>();
            capture.Clear();
            capture.Enabled = run == options.Runs;
            var watch = Stopwatch.StartNew();
            last = await sender.Send(new GetActivityReport(from, to, options.Template), ct);
            watch.Stop();
            capture.Enabled = false;
            if (run > 0)
            {
                stats.Add(watch.Elapsed);
            }
            else
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"First run (warm-up, not counted): {Stats.Duration(watch.Elapsed.TotalMilliseconds)}"));
            }
        }

        // The part of the report the psychology figures take (GetPsychologyFigures, reused as it is), on its own.
        var psychology = new Stats($"of which GetPsychologyFigures {from:yyyy-MM-dd} → {to:yyyy-MM-dd}");
        if ((to.DayNumber - from.DayNumber) < 366)
        {
            for (var run = 0; run < options.Runs; run++)
            {
                await using var scope = services.CreateAsyncScope();
                var sender = scope.ServiceProvider.GetRequiredService<ISender>();
                var watch = Stopwatch.StartNew();
                await sender.Send(new Remiv.Application.Psychology.Figures.Queries.GetPsychologyFigures(from, to), ct);
                psychology.Add(watch.Elapsed);
            }
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Machine: {Environment.ProcessorCount} cores, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} at the end. Runs: {stats.Count}."));
        Console.WriteLine();
        Console.WriteLine("| Operation | median | p95 | max | target |");
        Console.WriteLine("|---|---|---|---|---|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {stats.Name} | {Stats.Duration(stats.P50)} | {Stats.Duration(stats.P95)} | {Stats.Duration(stats.Max)} | < {Stats.Duration(TargetMs)} |"));
        if (psychology.Count > 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {psychology.Name} | {Stats.Duration(psychology.P50)} | {Stats.Duration(psychology.P95)} | {Stats.Duration(psychology.Max)} | |"));
        }
        Console.WriteLine();
        Console.WriteLine("Each run: " + stats.Each());

        if (last is not null)
        {
            Console.WriteLine();
            Console.WriteLine("Figures of the last run (the small-count rule applied):");
            foreach (var table in last.Tables)
            {
                var total = table.Rows.LastOrDefault(r => r.IsTotal);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {table.Title}: {string.Join(" | ", table.Rows.Take(4).Select(r => r.Label + " " + string.Join(" ", r.Values.Select(v => v.Shown))))}{(total is { IsTotal: true } ? " | Total " + string.Join(" ", total.Values.Select(v => v.Shown)) : string.Empty)}"));
            }
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"## The {capture.Commands.Count} SQL commands of the last run, with their time"));
        await using var plans = options.Explain ? await Generator.OpenBulkConnectionAsync(Path.GetFullPath(db), ct) : null;
        foreach (var command in capture.Commands)
        {
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"-- {Stats.Duration(command.Duration.TotalMilliseconds)}"));
            Console.WriteLine(command.Sql.Length > 2_000 ? command.Sql[..2_000] + " […]" : command.Sql);
            if (plans is not null && command.Sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var line in await QueryPlans.PlanAsync(plans, command, ct))
                {
                    Console.WriteLine("--   " + line);
                }
            }
        }

        warnings.Print(Console.Out);
        return stats.P50 < TargetMs ? 0 : 2;
    }

    private static string ExtrasPath(string db) => Path.GetFullPath(db) + ".report.json";

    private static ReportExtras? ReadExtras(string db) =>
        File.Exists(ExtrasPath(db)) ? JsonSerializer.Deserialize<ReportExtras>(File.ReadAllText(ExtrasPath(db)), Json) : null;

    /// <summary>The issue 7 data of a large hub, in proportion to its young people, with prepared INSERTs.</summary>
    private static async Task<ReportExtras> AddExtrasAsync(string path, Staff staff, DateOnly today, int seed, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var random = new Random(seed);
        await using var connection = await Generator.OpenBulkConnectionAsync(Path.GetFullPath(path), ct);
        var exitsOn = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        await using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT YouthId, MIN(Date) FROM YouthStatusChanges WHERE Status = 9 GROUP BY YouthId";
            await using var reader = await read.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                exitsOn[reader.GetString(0)] = DateOnly.ParseExact(reader.GetString(1), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
        }

        var youths = new List<(string Id, DateOnly FirstContact, DateOnly Last)>();
        await using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT Id, FirstContact FROM Youths";
            await using var reader = await read.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var first = DateOnly.ParseExact(reader.GetString(1), "yyyy-MM-dd", CultureInfo.InvariantCulture);
                var last = exitsOn.GetValueOrDefault(reader.GetString(0), today);
                youths.Add((reader.GetString(0), first, last < first ? first : last));
            }
        }

        string Id() => Guid.NewGuid().ToString().ToUpperInvariant();
        string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        long Ticks(DateOnly day, int hour) => new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(hour, 0)), HubCalendar.Zone), TimeSpan.Zero).UtcTicks;
        DateOnly Between(DateOnly first, DateOnly last) => first.AddDays(random.Next(Math.Max(1, last.DayNumber - first.DayNumber + 1)));
        var worker = staff.YouthWorkers[0].Id.ToString().ToUpperInvariant();
        var coordinator = staff.Coordinators[0].Id.ToString().ToUpperInvariant();
        var psychologists = staff.Psychologists.Select(p => p.Id.ToString().ToUpperInvariant()).ToList();
        var createdAt = Ticks(today, 9);

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        async Task<SqliteCommand> PrepareAsync(string sql, int parameters)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            for (var i = 0; i < parameters; i++)
            {
                command.Parameters.Add(new SqliteParameter("@p" + i.ToString(CultureInfo.InvariantCulture), null));
            }

            await command.PrepareAsync(ct);
            return command;
        }

        async Task InsertAsync(SqliteCommand command, params object?[] values)
        {
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters[i].Value = values[i] ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(ct);
        }

        // Exit reasons on the generated exits (recorded before reasons were asked): every reason, and some left unknown.
        await using (var exits = connection.CreateCommand())
        {
            exits.Transaction = transaction;
            exits.CommandText = "UPDATE YouthStatusChanges SET ExitReason = CASE WHEN rowid % 10 = 0 THEN NULL ELSE rowid % 7 + 1 END WHERE Status = 9";
            await exits.ExecuteNonQueryAsync(ct);
        }

        // Partners (200, every type), and two referrals per young person over their time at the hub.
        var partnerTypes = Enum.GetValues<PartnerType>();
        var partners = new List<string>();
        await using (var insert = await PrepareAsync("INSERT INTO Partners (Id, Name, Type, IsActive, Version) VALUES (@p0, @p1, @p2, 1, 0)", 3))
        {
            for (var i = 0; i < 200; i++)
            {
                var id = Id();
                partners.Add(id);
                await InsertAsync(insert, id, string.Create(CultureInfo.InvariantCulture, $"Partenaire {i + 1:000}"), (int)partnerTypes[i % partnerTypes.Length]);
            }
        }

        var statuses = Enum.GetValues<ReferralStatus>();
        var referrals = 0;
        await using (var insert = await PrepareAsync(
                         "INSERT INTO Referrals (Id, YouthId, PartnerId, Track, Need, Status, Outcome, ProposedOn, StatusDate, CreatedBy, CreatedAt, Version) "
                         + "VALUES (@p0, @p1, @p2, @p3, 'Besoin', @p4, @p5, @p6, @p7, @p8, @p9, 0)", 10))
        {
            foreach (var youth in youths)
            {
                for (var k = 0; k < 2; k++)
                {
                    var proposed = Between(youth.FirstContact, youth.Last);
                    var status = statuses[random.Next(statuses.Length)];
                    await InsertAsync(insert, Id(), youth.Id, partners[random.Next(partners.Count)], random.Next(1, 10), (int)status,
                        status == ReferralStatus.Done ? "Réalisée" : null, Day(proposed), Day(proposed), worker, createdAt);
                    referrals++;
                }
            }
        }

        // Three deadlines per young person, due while they are followed (some ahead of today): done mostly in time.
        var deadlines = 0;
        await using (var insert = await PrepareAsync(
                         "INSERT INTO Deadlines (Id, YouthId, Track, Kind, Title, DueDate, Event, EventDate, DueDateOverridden, Status, CompletionNote, ClosedAt, ClosedBy, "
                         + "ReminderDays, CreatedBy, CreatedAt, Version) VALUES (@p0, @p1, 1, 6, 'Échéance', @p2, 12, @p3, 0, @p4, @p5, @p6, @p7, '[]', @p7, @p8, 0)", 9))
        {
            foreach (var youth in youths)
            {
                for (var k = 0; k < 3; k++)
                {
                    var due = Between(youth.FirstContact, youth.Last.AddDays(60));
                    var roll = random.Next(100);
                    var status = due >= today ? DeadlineStatus.Open
                        : roll < 70 ? DeadlineStatus.Done : roll < 78 ? DeadlineStatus.Missed : roll < 88 ? DeadlineStatus.Cancelled : DeadlineStatus.Open;
                    long? closed = status switch
                    {
                        DeadlineStatus.Done => Ticks(due.AddDays(random.Next(-10, 4)), random.Next(8, 24)),
                        DeadlineStatus.Missed or DeadlineStatus.Cancelled => Ticks(due.AddDays(random.Next(-5, 5)), 10),
                        _ => null,
                    };
                    await InsertAsync(insert, Id(), youth.Id, Day(due), Day(due.AddDays(-20)), (int)status,
                        status is DeadlineStatus.Missed or DeadlineStatus.Cancelled ? "Note" : null, closed, closed is null ? null : worker, createdAt);
                    deadlines++;
                }
            }
        }

        // Psychology: one young person in six asks; a first session about three weeks later, then follow-ups.
        var room = Id();
        await using (var insert = await PrepareAsync("INSERT INTO Rooms (Id, Name, IsActive, Version) VALUES (@p0, @p1, 1, 0)", 2))
        {
            await InsertAsync(insert, room, "Salle du banc d'essai des rapports " + room[..8]);
        }

        var requests = 0;
        var sessions = 0;
        await using (var request = await PrepareAsync(
                         "INSERT INTO FollowUpRequests (Id, YouthId, Urgency, Reason, Status, RequestedBy, RequestedAt, Version) VALUES (@p0, @p1, 1, 'Demande', 2, @p2, @p3, 0)", 4))
        await using (var session = await PrepareAsync(
                         "INSERT INTO PsychologySessions (Id, YouthId, PsychologistId, RoomId, Start, End, Kind, Status, CancelledBy, RequestId, CreatedBy, CreatedAt, Version) "
                         + "VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, 0)", 12))
        {
            foreach (var youth in youths.Where((_, i) => i % 6 == 0))
            {
                var asked = Between(youth.FirstContact, youth.Last);
                var requestId = Id();
                await InsertAsync(request, requestId, youth.Id, worker, Ticks(asked, 10));
                requests++;
                var psychologist = psychologists[random.Next(psychologists.Count)];
                var day = asked.AddDays(random.Next(5, 40));
                for (var k = 0; k < 6 && day <= today.AddDays(30); k++, day = day.AddDays(random.Next(7, 21)))
                {
                    var roll = random.Next(100);
                    var status = day >= today ? SessionStatus.Planned
                        : roll < 75 ? SessionStatus.Held : roll < 88 ? SessionStatus.YouthAbsent : SessionStatus.Cancelled;
                    var start = Ticks(day, 9 + random.Next(9));
                    await InsertAsync(session, Id(), youth.Id, psychologist, room, start, start + TimeSpan.TicksPerHour, k == 0 ? (int)SessionKind.First : (int)SessionKind.FollowUp,
                        (int)status, status == SessionStatus.Cancelled ? psychologist : null, k == 0 ? requestId : null, coordinator, createdAt);
                    sessions++;
                }
            }
        }

        // Workshops: six sessions a weekday over the generated years, about ten young people present at each.
        var kinds = new List<string>();
        await using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = "SELECT Id FROM WorkshopKinds ORDER BY Name";
            await using var reader = await read.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                kinds.Add(reader.GetString(0));
            }
        }

        var workshops = 0;
        var attendance = 0;
        var firstDay = youths.Min(y => y.FirstContact);
        var byArrival = youths.OrderBy(y => y.FirstContact).ToList();
        await using (var workshop = await PrepareAsync(
                         "INSERT INTO WorkshopSessions (Id, KindId, Date, Start, End, Place, FacilitatorUserId, CreatedBy, CreatedAt, Version) "
                         + "VALUES (@p0, @p1, @p2, '14:00:00', '16:00:00', 'REMIV', @p3, @p3, @p4, 0)", 5))
        await using (var present = await PrepareAsync(
                         "INSERT INTO WorkshopAttendance (Id, WorkshopSessionId, YouthId, RecordedBy, RecordedAt) VALUES (@p0, @p1, @p2, @p3, @p4)", 5))
        {
            var followedFrom = 0;
            for (var day = firstDay; day <= today; day = day.AddDays(1))
            {
                if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                {
                    continue;
                }

                while (followedFrom < byArrival.Count - 1 && byArrival[followedFrom].Last < day.AddDays(-365))
                {
                    followedFrom++;
                }

                // Present: young people who had arrived by then (among the latest thousands, those still around).
                var arrived = byArrival.FindLastIndex(y => y.FirstContact <= day);
                for (var s = 0; s < 6; s++)
                {
                    var sessionId = Id();
                    await InsertAsync(workshop, sessionId, kinds[random.Next(kinds.Count)], Day(day), worker, createdAt);
                    workshops++;
                    if (arrived < 0)
                    {
                        continue;
                    }

                    var seen = new HashSet<int>();
                    for (var k = 0; k < 10; k++)
                    {
                        var index = Math.Max(followedFrom, arrived - random.Next(Math.Min(arrived + 1, 5_000)));
                        if (seen.Add(index))
                        {
                            await InsertAsync(present, Id(), sessionId, byArrival[index].Id, worker, Ticks(day, 16));
                            attendance++;
                        }
                    }
                }
            }
        }

        await transaction.CommitAsync(ct);
        await Generator.CheckpointAsync(connection, ct);

        return new ReportExtras(partners.Count, referrals, deadlines, requests, sessions, workshops, attendance, watch.Elapsed.TotalSeconds);
    }
}
