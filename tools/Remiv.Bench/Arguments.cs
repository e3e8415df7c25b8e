using System.Globalization;

namespace Remiv.Bench;

/// <summary>"--name value" and "--flag" options after the command word. Unknown options are refused.</summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);

    private Arguments()
    {
    }

    public static Arguments Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> options, IReadOnlyCollection<string> flags)
    {
        var parsed = new Arguments();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i].StartsWith("--", StringComparison.Ordinal) ? args[i][2..] : throw new UsageException($"Unexpected argument '{args[i]}'.");
            if (flags.Contains(name))
            {
                parsed._values[name] = null;
            }
            else if (options.Contains(name))
            {
                parsed._values[name] = i + 1 < args.Count ? args[++i] : throw new UsageException($"--{name} needs a value.");
            }
            else
            {
                throw new UsageException($"Unknown option --{name}.");
            }
        }

        return parsed;
    }

    public bool Has(string name) => _values.ContainsKey(name);

    public string? Text(string name) => _values.GetValueOrDefault(name);

    public int Int(string name, int fallback) =>
        _values.TryGetValue(name, out var value) && value is not null
            ? int.TryParse(value.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0
                ? n
                : throw new UsageException($"--{name} must be a whole number, not '{value}'.")
            : fallback;

    /// <summary>Whole numbers separated by commas ("100,1000,10_000").</summary>
    public IReadOnlyList<int> Ints(string name, IReadOnlyList<int> fallback)
    {
        if (!_values.TryGetValue(name, out var value) || value is null)
        {
            return fallback;
        }

        var numbers = new List<int>();
        foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            numbers.Add(int.TryParse(part.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0
                ? n
                : throw new UsageException($"--{name} takes whole numbers above 0 separated by commas, not '{value}'."));
        }

        return numbers.Count > 0 ? numbers : throw new UsageException($"--{name} needs at least one number.");
    }

    public DateOnly? Date(string name) =>
        _values.TryGetValue(name, out var value) && value is not null
            ? DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d
                : throw new UsageException($"--{name} must be a date written yyyy-MM-dd, not '{value}'.")
            : null;
}

/// <summary>A wrong command line: the message is printed with the usage.</summary>
internal sealed class UsageException(string message) : Exception(message);
