using System.Text.Json;

namespace Remiv.Bench;

/// <summary>
/// What <c>generate</c> made, written beside the database (<c>&lt;db&gt;.bench.json</c>) so that <c>measure</c>
/// knows whom to act as and which young person is the heavy one. Its presence marks a complete generation.
/// </summary>
internal sealed record Manifest(
    int Seed,
    DateOnly Today,
    int Youths,
    int Entries,
    Guid HeavyYouthId,
    int HeavyYouthEntries,
    IReadOnlyList<StaffRecord> Staff,
    string EntryWriter,
    double GenerationSeconds,
    DateTimeOffset GeneratedAt)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static string PathFor(string databasePath) => Path.GetFullPath(databasePath) + ".bench.json";

    public static Manifest? Read(string databasePath)
    {
        var path = PathFor(databasePath);
        return File.Exists(path) ? JsonSerializer.Deserialize<Manifest>(File.ReadAllText(path), Json) : null;
    }

    public void Write(string databasePath) => File.WriteAllText(PathFor(databasePath), JsonSerializer.Serialize(this, Json));
}

/// <param name="ActiveGroups">How many young people's follow-up groups the person belongs to at the end of generation.</param>
internal sealed record StaffRecord(Guid Id, string Email, string DisplayName, string Role, int ActiveGroups);
