using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Remiv.Bench.Measurement;

/// <summary>Replays a captured SQL command on a connection of its own: timed to the last row, or its EXPLAIN QUERY PLAN.</summary>
internal static class QueryPlans
{
    public static string Format(object? value) => value switch
    {
        null or DBNull => "NULL",
        string s => $"'{s}'",
        Guid g => $"'{g.ToString().ToUpperInvariant()}'",
        DateOnly d => "'" + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "'",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    public static SqliteCommand Prepare(SqliteConnection connection, CapturedCommand captured, string prefix)
    {
        var command = connection.CreateCommand();
#pragma warning disable CA2100 // The SQL is what EF generated for the application, replayed as is.
        command.CommandText = prefix + captured.Sql;
#pragma warning restore CA2100
        foreach (var (name, value, type) in captured.Parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, type) { Value = value ?? DBNull.Value });
        }

        return command;
    }

    public static async Task<TimeSpan> TimeAsync(SqliteConnection connection, CapturedCommand captured, CancellationToken ct)
    {
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            await using var command = Prepare(connection, captured, string.Empty);
            var start = Stopwatch.GetTimestamp();
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                }
            }

            var took = Stopwatch.GetElapsedTime(start);
            best = took < best ? took : best;
        }

        return best;
    }

    /// <summary>EXPLAIN QUERY PLAN, drawn as the sqlite3 shell does.</summary>
    public static async Task<List<string>> PlanAsync(SqliteConnection connection, CapturedCommand captured, CancellationToken ct)
    {
        await using var command = Prepare(connection, captured, "EXPLAIN QUERY PLAN ");
        var rows = new List<(long Id, long Parent, string Detail)>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                rows.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetString(3)));
            }
        }

        var depth = new Dictionary<long, int> { [0] = 0 };
        var lines = new List<string>();
        foreach (var (id, parent, detail) in rows)
        {
            depth[id] = depth.GetValueOrDefault(parent) + 1;
            lines.Add(new string(' ', 2 * (depth[id] - 1)) + "|-- " + detail);
        }

        return lines;
    }
}
