using System.Text.Json;

namespace Remiv.Bench;

/// <summary>
/// What <c>deadlines-generate</c> added to a generated database (<c>&lt;db&gt;.deadlines.json</c>, beside the case-file
/// manifest): the benchmark day, how many open deadlines are stored and which of them have a reminder due that day
/// (<see cref="DuePool"/>, in random order: a scan of K due takes the first K and sets the others aside). Its presence
/// marks a complete generation.
/// </summary>
internal sealed record DeadlineManifest(
    int Seed,
    DateOnly Day,
    int Stored,
    int Youths,
    int OpenYouths,
    int YouthsWithDeadlines,
    int Staff,
    int DigestUsers,
    int OverdueReminded,
    DateOnly FirstLaterReminder,
    DateOnly LastReminder,
    int FromPresets,
    double YouthSeconds,
    double DeadlineSeconds,
    DateTimeOffset GeneratedAt,
    IReadOnlyList<Guid> DuePool)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static string PathFor(string databasePath) => Path.GetFullPath(databasePath) + ".deadlines.json";

    public static DeadlineManifest? Read(string databasePath)
    {
        var path = PathFor(databasePath);
        return File.Exists(path) ? JsonSerializer.Deserialize<DeadlineManifest>(File.ReadAllText(path), Json) : null;
    }

    public void Write(string databasePath) => File.WriteAllText(PathFor(databasePath), JsonSerializer.Serialize(this, Json));
}
