using System.Globalization;
using Remiv.Bench;
using Remiv.Bench.Generation;
using Remiv.Bench.Measurement;
using Remiv.Bench.Pdf;
using Remiv.Bench.Reports;
using Remiv.Bench.Sessions;
using Remiv.Bench.Summaries;

// Remiv.Bench: realistic data and the performance benchmarks (case files, reminder scan, PDF engine). See README.md beside this file.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo("fr-FR");
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

try
{
    return args.Length == 0 ? Usage(null) : args[0] switch
    {
        "generate" => await GenerateAsync(args[1..], cancel.Token),
        "measure" => await MeasureAsync(args[1..], cancel.Token),
        "all" => await AllAsync(args[1..], cancel.Token),
        "deadlines-generate" => await DeadlinesGenerateAsync(args[1..], cancel.Token),
        "deadlines-measure" => await DeadlinesMeasureAsync(args[1..], cancel.Token),
        "deadlines" => await DeadlinesAsync(args[1..], cancel.Token),
        "pdf" => Pdf(args[1..]),
        "sessions" => await SessionsAsync(args[1..], cancel.Token),
        "summary" => await SummaryBenchmark.RunAsync(args[1..], cancel.Token),
        "report" => await ReportAsync(args[1..], cancel.Token),
        "help" or "--help" or "-h" => Usage(null),
        _ => Usage($"Unknown command '{args[0]}'."),
    };
}
catch (UsageException e)
{
    return Usage(e.Message);
}

static async Task<int> GenerateAsync(string[] args, CancellationToken ct)
{
    var a = Arguments.Parse(args, [.. GenerateOptionNames, "db"], ["force", "entries-through-ef"]);
    await Generator.RunAsync(GenerateOptionsFrom(a, a.Text("db") ?? throw new UsageException("--db is required.")), ct);
    return 0;
}

static async Task<int> MeasureAsync(string[] args, CancellationToken ct)
{
    var a = Arguments.Parse(args, [.. MeasureOptionNames, "db"], ["explain"]);
    return await Measurer.RunAsync(MeasureOptionsFrom(a, a.Text("db") ?? throw new UsageException("--db is required.")), ct);
}

static async Task<int> AllAsync(string[] args, CancellationToken ct)
{
    var a = Arguments.Parse(args, [.. GenerateOptionNames, .. MeasureOptionNames, "dir"], ["keep", "entries-through-ef", "explain"]);
    var temporary = a.Text("dir") is null;
    var folder = a.Text("dir") ?? Path.Combine(Path.GetTempPath(), "remiv-bench-" + DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
    var db = Path.Combine(folder, "remiv-bench.db");
    try
    {
        await Generator.RunAsync(GenerateOptionsFrom(a, db) with { Force = true }, ct);
        Console.WriteLine();
        return await Measurer.RunAsync(MeasureOptionsFrom(a, db), ct);
    }
    finally
    {
        if (!a.Has("keep"))
        {
            // Only what this command made: the temporary folder, or in a given folder the database and its companions.
            if (temporary && Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
            else if (!temporary)
            {
                Generator.DeleteDatabase(Path.GetFullPath(db));
            }
        }
    }
}

static async Task<int> DeadlinesGenerateAsync(string[] args, CancellationToken ct)
{
    var a = Arguments.Parse(args, ["db", "stored", "pool", "youths", "staff", "seed", "today"], ["force"]);
    await DeadlineGenerator.RunAsync(
        new DeadlineGenerateOptions(
            a.Text("db") ?? throw new UsageException("--db is required."),
            a.Int("stored", 1_000_000),
            a.Int("pool", 10_000),
            a.Int("youths", 20_000),
            a.Int("staff", 40),
            a.Int("seed", 42),
            a.Date("today"),
            a.Has("force")),
        ct);
    return 0;
}

static async Task<int> DeadlinesMeasureAsync(string[] args, CancellationToken ct)
{
    var a = Arguments.Parse(args, ["db", "due", "runs"], ["explain"]);
    var report = await ReminderScanMeasurer.RunAsync(
        new ScanMeasureOptions(a.Text("db") ?? throw new UsageException("--db is required."), a.Ints("due", DefaultDue), Math.Max(1, a.Int("runs", 5)), a.Has("explain")),
        ct);
    Console.WriteLine();
    ReminderScanMeasurer.PrintTable(report.Rows);
    PrintPlans(report);
    return report.Rows.All(r => r.Stats.P50 < ReminderScanMeasurer.TargetMs) ? 0 : 2;
}

// Every stored size in the list, each in its own cached database (generated when missing), every number due on each.
static async Task<int> DeadlinesAsync(string[] args, CancellationToken ct)
{
    var a = Arguments.Parse(args, ["stored", "due", "runs", "youths", "staff", "seed", "dir"], ["regenerate"]);
    var stored = a.Ints("stored", [100_000, 1_000_000]);
    var due = a.Ints("due", DefaultDue);
    var pool = due.Max();
    var youths = a.Int("youths", 20_000);
    var seed = a.Int("seed", 42);
    var dir = a.Text("dir") ?? "/tmp/remiv-bench";
    var reports = new List<ScanReport>();
    foreach (var n in stored)
    {
        var db = Path.Combine(dir, string.Create(CultureInfo.InvariantCulture, $"deadlines-n{n}-p{pool}-y{youths}-s{seed}"), "remiv-bench.db");
        if (a.Has("regenerate") || DeadlineManifest.Read(db) is null)
        {
            await DeadlineGenerator.RunAsync(new DeadlineGenerateOptions(db, n, pool, youths, a.Int("staff", 40), seed, null, true), ct);
        }
        else
        {
            var m = DeadlineManifest.Read(db)!;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Reusing {db} (generated {m.GeneratedAt:yyyy-MM-dd HH:mm} UTC in {m.YouthSeconds + m.DeadlineSeconds:0} s: young people {m.YouthSeconds:0} s, deadlines {m.DeadlineSeconds:0} s); --regenerate to start again."));
        }

        Console.WriteLine();
        reports.Add(await ReminderScanMeasurer.RunAsync(new ScanMeasureOptions(db, due, Math.Max(1, a.Int("runs", 5)), n == stored.Max()), ct));
        Console.WriteLine();
    }

    var rows = reports.SelectMany(r => r.Rows).OrderBy(r => r.Stored).ThenBy(r => r.Due).ToList();
    Console.WriteLine("## Results");
    Console.WriteLine();
    ReminderScanMeasurer.PrintTable(rows);
    Console.WriteLine();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"First scan of the process (EF model, query compilation, unoptimised code; {reports[0].Manifest.Stored:N0} stored, {reports[0].FirstScanDue:N0} due): {Stats.Duration(reports[0].FirstScanMs)}; not in the table, which starts after {ReminderScanMeasurer.WarmUpScans} scans to warm up."));

    if (stored.Count > 1)
    {
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Same number due, {stored.Max() / (double)stored.Min():0.#} times as many stored (median at {stored.Max():N0} / at {stored.Min():N0}):"));
        foreach (var k in due)
        {
            var small = rows.First(r => r.Due == k && r.Stored == stored.Min()).Stats.P50;
            var large = rows.First(r => r.Due == k && r.Stored == stored.Max()).Stats.P50;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {k,6:N0} due: {Stats.Duration(large)} / {Stats.Duration(small)} = {large / small:0.00}"));
        }
    }

    PrintPlans(reports.Last(r => r.Manifest.Stored == stored.Max()));
    return rows.All(r => r.Stats.P50 < ReminderScanMeasurer.TargetMs) ? 0 : 2;
}

// The PDF engine (issue 6): a case summary rendered again and again, then a batch of different ones.
static int Pdf(string[] args)
{
    var a = Arguments.Parse(args, ["entries", "runs", "batch", "seed", "samples"], []);
    return PdfBenchmark.Run(new PdfBenchOptions(Math.Max(1, a.Int("entries", 200)), Math.Max(1, a.Int("runs", 50)), a.Int("batch", 100), a.Int("seed", 42), a.Text("samples")));
}

// Psychologists' scheduling (issue 5): booking, the week, one session, the calendar feed, the day-before reminders.
static async Task<int> SessionsAsync(string[] args, CancellationToken ct)
{
    var a = Arguments.Parse(args, ["dir", "youths", "days", "rooms", "runs", "seed"], []);
    return await SessionBenchmark.RunAsync(
        new SessionBenchOptions(a.Text("dir"), a.Int("youths", 2_000), a.Int("days", 730), a.Int("rooms", 6), Math.Max(1, a.Int("runs", 30)), a.Int("seed", 42)), ct);
}

// The activity report (issue 7): a year's report over 100,000 young people and 2,000,000 entries, plus referrals, deadlines,
// sessions and workshops in proportion (generated once into a cached database).
static async Task<int> ReportAsync(string[] args, CancellationToken ct)
{
    var a = Arguments.Parse(args, ["dir", "youths", "entries", "seed", "runs", "from", "to", "template"], ["regenerate", "explain"]);
    return await ReportBenchmark.RunAsync(
        new ReportBenchOptions(
            a.Text("dir") ?? "/tmp/remiv-bench",
            a.Int("youths", 100_000),
            a.Int("entries", 2_000_000),
            a.Int("seed", 42),
            Math.Max(1, a.Int("runs", 10)),
            a.Date("from"),
            a.Date("to"),
            a.Text("template") ?? "full",
            a.Has("regenerate"),
            a.Has("explain")),
        ct);
}

static void PrintPlans(ScanReport report)
{
    if (report.Plans.Count == 0)
    {
        return;
    }

    Console.WriteLine();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"## The scan's queries and their plans ({report.Manifest.Stored:N0} stored, {report.Rows.Max(r => r.Due):N0} due)"));
    Console.WriteLine();
    foreach (var line in report.Plans)
    {
        Console.WriteLine(line);
    }
}

static GenerateOptions GenerateOptionsFrom(Arguments a, string db) => new(
    db,
    a.Int("youths", 100_000),
    a.Int("entries", 2_000_000),
    a.Int("seed", 42),
    a.Int("heavy", 2_000),
    a.Int("staff", 40),
    a.Int("batch", 2_000),
    a.Has("entries-through-ef"),
    a.Has("force"),
    a.Date("today"));

static MeasureOptions MeasureOptionsFrom(Arguments a, string db) =>
    new(db, Math.Max(1, a.Int("iterations", 200)), Math.Max(1, a.Int("page-runs", 50)), a.Int("seed", 42), a.Has("explain"));

static int Usage(string? error)
{
    if (error is not null)
    {
        Console.Error.WriteLine(error);
        Console.Error.WriteLine();
    }

    Console.Error.WriteLine("""
        Remiv.Bench: realistic data and the performance benchmarks (Release build: dotnet run -c Release --project tools/Remiv.Bench -- ...)

        The case files (issue 3):

          generate --db <file> [--youths 100000] [--entries 2000000] [--seed 42] [--heavy 2000] [--staff 40]
                   [--batch 2000] [--today yyyy-MM-dd] [--entries-through-ef] [--force]
              Creates the database (migrations, roles), staff accounts, young people built through the domain and
              their follow-up entries; writes <file>.bench.json (heavy young person, staff). Refuses to overwrite
              without --force.
          measure --db <file> [--iterations 200] [--page-runs 50] [--seed 42] [--explain]
              Times search (coordinator, youth worker), the heavy young person's page, writing an entry; prints a
              markdown table. --explain then shows the SQL and query plan of each use case's slowest run.
              Exit code 2 when a target is missed.
          all [--dir <folder>] [--keep] [generate and measure options]
              Both, in a temporary folder (deleted afterwards unless --keep).

        The daily reminder scan (issue 4):

          deadlines-generate --db <file> [--stored 1000000] [--pool 10000] [--youths 20000] [--staff 40] [--seed 42]
                   [--today yyyy-MM-dd] [--force]
              Young people and staff as 'generate' makes them, then --stored open deadlines built through the domain,
              --pool of them with a reminder due on the benchmark day (--today, default today in Paris); writes
              <file>.deadlines.json.
          deadlines-measure --db <file> [--due 100,1000,10000] [--runs 5] [--explain]
              Times ScanReminders through the mediator as the scheduler sends it, for each number due (at most the
              pool); prints a markdown table and where the time goes. Exit code 2 when a median reaches 2 s.
          deadlines [--stored 100000,1000000] [--due 100,1000,10000] [--runs 5] [--youths 20000] [--staff 40]
                   [--seed 42] [--dir /tmp/remiv-bench] [--regenerate]
              Both, for every stored size, each database cached in <dir>/deadlines-n<stored>-p<max due>-y<youths>-s<seed>/;
              one table, the ratio between sizes, and the query plans of the largest.

        Case summaries end to end (issue 6):

          summary [--entries 200] [--runs 50] [--batch 100] [--seed 42] [--dir <folder>] [--sample <file.pdf>]
              Young people with full files in a SQLite database; GenerateCaseSummary through the mediator (median of
              --runs, and the size), then a batch of --batch summaries built by the job as its requester (zip included).

        Psychologists' scheduling (issue 5):

          sessions [--youths 2000] [--days 730] [--rooms 6] [--runs 30] [--seed 42] [--dir <folder>]
              Young people and staff as 'generate' makes them, then every room busy every hour 9:00-18:00 for --days
              days around today; times through the mediator: booking (coordinator), the week of every session, one
              session, one psychologist's calendar feed, the day-before reminder scan. Prints a markdown table.

        The PDF engine (issue 6):

          pdf [--entries 200] [--runs 50] [--batch 100] [--seed 42] [--samples <folder>]
              Renders a case summary of --entries journal entries --runs times (after 5 to warm up) and prints the
              median and the file size, then --batch different summaries one after the other. --samples also writes
              a few PDFs (the summary, every script, a 300-row table, images, an empty document) for qpdf --check.
              Exit code 2 when a target is missed (median 50 ms, 150 KB, 100 summaries in 10 s).

        The activity report (issue 7):

          report [--youths 100000] [--entries 2000000] [--seed 42] [--runs 10] [--from yyyy-MM-dd] [--to yyyy-MM-dd]
                 [--template full] [--dir /tmp/remiv-bench] [--regenerate] [--explain]
              Generates once into <dir>/report-y<youths>-e<entries>-s<seed>/ the case files, then exit reasons, partners
              and referrals, deadlines, psychological requests and sessions, workshops and attendance in proportion;
              times GetActivityReport through the mediator as a coordinator for the year ending today (or --from/--to):
              median, p95 and max after one warm-up, then the SQL of the last run (--explain: with its query plans).
              Exit code 2 when the median misses 3 s.
        """);
    return error is null ? 0 : 1;
}

internal static partial class Program
{
    private static readonly string[] GenerateOptionNames = ["youths", "entries", "seed", "heavy", "staff", "batch", "today"];

    private static readonly string[] MeasureOptionNames = ["iterations", "page-runs", "seed"];

    private static readonly int[] DefaultDue = [100, 1_000, 10_000];
}
