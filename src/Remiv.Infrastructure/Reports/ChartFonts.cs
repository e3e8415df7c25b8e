using System.Reflection;
using ScottPlot;
using SkiaSharp;

namespace Remiv.Infrastructure.Reports;

/// <summary>
/// Makes ScottPlot draw its text with the Noto Sans shipped in this assembly (the PDF engine's fonts), never with a
/// system font: the servers have no fontconfig and no font installed, and the text of the charts would be missing.
/// Registered once, first in ScottPlot's (process-wide) list of font resolvers.
/// </summary>
internal sealed class ChartFonts : IFontResolver
{
    public const string Family = "Noto Sans";

    private static readonly Lazy<ChartFonts> Instance = new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly SKTypeface _regular = Load("NotoSans-Regular");
    private readonly SKTypeface _bold = Load("NotoSans-Bold");

    private ChartFonts()
    {
    }

    /// <summary>Registers the resolver (once) and returns the family name to ask ScottPlot for.</summary>
    public static string Ensure()
    {
        _ = Instance.Value;
        return Family;
    }

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        string.Equals(fontName, Family, StringComparison.OrdinalIgnoreCase) ? (bold ? _bold : _regular) : null;

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) =>
        CreateTypeface(fontName, weight >= FontWeight.SemiBold, slant != FontSlant.Upright);

    private static ChartFonts Register()
    {
        var fonts = new ChartFonts();
        lock (Fonts.FontResolvers)
        {
            Fonts.FontResolvers.Insert(0, fonts);
        }

        Fonts.Default = Family;
        return fonts;
    }

    private static SKTypeface Load(string name)
    {
        var resource = $"Remiv.Documents.Fonts.{name}.ttf";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
                           ?? throw new InvalidOperationException($"Police introuvable dans l'assemblage : {resource}.");
        return SKTypeface.FromStream(stream) ?? throw new InvalidOperationException($"Police illisible : {resource}.");
    }
}
