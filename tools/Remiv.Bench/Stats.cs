using System.Globalization;

namespace Remiv.Bench;

/// <summary>Latencies of one measured operation, in milliseconds.</summary>
internal sealed class Stats(string name)
{
    private readonly List<double> _samples = [];

    public string Name { get; } = name;

    public int Count => _samples.Count;

    public void Add(TimeSpan elapsed) => _samples.Add(elapsed.TotalMilliseconds);

    public void AddRange(Stats other) => _samples.AddRange(other._samples);

    /// <summary>Every sample in the order measured, e.g. "1.2 s, 980 ms".</summary>
    public string Each() => string.Join(", ", _samples.Select(Duration));

    public double Percentile(double p)
    {
        if (_samples.Count == 0)
        {
            return double.NaN;
        }

        // Nearest rank: the smallest sample with at least p % of the samples at or below it.
        var sorted = _samples.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    public double P50 => Percentile(50);

    public double P95 => Percentile(95);

    public double Max => _samples.Count == 0 ? double.NaN : _samples.Max();

    public double Min => _samples.Count == 0 ? double.NaN : _samples.Min();

    public double Mean => _samples.Count == 0 ? double.NaN : _samples.Average();

    /// <summary>Milliseconds below a second, seconds above: "850 ms", "2.16 s".</summary>
    public static string Duration(double value) =>
        value < 1_000 ? Ms(value) : (value / 1_000).ToString(value < 10_000 ? "0.00" : "0.0", CultureInfo.InvariantCulture) + " s";

    public static string Ms(double value) => value.ToString(value < 10 ? "0.0" : "0", CultureInfo.InvariantCulture) + " ms";
}
