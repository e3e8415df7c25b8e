using System.Globalization;
using Remiv.Bench;
using Remiv.Bench.Generation;
using Remiv.Bench.Measurement;

// Remiv.Bench: realistic case-file data and the case-file performance benchmark. See README.md beside this file.
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
        Remiv.Bench: realistic case-file data and the case-file benchmark (Release build: dotnet run -c Release --project tools/Remiv.Bench -- ...)

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
        """);
    return error is null ? 0 : 1;
}

internal static partial class Program
{
    private static readonly string[] GenerateOptionNames = ["youths", "entries", "seed", "heavy", "staff", "batch", "today"];

    private static readonly string[] MeasureOptionNames = ["iterations", "page-runs", "seed"];
}
