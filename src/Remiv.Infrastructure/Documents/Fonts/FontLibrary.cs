using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.InteropServices;
using HarfBuzzSharp;
using SkiaSharp;

namespace Remiv.Infrastructure.Documents.Fonts;

/// <summary>
/// The fonts the PDF engine draws with, loaded once from this assembly's embedded resources (never from the system):
/// Noto Sans for Latin, Greek and Cyrillic, then fallbacks for Arabic script, Ethiopic, Bengali, Devanagari, Tamil and
/// Georgian. <see cref="FamilyFor"/> gives the first family that has a glyph for a character. Immutable and
/// thread-safe once built (HarfBuzz fonts are only read while shaping).
/// </summary>
internal sealed class FontLibrary : IDisposable
{
    private const byte None = byte.MaxValue;
    private readonly byte[] _bmp = new byte[0x10000];
    private readonly ConcurrentDictionary<int, byte> _astral = new();

    public FontLibrary()
    {
        Families =
        [
            new FontFamily("Noto Sans", Load("NotoSans-Regular", 0, simple: true), Load("NotoSans-Bold", 1, simple: true), Load("NotoSans-Italic", 2, simple: true), Load("NotoSans-BoldItalic", 3, simple: true)),
            new FontFamily("Noto Sans Arabic", Load("NotoSansArabic-Regular", 4), Load("NotoSansArabic-Bold", 5), null, null),
            new FontFamily("Noto Sans Ethiopic", Load("NotoSansEthiopic-Regular", 6), Load("NotoSansEthiopic-Bold", 7), null, null),
            new FontFamily("Noto Sans Bengali", Load("NotoSansBengali-Regular", 8), null, null, null),
            new FontFamily("Noto Sans Devanagari", Load("NotoSansDevanagari-Regular", 9), null, null, null),
            new FontFamily("Noto Sans Tamil", Load("NotoSansTamil-Regular", 10), null, null, null),
            new FontFamily("Noto Sans Georgian", Load("NotoSansGeorgian-Regular", 11), null, null, null),
        ];
        Faces = [.. Families.SelectMany(f => f.Faces).OrderBy(f => f.Index)];

        // Which family draws each character of the Basic Multilingual Plane: the first one that has a glyph for it.
        Array.Fill(_bmp, None);
        for (var f = Families.Count - 1; f >= 0; f--)
        {
            var regular = Families[f].Regular;
            for (var c = 1; c < _bmp.Length; c++)
            {
                if (regular.GlyphFor(c) != 0)
                {
                    _bmp[c] = (byte)f;
                }
            }
        }
    }

    /// <summary>In fallback order; the first is the main (Latin) family.</summary>
    public IReadOnlyList<FontFamily> Families { get; }

    /// <summary>Every face, indexed by <see cref="FontFace.Index"/>.</summary>
    public IReadOnlyList<FontFace> Faces { get; }

    /// <summary>The index of the first family with a glyph for <paramref name="codepoint"/>, or -1 when none has one.</summary>
    public int FamilyFor(int codepoint)
    {
        byte family;
        if (codepoint < 0x10000)
        {
            family = _bmp[codepoint];
        }
        else
        {
            family = _astral.GetOrAdd(codepoint, static (c, families) =>
            {
                for (var f = 0; f < families.Count; f++)
                {
                    if (families[f].Regular.Typeface.ContainsGlyph(c))
                    {
                        return (byte)f;
                    }
                }

                return None;
            }, Families);
        }

        return family == None ? -1 : family;
    }

    /// <summary>Whether the family has a glyph for the character (used to keep spaces and marks in the current run).</summary>
    public bool Covers(int family, int codepoint) => Families[family].Regular.GlyphFor(codepoint) != 0;

    public void Dispose()
    {
        foreach (var face in Faces)
        {
            face.Dispose();
        }
    }

    private static FontFace Load(string name, int index, bool simple = false)
    {
        var resource = $"Remiv.Documents.Fonts.{name}.ttf";
        using var stream = typeof(FontLibrary).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Police manquante dans l'assemblage : {resource}.");
        var data = new byte[stream.Length];
        stream.ReadExactly(data);
        return new FontFace(name, index, data, simple);
    }
}

/// <summary>
/// A family's faces. A missing italic is slanted by Skia; a missing bold is drawn regular: Skia's PDF backend draws
/// emboldened text as outlines (several KB per line, and the text no longer extractable but through an invisible copy).
/// </summary>
internal sealed class FontFamily(string name, FontFace regular, FontFace? bold, FontFace? italic, FontFace? boldItalic)
{
    public string Name { get; } = name;

    public FontFace Regular { get; } = regular;

    public IEnumerable<FontFace> Faces => new[] { Regular, bold, italic, boldItalic }.OfType<FontFace>();

    /// <summary>The face for a style, and whether it must be slanted because the family has no italic face.</summary>
    public (FontFace Face, bool FakeItalic) Select(bool isBold, bool isItalic) => (isBold, isItalic) switch
    {
        (true, true) when boldItalic is not null => (boldItalic, false),
        (true, true) when italic is not null && bold is null => (italic, false),
        (true, true) => (bold ?? Regular, true),
        (true, false) => (bold ?? Regular, false),
        (false, true) => italic is not null ? (italic, false) : (Regular, true),
        _ => (Regular, false),
    };
}

/// <summary>
/// One font file: its bytes (to subset for embedding), a Skia typeface (metrics), a HarfBuzz font (shaping, in font
/// units), and its character map for the Basic Multilingual Plane and advances, for text that needs no shaping.
/// </summary>
internal sealed class FontFace : IDisposable
{
    private readonly Blob _blob;
    private readonly Face _face;
    private readonly ushort[] _bmpGlyphs;
    private readonly ushort[] _advances;

    public FontFace(string name, int index, byte[] data, bool simpleShaping = false)
    {
        Name = name;
        Index = index;
        Data = data;
        SimpleShaping = simpleShaping;
        Typeface = SKTypeface.FromData(SKData.CreateCopy(data))
            ?? throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Police illisible : {name}."));
        UnitsPerEm = Typeface.UnitsPerEm;
        GlyphCount = Typeface.GlyphCount;

        var codepoints = new int[0x10000];
        for (var c = 0; c < codepoints.Length; c++)
        {
            codepoints[c] = c is >= 0xD800 and <= 0xDFFF ? 0 : c;
        }

        _bmpGlyphs = Typeface.GetGlyphs(codepoints);
        _advances = TrueTypeSubsetter.Advances(data, GlyphCount);

        using (var metricsFont = new SKFont(Typeface, 1f))
        {
            metricsFont.GetFontMetrics(out var metrics);
            Ascent = -metrics.Ascent;
            Descent = metrics.Descent;
        }

        // In unmanaged memory, freed with the blob: HarfBuzzSharp's Blob.FromStream keeps a pointer to a managed array
        // that it no longer pins, which the garbage collector then moves (glyph lookups start failing at random).
        var native = Marshal.AllocHGlobal(data.Length);
        Marshal.Copy(data, 0, native, data.Length);
        _blob = new Blob(native, data.Length, MemoryMode.ReadOnly, () => Marshal.FreeHGlobal(native));
        _blob.MakeImmutable();
        _face = new Face(_blob, 0) { UnitsPerEm = UnitsPerEm };
        _face.MakeImmutable();
        Shaper = new HarfBuzzSharp.Font(_face);
        Shaper.SetFunctionsOpenType();
        Shaper.SetScale(UnitsPerEm, UnitsPerEm);
    }

    public string Name { get; }

    /// <summary>Position in <see cref="FontLibrary.Faces"/>.</summary>
    public int Index { get; }

    public byte[] Data { get; }

    public SKTypeface Typeface { get; }

    /// <summary>Shapes in font units (scale = units per em).</summary>
    public HarfBuzzSharp.Font Shaper { get; }

    public int UnitsPerEm { get; }

    public int GlyphCount { get; }

    /// <summary>
    /// Text in this face needs no OpenType shaping when it has no combining marks and ligatures and kerning are off
    /// (the Latin faces): glyphs come from the character map and advances from hmtx, as HarfBuzz would give them.
    /// </summary>
    public bool SimpleShaping { get; }

    /// <summary>Above the baseline, per point of font size.</summary>
    public float Ascent { get; }

    /// <summary>Below the baseline, per point of font size.</summary>
    public float Descent { get; }

    /// <summary>The glyph for a character (0 when the font has none).</summary>
    public ushort GlyphFor(int codepoint) => codepoint < 0x10000 ? _bmpGlyphs[codepoint] : Typeface.GetGlyph(codepoint);

    /// <summary>The advance of a glyph in font units.</summary>
    public int AdvanceUnits(ushort glyph) => glyph < _advances.Length ? _advances[glyph] : 0;

    public void Dispose()
    {
        Shaper.Dispose();
        _face.Dispose();
        _blob.Dispose();
        Typeface.Dispose();
    }
}
