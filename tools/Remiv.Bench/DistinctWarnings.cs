using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Remiv.Bench;

/// <summary>
/// Collects the warnings the application logs (EF Core's, mostly), each distinct message once with how many
/// times it came, so that they are reported after the table instead of interleaved with the timings.
/// </summary>
internal sealed class DistinctWarnings : ILoggerProvider
{
    private readonly ConcurrentDictionary<string, int> _seen = new(StringComparer.Ordinal);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Print(TextWriter output)
    {
        if (_seen.IsEmpty)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("Warnings logged by the application (each distinct message once):");
        foreach (var (message, count) in _seen.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  x{count} {message}");
        }
    }

    public void Dispose()
    {
    }

    private sealed class Logger(DistinctWarnings owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                owner._seen.AddOrUpdate($"{logLevel} {category}[{eventId.Id}]: {formatter(state, exception)}", 1, (_, n) => n + 1);
            }
        }
    }
}
