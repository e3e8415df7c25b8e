using System.Globalization;

namespace Remiv.Application.Common.Validation;

/// <summary>
/// Country (ISO 3166-1 alpha-2) and language (ISO 639) codes, checked and named in the interface's language with
/// the platform's ICU data, plus the West African languages and Dari that ICU does not know but the hub meets.
/// </summary>
public static class IsoCodes
{
    private static readonly Dictionary<string, (string French, string English)> ExtraLanguages = new(StringComparer.Ordinal)
    {
        ["sus"] = ("soussou", "Susu"),
        ["man"] = ("mandingue", "Mandingo"),
        ["mnk"] = ("mandinka", "Mandinka"),
        ["emk"] = ("malinké", "Eastern Maninka"),
        ["snk"] = ("soninké", "Soninke"),
        ["dyu"] = ("dioula", "Dyula"),
        ["prs"] = ("dari", "Dari"),
    };

    public static bool IsCountry(string? code) =>
        code is { Length: 2 } && code.All(char.IsAsciiLetter) && CountryName(code) is not null;

    public static bool IsLanguage(string? code) =>
        code is { Length: 2 or 3 } && code.All(char.IsAsciiLetterLower) && LanguageName(code) is not null;

    /// <summary>The country's name in the interface's language (not in the country's own), or null for an unknown code.</summary>
    public static string? CountryName(string code)
    {
        var upper = code.ToUpperInvariant();
        try
        {
            var region = new RegionInfo(upper);
            if (!region.TwoLetterISORegionName.Equals(upper, StringComparison.Ordinal))
            {
                return null;
            }

            // ICU names a region in the UI language only inside a culture name: "und-SD" reads "langue indéterminée (Soudan)".
            var display = CultureInfo.GetCultureInfo("und-" + upper).DisplayName;
            var open = display.IndexOf('(', StringComparison.Ordinal);
            var close = display.LastIndexOf(')');
            return open >= 0 && close > open + 1 ? display[(open + 1)..close].Trim() : region.EnglishName;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The language's name in the interface's language, or null for an unknown code.</summary>
    public static string? LanguageName(string code)
    {
        if (ExtraLanguages.TryGetValue(code, out var extra))
        {
            return CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "fr" ? extra.French : extra.English;
        }

        try
        {
            var culture = CultureInfo.GetCultureInfo(code, predefinedOnly: true);
            return culture.TwoLetterISOLanguageName == code || culture.ThreeLetterISOLanguageName == code ? culture.DisplayName : null;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
