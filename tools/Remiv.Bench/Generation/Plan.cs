namespace Remiv.Bench.Generation;

/// <summary>What is decided for one young person before anything is built: when they came, whether they left, how many entries.</summary>
internal readonly record struct YouthPlan(int Index, DateOnly FirstContact, DateOnly? ExitDate, int Entries, bool Heavy);

/// <summary>
/// Spreads the entries over the young people: the longer someone has been followed, the more entries, with a
/// long tail (log-normal noise), exactly <c>total</c> in all; one "heavy" young person gets exactly <c>heavy</c>.
/// </summary>
internal static class Planner
{
    /// <summary>Followed for up to five years: the oldest are 20 today, and 15 or 16 when they came.</summary>
    public const int LongestFollowUpDays = 5 * 365;

    public static YouthPlan[] Plan(int seed, int youths, int entries, int heavy, DateOnly today)
    {
        if (youths < 1)
        {
            throw new UsageException("--youths must be at least 1.");
        }

        if (entries < heavy)
        {
            throw new UsageException($"--entries ({entries}) must be at least --heavy ({heavy}).");
        }

        var heavyIndex = youths / 2;
        var plans = new YouthPlan[youths];
        var weights = new double[youths];
        for (var i = 0; i < youths; i++)
        {
            var rng = Rng.For(seed, i, 0);
            if (i == heavyIndex)
            {
                // Four years of follow-up, still open: about one and a half entries a day.
                plans[i] = new YouthPlan(i, today.AddDays(-4 * 365), null, heavy, true);
                continue;
            }

            var tenure = rng.PickWeighted<(int Min, int Max)>([((0, 180), 25), ((181, 730), 40), ((731, LongestFollowUpDays), 35)]);
            var days = rng.Between(tenure.Min, tenure.Max);
            var firstContact = today.AddDays(-days);
            DateOnly? exit = null;
            if (days > 60 && rng.Chance(0.04 + (0.26 * days / LongestFollowUpDays)))
            {
                exit = firstContact.AddDays((int)(days * rng.Between(0.35, 1.0)));
            }

            var span = (exit ?? today).DayNumber - firstContact.DayNumber;
            weights[i] = Math.Pow(span + 14, 0.85) * Math.Exp(0.55 * rng.Gaussian());
            plans[i] = new YouthPlan(i, firstContact, exit, 0, false);
        }

        var counts = Apportion(weights, entries - heavy, heavyIndex, Math.Max(1, heavy - 1));
        for (var i = 0; i < youths; i++)
        {
            if (i != heavyIndex)
            {
                plans[i] = plans[i] with { Entries = counts[i] };
            }
        }

        return plans;
    }

    /// <summary>Largest-remainder rounding of <paramref name="total"/> in proportion to the weights, each at most <paramref name="cap"/>.</summary>
    private static int[] Apportion(double[] weights, int total, int skip, int cap)
    {
        var counts = new int[weights.Length];
        if (weights.Length == 1)
        {
            return counts;
        }

        var sum = weights.Sum();
        var fractions = new (double Fraction, int Index)[weights.Length];
        var given = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            var exact = i == skip ? 0 : weights[i] / sum * total;
            counts[i] = Math.Min(cap, (int)exact);
            given += counts[i];
            fractions[i] = (exact - Math.Floor(exact), i);
        }

        Array.Sort(fractions, (a, b) => b.Fraction.CompareTo(a.Fraction) is var c && c != 0 ? c : a.Index.CompareTo(b.Index));
        while (given < total)
        {
            var before = given;
            for (var k = 0; k < fractions.Length && given < total; k++)
            {
                var i = fractions[k].Index;
                if (i != skip && counts[i] < cap)
                {
                    counts[i]++;
                    given++;
                }
            }

            if (given == before)
            {
                throw new UsageException($"{total:N0} entries cannot be spread over so few young people with fewer than {cap + 1:N0} each: add young people or entries for the heavy one.");
            }
        }

        return counts;
    }
}
