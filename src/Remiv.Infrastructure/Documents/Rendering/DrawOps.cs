using Remiv.Application.Documents.Layout;
using Remiv.Infrastructure.Documents.Fonts;
using Remiv.Infrastructure.Documents.Layout;
using SkiaSharp;

namespace Remiv.Infrastructure.Documents.Rendering;

/// <summary>What the layout phase records for a page; replayed onto the PDF canvas once every page is laid out.</summary>
internal abstract record DrawOp;

/// <summary>A filled rectangle (backgrounds, borders, lines). Coordinates in points from the page's top left corner.</summary>
internal sealed record RectOp(float X, float Y, float Width, float Height, Rgb Color) : DrawOp;

/// <summary>
/// Shaped glyphs on one baseline, in one face, size and colour. <see cref="Xs"/>/<see cref="Ys"/> are relative to
/// (<see cref="X"/>, <see cref="Y"/>); <see cref="Text"/> and <see cref="Clusters"/> (UTF-16 index in Text per glyph)
/// let the PDF carry the real text for extraction and search.
/// </summary>
internal sealed record GlyphRunOp(
    FontFace Face,
    float Size,
    bool FakeItalic,
    Rgb Color,
    float X,
    float Y,
    ushort[] Glyphs,
    float[] Xs,
    float[] Ys,
    string Text,
    int[] Clusters) : DrawOp;

internal sealed record ImageOp(SKImage Image, float X, float Y, float Width, float Height) : DrawOp;

/// <summary>A text with page number or page count placeholders: laid out when the number of pages is known.</summary>
internal sealed record DeferredTextOp(TextNode Node, float X, float Y, float Width) : DrawOp;

/// <summary>One page of the laid-out document.</summary>
internal sealed class PageContent(PageSize size, int number)
{
    public PageSize Size { get; } = size;

    /// <summary>1-based, through all page sets.</summary>
    public int Number { get; } = number;

    public List<DrawOp> Ops { get; } = [];
}
