using Remiv.Application.Youths.Queries;
using Remiv.Bench.Generation;
using Remiv.Domain.Youths;

namespace Remiv.Bench.Measurement;

/// <summary>One search as a user would type it, and the kind of input it is (for the per-kind breakdown).</summary>
internal sealed record SearchInput(string Kind, SearchYouths Query)
{
    public string Describe() =>
        $"{Kind}: \"{Query.Text}\"{(Query.Status is { } s ? $" status={s}" : string.Empty)}{(Query.AgeBand is { } a ? $" age={a}" : string.Empty)}{(Query.Page > 1 ? $" page={Query.Page}" : string.Empty)}";
}

/// <summary>
/// Realistic searches: the first three letters of a name, a full name, a variant spelling, a name in Ge'ez,
/// Arabic or Bengali script, a filter alone (status, age band), a name with a filter, the bare list.
/// </summary>
internal static class SearchInputs
{
    private static readonly YouthStatus[] FilterStatuses =
        [YouthStatus.AgeAssessment, YouthStatus.RecognisedMinorPlaced, YouthStatus.MinorityRefused, YouthStatus.AppealPending, YouthStatus.YoungAdultSupport];

    private static readonly AgeBand[] AgeBands = [AgeBand.Under16, AgeBand.From16To17, AgeBand.From18To20];

    public static List<SearchInput> Build(int seed, int count)
    {
        var rng = Rng.For(seed, -2, 3);
        var origins = Names.Origins.Select(o => (o, o.Weight)).ToList();
        var scripted = Names.Origins.Where(o => o.Male[0].Native is not null).Select(o => (o, o.Weight)).ToList();
        var inputs = new List<SearchInput>(count);
        while (inputs.Count < count)
        {
            var kind = rng.PickWeighted([("prefix", 25), ("full name", 20), ("variant", 15), ("other script", 10), ("filter only", 10), ("name + filter", 15), ("list", 5)]);
            var origin = rng.PickWeighted(kind == "other script" ? scripted : origins);
            var first = rng.Pick(origin.Male);
            var last = rng.Pick(origin.Last);
            inputs.Add(kind switch
            {
                "prefix" => new SearchInput(kind, new SearchYouths(Prefix(rng, rng.Chance(0.5) ? first : last))),
                "full name" => new SearchInput(kind, new SearchYouths($"{first.Main} {last.Main}")),
                "variant" => new SearchInput(kind, new SearchYouths(rng.Chance(0.6) ? $"{Variant(rng, first)} {Variant(rng, last)}" : Variant(rng, rng.Chance(0.5) ? first : last))),
                "other script" => new SearchInput(kind, new SearchYouths(rng.PickWeighted([(first.Native!, 50), ($"{first.Native} {last.Native}", 25), (last.Native!, 25)]))),
                "filter only" => new SearchInput(kind, Filtered(rng, new SearchYouths())),
                "name + filter" => new SearchInput(kind, Filtered(rng, new SearchYouths(rng.Chance(0.5) ? last.Main : Prefix(rng, last)))),
                _ => new SearchInput(kind, new SearchYouths(Page: rng.Chance(0.7) ? 1 : rng.Between(2, 5))),
            });
        }

        return inputs;
    }

    private static string Prefix(Rng rng, NameForm name)
    {
        var word = name.Main.Split(' ', '-')[0];
        var prefix = word.Length <= 3 ? word : word[..3];
        return rng.Chance(0.6) ? prefix.ToLowerInvariant() : prefix;
    }

    private static string Variant(Rng rng, NameForm name) =>
        name.Spellings.Length == 1 ? name.Main : name.Spellings[rng.Between(1, name.Spellings.Length - 1)];

    private static SearchYouths Filtered(Rng rng, SearchYouths query) =>
        rng.Chance(0.5) ? query with { Status = rng.Pick(FilterStatuses) } : query with { AgeBand = rng.Pick(AgeBands) };
}
