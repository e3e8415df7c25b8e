using System.Diagnostics;
using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Remiv.Application.Common;
using Remiv.Application.Psychology.Calendar.Commands;
using Remiv.Application.Psychology.Calendar.Queries;
using Remiv.Application.Psychology.Sessions.Commands;
using Remiv.Application.Psychology.Sessions.Queries;
using Remiv.Application.Reminders.Commands;
using Remiv.Bench.Generation;
using Remiv.Bench.Jobs;
using Remiv.Domain.Psychology;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;
using Remiv.Infrastructure.Persistence;

namespace Remiv.Bench.Sessions;

/// <param name="Days">Days of sessions stored, half before today and half after.</param>
/// <param name="Rooms">Rooms busy every hour from 9:00 to 18:00 (one session an hour each), every day.</param>
internal sealed record SessionBenchOptions(string? Folder, int Youths, int Days, int Rooms, int Runs, int Seed);

/// <summary>
/// The psychologists' scheduling at a busy hub, through the mediator and the web host's pipeline: booking (locks, clash
/// check, availability, notices), the week of every session, one session, a psychologist's calendar feed, and the
/// day-before reminder scan, with <see cref="SessionBenchOptions.Days"/> days of sessions stored.
/// </summary>
internal static class SessionBenchmark
{
    private const int FirstHour = 9;
    private const int Hours = 9;

    public static async Task<int> RunAsync(SessionBenchOptions options, CancellationToken ct)
    {
        var folder = options.Folder ?? Path.Combine(Path.GetTempPath(), "remiv-bench-sessions-" + DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        var db = Path.Combine(folder, "remiv-bench.db");
        var today = TimeProvider.System.Today();
        var manifest = await Generator.RunAsync(
            new GenerateOptions(db, options.Youths, 2 * options.Youths, options.Seed, 20, 60, 2_000, false, true, today), ct);
        var staff = new Staff(manifest.Staff);
        var psychologists = staff.Psychologists.Select(p => p.Id).ToList();
        if (psychologists.Count <= options.Rooms)
        {
            throw new UsageException($"{psychologists.Count} psychologists cannot fill {options.Rooms} rooms every hour: use fewer rooms.");
        }

        var user = new BenchUser();
        var warnings = new DistinctWarnings();
        await using var services = BenchServices.Build(db, user, warnings, s => JobServices.Add(s, TimeProvider.System));
        var watch = Stopwatch.StartNew();
        var (rooms, freeRoom, youths, stored) = await SeedAsync(services, options, psychologists, today, ct);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Stored {stored:N0} sessions ({options.Days} days × {options.Rooms} rooms × {Hours} hours, {psychologists.Count} psychologists, {youths.Count:N0} young people) in {watch.Elapsed.TotalSeconds:0} s."));

        var coordinator = staff.Coordinators[0].Id;
        var psychologist = psychologists[0];
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var results = new List<Stats>();

        // Booking: each run a new hour in the future, in the room kept free, for a psychologist and a young person free then.
        var booking = new Stats("Book a session (coordinator)");
        for (var run = 0; run < options.Runs + 3; run++)
        {
            var day = today.AddDays(2 + (run / Hours));
            var hour = FirstHour + (run % Hours);
            var start = At(day, hour);
            var busyPsychologist = Enumerable.Range(0, options.Rooms).Select(r => psychologists[(r + day.DayNumber + hour) % psychologists.Count]).ToHashSet();
            var free = psychologists.First(p => !busyPsychologist.Contains(p));
            var youth = youths[^(1 + run)];
            user.ActAs(coordinator, Roles.Coordinator);
            var elapsed = await TimeAsync(services, m => m.Send(new BookSession(youth, free, freeRoom, start, start.AddMinutes(50), SessionKind.FollowUp, null, null, null), ct));
            if (run >= 3)
            {
                booking.Add(elapsed);
            }
        }

        results.Add(booking);
        user.ActAs(coordinator, Roles.Coordinator);
        results.Add(await RepeatAsync(services, "Week of every session (coordinator)", options.Runs,
            m => m.Send(new ListSessions(At(monday, 0), At(monday.AddDays(7), 0)), ct)));
        var later = At(today.AddDays(1), FirstHour);
        var one = await ReadAsync(services, db2 => db2.Sessions.Where(s => s.Start >= later).Select(s => s.Id).FirstAsync(ct));
        results.Add(await RepeatAsync(services, "One session with its history", options.Runs, m => m.Send(new GetSession(one), ct)));

        user.ActAs(psychologist, Roles.Psychologist);
        var token = await SendAsync(services, m => m.Send(new IssueMyCalendarFeed(), ct));
        user.ActAsNobody();
        var feed = await SendAsync(services, m => m.Send(new GetCalendarFeed(token.Token), ct));
        var events = feed?.Split("BEGIN:VEVENT").Length - 1 ?? 0;
        results.Add(await RepeatAsync(services, $"Calendar feed of one psychologist ({events} sessions)", options.Runs,
            m => m.Send(new GetCalendarFeed(token.Token), ct)));

        var scan = new Stats($"Day-before reminder scan ({options.Rooms * Hours} sessions tomorrow)");
        var services2 = BenchServices.Build(db, SystemUser.Instance, warnings, s => JobServices.Add(s, TimeProvider.System));
        await using (services2)
        {
            for (var run = 0; run < options.Runs + 1; run++)
            {
                await ResetRemindersAsync(services2, ct);
                var elapsed = await TimeAsync(services2, m => m.Send(new ScanSessionReminders(), ct));
                if (run >= 1)
                {
                    scan.Add(elapsed);
                }
            }
        }

        results.Add(scan);
        Console.WriteLine();
        Console.WriteLine("| operation | runs | median | p95 | max |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var s in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {s.Name} | {s.Count} | {Stats.Duration(s.P50)} | {Stats.Duration(s.P95)} | {Stats.Duration(s.Max)} |"));
        }

        warnings.Print(Console.Out);
        if (options.Folder is null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }

        return 0;
    }

    /// <summary>Rooms (one kept free for the booking runs), hours every day for every psychologist, and the sessions.</summary>
    private static async Task<(List<Guid> Rooms, Guid FreeRoom, List<Guid> Youths, int Stored)> SeedAsync(
        ServiceProvider services, SessionBenchOptions options, List<Guid> psychologists, DateOnly today, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RemivDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var rooms = Enumerable.Range(1, options.Rooms).Select(i => Room.Create($"Salle {i}", null)).ToList();
        var freeRoom = Room.Create("Salle du banc d'essai", null);
        db.Rooms.AddRange([.. rooms, freeRoom]);
        foreach (var psychologist in psychologists)
        {
            var schedule = PsychologistSchedule.For(psychologist);
            foreach (var weekday in Enum.GetValues<DayOfWeek>())
            {
                schedule.AddSlot(weekday, new TimeOnly(8, 0), new TimeOnly(20, 0));
            }

            db.PsychologistSchedules.Add(schedule);
        }

        await db.SaveChangesAsync(ct);
        // Sessions are for open files only (booking refuses an archived one).
        var youths = await db.Youths.AsNoTracking().Where(y => y.CurrentStatus != YouthStatus.Exited).OrderBy(y => y.Id).Select(y => y.Id).ToListAsync(ct);
        var perHour = options.Rooms;
        var stored = 0;
        var first = today.AddDays(-options.Days / 2);
        for (var d = 0; d < options.Days; d++)
        {
            var day = first.AddDays(d);
            for (var h = 0; h < Hours; h++)
            {
                var hour = FirstHour + h;
                var start = At(day, hour);
                for (var r = 0; r < perHour; r++)
                {
                    var psychologist = psychologists[(r + day.DayNumber + hour) % psychologists.Count];
                    // The last young people are kept free for the booking runs.
                    var youth = youths[((d * Hours) + h) * perHour % (youths.Count - 200) + r];
                    var session = Session.Book(youth, psychologist, rooms[r].Id, start, start.AddMinutes(50), SessionKind.FollowUp, null, null, null,
                        psychologist, start.AddDays(-7));
                    if (day < today)
                    {
                        session.RecordOutcome(SessionStatus.Held, psychologist, start.AddHours(1));
                    }

                    db.Sessions.Add(session);
                    stored++;
                }
            }

            if (d % 20 == 19)
            {
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync(ct);
        return ([.. rooms.Select(r => r.Id)], freeRoom.Id, youths, stored);
    }

    private static async Task ResetRemindersAsync(ServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RemivDbContext>();
        await db.SessionReminders.ExecuteDeleteAsync(ct);
        await db.Notifications.Where(n => n.SessionId != null).ExecuteDeleteAsync(ct);
        await db.OutgoingEmails.ExecuteDeleteAsync(ct);
    }

    private static async Task<Stats> RepeatAsync<T>(ServiceProvider services, string name, int runs, Func<IMediator, ValueTask<T>> send)
    {
        var stats = new Stats(name);
        for (var run = 0; run < runs + 3; run++)
        {
            var elapsed = await TimeAsync(services, send);
            if (run >= 3)
            {
                stats.Add(elapsed);
            }
        }

        return stats;
    }

    private static async Task<TimeSpan> TimeAsync<T>(ServiceProvider services, Func<IMediator, ValueTask<T>> send)
    {
        await using var scope = services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var watch = Stopwatch.StartNew();
        await send(mediator);
        return watch.Elapsed;
    }

    private static async Task<T> SendAsync<T>(ServiceProvider services, Func<IMediator, ValueTask<T>> send)
    {
        await using var scope = services.CreateAsyncScope();
        return await send(scope.ServiceProvider.GetRequiredService<IMediator>());
    }

    private static async Task<T> ReadAsync<T>(ServiceProvider services, Func<RemivDbContext, Task<T>> read)
    {
        await using var scope = services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<RemivDbContext>());
    }

    /// <summary>A Paris wall-clock hour as an instant.</summary>
    private static DateTimeOffset At(DateOnly day, int hour) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(hour, 0)), HubCalendar.Zone), TimeSpan.Zero);
}
