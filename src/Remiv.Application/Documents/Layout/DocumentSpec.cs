namespace Remiv.Application.Documents.Layout;

/// <summary>A document ready to render: metadata and one or more page sets. Build it with <see cref="Document.Create"/>.</summary>
public sealed class DocumentSpec
{
    internal DocumentSpec(DocumentMetadata metadata, IReadOnlyList<PageSpec> pages, int maxPages)
    {
        Metadata = metadata;
        Pages = pages;
        MaxPages = maxPages;
    }

    public DocumentMetadata Metadata { get; }

    /// <summary>Page sets in order; each starts on a new page, page numbers run on through all of them.</summary>
    public IReadOnlyList<PageSpec> Pages { get; }

    /// <summary>The renderer stops with a <see cref="DocumentLayoutException"/> past this many pages (guard against runaway layouts).</summary>
    public int MaxPages { get; }
}

/// <summary>PDF metadata. <see cref="CreatedAt"/> is given by the caller (from TimeProvider), never read from the clock here.</summary>
public sealed record DocumentMetadata(
    string Title,
    string? Author,
    string? Subject,
    string? Keywords,
    DateTimeOffset CreatedAt,
    bool PdfA);

/// <summary>A page set: size, margins, the default text style, and header, content and footer (header and footer repeat on every page).</summary>
public sealed class PageSpec
{
    internal PageSpec(PageSize size, Margins margins, TextStyle defaultTextStyle, Element header, Element content, Element footer)
    {
        Size = size;
        Margins = margins;
        DefaultTextStyle = defaultTextStyle;
        Header = header;
        Content = content;
        Footer = footer;
    }

    public PageSize Size { get; }

    public Margins Margins { get; }

    /// <summary>Complete style (every property set) that the spans of this page set refine.</summary>
    public TextStyle DefaultTextStyle { get; }

    public Element Header { get; }

    public Element Content { get; }

    public Element Footer { get; }
}

/// <summary>A page size in points (1/72 inch).</summary>
public readonly record struct PageSize(float Width, float Height)
{
    /// <summary>210 × 297 mm.</summary>
    public static PageSize A4 { get; } = new(Units.Mm(210), Units.Mm(297));

    /// <summary>297 × 210 mm.</summary>
    public static PageSize A4Landscape { get; } = new(Units.Mm(297), Units.Mm(210));
}

/// <summary>Page margins in points.</summary>
public readonly record struct Margins(float Left, float Top, float Right, float Bottom)
{
    public static Margins All(float value) => new(value, value, value, value);
}

/// <summary>Lengths are in points (1/72 inch) everywhere; these convert from metric units.</summary>
public static class Units
{
    public static float Mm(float millimetres) => millimetres * 72f / 25.4f;

    public static float Cm(float centimetres) => centimetres * 720f / 25.4f;
}
