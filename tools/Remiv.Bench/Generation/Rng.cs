namespace Remiv.Bench.Generation;

/// <summary>
/// A seeded random source (xoshiro256**, 256 bits of state) with the helpers the generator needs. Each young
/// person gets their own stream, derived from the seed and their number through SplitMix64, so the data does not
/// depend on batch sizes or thread timing, and 100,000 streams do not collide (System.Random's 31-bit seeds would).
/// </summary>
internal sealed class Rng
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    private Rng(ulong seed)
    {
        _s0 = SplitMix(ref seed);
        _s1 = SplitMix(ref seed);
        _s2 = SplitMix(ref seed);
        _s3 = SplitMix(ref seed);
    }

    /// <summary>An independent stream for (seed, item, purpose).</summary>
    public static Rng For(int seed, int item, int purpose) =>
        new(unchecked((((ulong)(uint)seed << 32) | (uint)item) ^ ((ulong)(uint)purpose * 0xD6E8FEB86659FD93UL)));

    public ulong NextUInt64()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A number in [0, 1).</summary>
    public double Next() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => Next() < probability;

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, both included.</summary>
    public int Between(int min, int max) => max <= min ? min : min + (int)(NextUInt64() % (ulong)((long)max - min + 1));

    public double Between(double min, double max) => min + (Next() * (max - min));

    public T Pick<T>(IReadOnlyList<T> items) => items[Between(0, items.Count - 1)];

    public T PickWeighted<T>(IReadOnlyList<(T Item, int Weight)> items)
    {
        var total = 0;
        foreach (var (_, weight) in items)
        {
            total += weight;
        }

        var draw = Between(0, total - 1);
        foreach (var (item, weight) in items)
        {
            if (draw < weight)
            {
                return item;
            }

            draw -= weight;
        }

        return items[^1].Item;
    }

    /// <summary>A standard normal draw (Box-Muller).</summary>
    public double Gaussian()
    {
        var u1 = 1.0 - Next();
        var u2 = Next();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>A version-4 Guid from 122 random bits of the stream.</summary>
    public Guid Guid()
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, NextUInt64());
        BitConverter.TryWriteBytes(bytes[8..], NextUInt64());
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    private static ulong SplitMix(ref ulong state)
    {
        var z = unchecked(state += 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
