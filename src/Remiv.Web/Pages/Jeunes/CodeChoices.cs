using System.Collections.Concurrent;
using System.Globalization;
using Remiv.Application.Common.Validation;

namespace Remiv.Web.Pages.Jeunes;

/// <summary>A code a form offers, with its name in the interface's language.</summary>
public sealed record CodeChoice(string Code, string Name);

/// <summary>
/// The countries and languages the identity forms offer: exactly the ISO codes <see cref="IsoCodes"/> accepts,
/// named in the interface's language and sorted by name, with those most often met at the hub first.
/// Built once per interface language.
/// </summary>
public static class CodeChoices
{
    /// <summary>The nationalities most common at the hub, most frequent first.</summary>
    private static readonly string[] HubCountries = ["GN", "CI", "ML", "AF", "ER", "SD", "TN", "CM", "BD", "PK"];

    /// <summary>The languages most spoken at the hub (<see cref="IsoCodes"/> knows the ones ICU lacks, like soussou and dari).</summary>
    private static readonly string[] HubLanguages = ["fr", "en", "ar", "ps", "prs", "fa", "ti", "ff", "bm", "sus", "emk", "man", "snk", "wo", "bn", "ur", "so", "ha"];

    private static readonly Lazy<string[]> CountryCodes = new(() =>
        [.. Enumerable.Range('A', 26).SelectMany(a => Enumerable.Range('A', 26).Select(b => $"{(char)a}{(char)b}")).Where(IsoCodes.IsCountry)]);

    private static readonly Lazy<string[]> LanguageCodes = new(() =>
        [.. CultureInfo.GetCultures(CultureTypes.NeutralCultures)
            .Where(c => !c.Equals(CultureInfo.InvariantCulture))
            .Select(c => IsoCodes.IsLanguage(c.TwoLetterISOLanguageName) ? c.TwoLetterISOLanguageName
                : IsoCodes.IsLanguage(c.ThreeLetterISOLanguageName) ? c.ThreeLetterISOLanguageName
                : null)
            .OfType<string>()
            .Concat(HubLanguages.Where(IsoCodes.IsLanguage))
            .Distinct(StringComparer.Ordinal)]);

    private static readonly ConcurrentDictionary<string, Lists> ByLanguage = new(StringComparer.Ordinal);

    /// <summary>The hub's most common nationalities, in order of frequency.</summary>
    public static IReadOnlyList<CodeChoice> CommonCountries => Current.CommonCountries;

    /// <summary>Every other country, sorted by name.</summary>
    public static IReadOnlyList<CodeChoice> OtherCountries => Current.OtherCountries;

    /// <summary>The hub's most common languages, in order of frequency.</summary>
    public static IReadOnlyList<CodeChoice> CommonLanguages => Current.CommonLanguages;

    /// <summary>Every other language, sorted by name.</summary>
    public static IReadOnlyList<CodeChoice> OtherLanguages => Current.OtherLanguages;

    public static bool IsCommonLanguage(string code) => Current.CommonLanguages.Any(c => c.Code == code);

    /// <summary>The country's name in the interface's language; the code itself when unknown.</summary>
    public static string CountryName(string code) =>
        Current.Countries.TryGetValue(code.Trim().ToUpperInvariant(), out var name) ? name : code;

    /// <summary>The language's name in the interface's language; the code itself when unknown.</summary>
    public static string LanguageName(string code) =>
        Current.Languages.TryGetValue(code.Trim().ToLowerInvariant(), out var name) ? name : code;

    private static Lists Current => ByLanguage.GetOrAdd(CultureInfo.CurrentUICulture.Name, _ => Build());

    private static Lists Build()
    {
        var countries = CountryCodes.Value.ToDictionary(code => code, code => IsoCodes.CountryName(code) ?? code, StringComparer.Ordinal);
        var languages = LanguageCodes.Value.ToDictionary(code => code, LocalLanguageName, StringComparer.Ordinal);
        var commonCountries = HubCountries.Where(countries.ContainsKey).Select(c => new CodeChoice(c, countries[c])).ToList();
        var commonLanguages = HubLanguages.Where(languages.ContainsKey).Select(c => new CodeChoice(c, languages[c])).ToList();
        return new Lists(
            countries,
            languages,
            commonCountries,
            Sorted(countries.Where(c => !HubCountries.Contains(c.Key))),
            commonLanguages,
            Sorted(languages.Where(l => !HubLanguages.Contains(l.Key))));
    }

    private static List<CodeChoice> Sorted(IEnumerable<KeyValuePair<string, string>> names)
    {
        var compare = StringComparer.Create(CultureInfo.CurrentUICulture, CompareOptions.IgnoreCase);
        return [.. names.Select(n => new CodeChoice(n.Key, n.Value)).OrderBy(c => c.Name, compare).ThenBy(c => c.Code, StringComparer.Ordinal)];
    }

    /// <summary>
    /// ICU names a region in the interface's language only inside a locale's name ("arabe (Soudan)"), while
    /// <see cref="RegionInfo.DisplayName"/> gives its native name ("السودان"): the name is read from the locale
    /// "und-XX" (undetermined language, that region), falling back on <see cref="IsoCodes.CountryName"/>.
    /// </summary>
    private static string LocalLanguageName(string code)
    {
        var name = IsoCodes.LanguageName(code) ?? code;
        name = name.Length > 0 ? char.ToUpper(name[0], CultureInfo.CurrentUICulture) + name[1..] : name;

        return name;
    }

    private sealed record Lists(
        Dictionary<string, string> Countries,
        Dictionary<string, string> Languages,
        IReadOnlyList<CodeChoice> CommonCountries,
        IReadOnlyList<CodeChoice> OtherCountries,
        IReadOnlyList<CodeChoice> CommonLanguages,
        IReadOnlyList<CodeChoice> OtherLanguages);
}
