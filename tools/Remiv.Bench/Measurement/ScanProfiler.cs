using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Remiv.Bench.Measurement;

/// <summary>
/// Where the time of one use case goes, seen from EF without touching the application: when each SQL command starts,
/// returns and is read to the end (with its rows), when SaveChanges starts and ends, each DetectChanges, and the commit.
/// Only while <see cref="Enabled"/> (a separate, untimed run), so the timed runs carry nothing but an idle check.
/// </summary>
internal sealed partial class ScanProfiler : DbCommandInterceptor, ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly List<(long At, Mark Mark, string? Sql, int Rows)> _marks = [];
    private readonly HashSet<DbContext> _watched = new(ReferenceEqualityComparer.Instance);

    private enum Mark
    {
        Execute,
        Executed,
        ReadToEnd,
        Saving,
        Saved,
        Detecting,
        Detected,
        Begun,
        Committing,
        Committed,
    }

    public bool Enabled { get; set; }

    public void Clear()
    {
        _marks.Clear();
        _watched.Clear();
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Executing(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Executing(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Add(Mark.Executed);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Add(Mark.Executed);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult DataReaderClosing(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        Add(Mark.ReadToEnd, rows: RowsOf(eventData));
        return result;
    }

    public override ValueTask<InterceptionResult> DataReaderClosingAsync(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        Add(Mark.ReadToEnd, rows: RowsOf(eventData));
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Executing(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Executing(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Add(Mark.Executed);
        Add(Mark.ReadToEnd, rows: result);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Add(Mark.Executed);
        Add(Mark.ReadToEnd, rows: result);
        return ValueTask.FromResult(result);
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Add(Mark.Saved, rows: result);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Add(Mark.Saved, rows: result);
        return result;
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        Watch(eventData.Context);
        Add(Mark.Begun);
        return ValueTask.FromResult(result);
    }

    public ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Add(Mark.Committing);
        return ValueTask.FromResult(result);
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Add(Mark.Committed);
        return Task.CompletedTask;
    }

    /// <summary>The run as consecutive segments, from <paramref name="start"/> (before the scope is made) to <paramref name="end"/> (after it is disposed).</summary>
    public IReadOnlyList<(double Ms, string What)> Segments(long start, long end)
    {
        var segments = new List<(double Ms, string What)>();
        var marks = _marks.ToList();
        var saving = marks.FindIndex(m => m.Mark == Mark.Saving);
        var saved = marks.FindLastIndex(m => m.Mark == Mark.Saved);
        var committing = marks.FindIndex(m => m.Mark == Mark.Committing);
        var committed = marks.FindIndex(m => m.Mark == Mark.Committed);
        var begun = marks.FindIndex(m => m.Mark == Mark.Begun);
        var at = start;

        void Segment(long until, string what)
        {
            segments.Add((Stopwatch.GetElapsedTime(at, until).TotalMilliseconds, what));
            at = until;
        }

        if (begun >= 0)
        {
            Segment(marks[begun].At, "scope, mediator pipeline, transaction begun");
        }

        // The handler's reads, each from its start to its last row read, and the work between them.
        var readsEnd = saving >= 0 ? saving : marks.Count;
        for (var i = 0; i < readsEnd; i++)
        {
            if (marks[i].Mark != Mark.Execute)
            {
                continue;
            }

            var close = marks.FindIndex(i, m => m.Mark == Mark.ReadToEnd);
            var executed = marks.FindIndex(i, m => m.Mark == Mark.Executed);
            if (close < 0 || executed < 0)
            {
                continue;
            }

            if (Stopwatch.GetElapsedTime(at, marks[i].At).TotalMilliseconds >= 0.05)
            {
                Segment(marks[i].At, "handler, in memory");
            }

            var execute = Stopwatch.GetElapsedTime(marks[i].At, marks[executed].At).TotalMilliseconds;
            Segment(marks[close].At, string.Create(CultureInfo.InvariantCulture,
                $"{Label(marks[i].Sql)}: {marks[close].Rows:N0} rows (SQLite to the first row {execute:0.0} ms, then reading and materialising)"));
        }

        if (saving < 0)
        {
            Segment(end, "the rest (nothing saved)");
            return segments;
        }

        Segment(marks[saving].At, "handler, in memory: taking the reminders, choosing the audience, building notifications and emails");

        // SaveChanges: DetectChanges (by the change-history interceptor and by EF), then the commands.
        var detect = 0.0;
        var detections = 0;
        var firstWrite = marks.FindIndex(saving, m => m.Mark == Mark.Execute);
        for (var i = saving; i < (firstWrite < 0 ? marks.Count : firstWrite); i++)
        {
            if (marks[i].Mark == Mark.Detecting && marks.FindIndex(i, m => m.Mark == Mark.Detected) is var done and >= 0)
            {
                detect += Stopwatch.GetElapsedTime(marks[i].At, marks[done].At).TotalMilliseconds;
                detections++;
            }
        }

        if (firstWrite >= 0)
        {
            Segment(marks[firstWrite].At, string.Create(CultureInfo.InvariantCulture,
                $"SaveChanges before its first command: DetectChanges x{detections} ({detect:0} ms), change-history interceptor, building the commands"));
            var commands = 0;
            var sql = 0.0;
            var tables = new SortedSet<string>(StringComparer.Ordinal);
            var lastWrite = firstWrite;
            for (var i = firstWrite; i < (saved < 0 ? marks.Count : saved); i++)
            {
                if (marks[i].Mark == Mark.Execute && marks.FindIndex(i, m => m.Mark == Mark.ReadToEnd) is var close and >= 0)
                {
                    commands++;
                    sql += Stopwatch.GetElapsedTime(marks[i].At, marks[close].At).TotalMilliseconds;
                    tables.UnionWith(Tables(marks[i].Sql));
                    lastWrite = close;
                }
            }

            Segment(marks[lastWrite].At, string.Create(CultureInfo.InvariantCulture,
                $"SaveChanges' {commands:N0} commands ({string.Join(", ", tables)}): {sql:0} ms in SQLite, the rest EF between them"));
        }

        if (saved >= 0)
        {
            Segment(marks[saved].At, string.Create(CultureInfo.InvariantCulture, $"SaveChanges after its last command ({marks[saved].Rows:N0} rows saved): accepting the changes"));
        }

        if (committing >= 0 && committed >= 0)
        {
            Segment(marks[committing].At, "unit of work, before the commit");
            Segment(marks[committed].At, "commit (WAL write and fsync)");
        }

        Segment(end, "scope disposed");
        return segments;
    }

    /// <summary>EF counts every Read call, the last one (false: no more rows) included; the scan reads every query to the end.</summary>
    private static int RowsOf(DataReaderEventData eventData) => Math.Max(0, eventData.ReadCount - 1);

    private static string Label(string? sql)
    {
        var tables = Tables(sql).ToList();
        return (sql ?? string.Empty).TrimStart().Split(' ', 2)[0].ToUpperInvariant() + " " + (tables.Count == 0 ? "?" : string.Join(" + ", tables));
    }

    /// <summary>The tables a command reads or writes, in their order of appearance.</summary>
    private static IEnumerable<string> Tables(string? sql) =>
        sql is null ? [] : TableNames().Matches(sql).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal);

    [GeneratedRegex(@"(?:FROM|INTO|UPDATE|JOIN)\s+""(\w+)""", RegexOptions.IgnoreCase)]
    private static partial Regex TableNames();

    private void Executing(DbCommand command, CommandEventData eventData)
    {
        if (!Enabled)
        {
            return;
        }

        Watch(eventData.Context);
        _marks.Add((Stopwatch.GetTimestamp(), Mark.Execute, command.CommandText, -1));
    }

    private void Add(Mark mark, int rows = -1)
    {
        if (Enabled)
        {
            _marks.Add((Stopwatch.GetTimestamp(), mark, null, rows));
        }
    }

    /// <summary>SaveChanges' start and DetectChanges are events of the context, not interceptions: listen to them once per context.</summary>
    private void Watch(DbContext? context)
    {
        if (!Enabled || context is null || !_watched.Add(context))
        {
            return;
        }

        context.SavingChanges += (_, _) => Add(Mark.Saving);
        context.ChangeTracker.DetectingAllChanges += (_, _) => Add(Mark.Detecting);
        context.ChangeTracker.DetectedAllChanges += (_, _) => Add(Mark.Detected);
    }
}
