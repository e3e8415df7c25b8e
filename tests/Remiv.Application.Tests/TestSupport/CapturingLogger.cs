using Microsoft.Extensions.Logging;

namespace Remiv.Application.Tests.TestSupport;

/// <summary>One call to the logger: the formatted message and everything else handed over with it.</summary>
public sealed record CapturedLog(LogLevel Level, string Message, IReadOnlyList<KeyValuePair<string, object?>> State, Exception? Exception)
{
    /// <summary>Every text the logger received for this entry: message, structured values, exception.</summary>
    public IEnumerable<string> AllText()
    {
        yield return Message;
        foreach (var pair in State)
        {
            yield return pair.Value?.ToString() ?? string.Empty;
        }

        if (Exception is not null)
        {
            yield return Exception.ToString();
        }
    }
}

/// <summary>An <see cref="ILogger{T}"/> that keeps what it is given, so a test can read what would reach the logs.</summary>
public sealed class CapturingLogger<T> : ILogger<T>
{
    private readonly List<CapturedLog> _entries = [];

    public IReadOnlyList<CapturedLog> Entries => _entries;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        var values = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
        _entries.Add(new CapturedLog(logLevel, formatter(state, exception), [.. values], exception));
    }
}
