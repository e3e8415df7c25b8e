using System.Globalization;

namespace Remiv.Application.Common.Validation;

/// <summary>Country (ISO 3166-1 alpha-2) and language (ISO 639) codes, checked and named with the platform's ICU data.</summary>
public static class IsoCodes
{
    public static bool IsCountry(string? code) =>
        code is { Length: 2 } && code.All(char.IsAsciiLetter) && CountryName(code) is not null;

    public static bool IsLanguage(string? code) =>
        code is { Length: 2 or 3 } && code.All(char.IsAsciiLetterLower) && LanguageName(code) is not null;

    /// <summary>The country's name in the interface's language, or null for an unknown code.</summary>
    public static string? CountryName(string code)
    {
        try
        {
            var region = new RegionInfo(code.ToUpperInvariant());
            return region.TwoLetterISORegionName.Equals(code, StringComparison.OrdinalIgnoreCase) ? region.DisplayName : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The language's name in the interface's language, or null for an unknown code.</summary>
    public static string? LanguageName(string code)
    {
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
