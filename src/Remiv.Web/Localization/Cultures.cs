using System.Globalization;

namespace Remiv.Web.Localization;

/// <summary>French first, English second; both write dates as 26/11/2026.</summary>
internal static class Cultures
{
    public const string French = "fr-FR";
    public const string English = "en-GB";

    public static IReadOnlyList<CultureInfo> Supported { get; } = [new(French), new(English)];
}
