using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Remiv.Bench.Measurement;

/// <summary>One SQL command the application sent, with its parameters and how long SQLite took.</summary>
internal sealed record CapturedCommand(string Sql, IReadOnlyList<(string Name, object? Value, SqliteType Type)> Parameters, TimeSpan Duration);

/// <summary>
/// Records the commands EF sends while <see cref="Enabled"/>, for <c>measure --explain</c> only (the timed runs
/// never have it): each is then shown with its EXPLAIN QUERY PLAN.
/// </summary>
internal sealed class CommandCapture : DbCommandInterceptor
{
    private readonly List<CapturedCommand> _commands = [];

    public bool Enabled { get; set; }

    public IReadOnlyList<CapturedCommand> Commands => _commands;

    public void Clear() => _commands.Clear();

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Record(command, eventData);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Record(command, eventData);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Record(command, eventData);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command, CommandExecutedEventData eventData)
    {
        if (!Enabled)
        {
            return;
        }

        _commands.Add(new CapturedCommand(
            command.CommandText,
            [.. command.Parameters.OfType<SqliteParameter>().Select(p => (p.ParameterName, (object?)p.Value, p.SqliteType))],
            eventData.Duration));
    }
}
