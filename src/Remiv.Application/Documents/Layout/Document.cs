namespace Remiv.Application.Documents.Layout;

/// <summary>
/// Entry point of the fluent API, in the spirit of QuestPDF:
/// <code>
/// var spec = Document.Create(d =>
/// {
///     d.Metadata(title: "Synthèse", createdAt: clock.GetUtcNow(), author: "Remiv");
///     d.Page(p =>
///     {
///         p.Margin(Units.Mm(15));
///         p.Header().Text("Maison des jeunes").Bold();
///         p.Content().Column(c => { c.Spacing(6); c.Item().Text("…"); });
///         p.Footer().AlignCenter().Text(t => { t.CurrentPageNumber(); t.Span(" / "); t.TotalPages(); });
///     });
/// });
/// byte[] pdf = renderer.Render(spec);
/// </code>
/// </summary>
public static class Document
{
    /// <summary>The default page limit (<see cref="DocumentDescriptor.MaxPages"/>).</summary>
    public const int DefaultMaxPages = 2_000;

    /// <summary>Builds a document. <see cref="DocumentDescriptor.Metadata"/> must be called (the creation date is required).</summary>
    public static DocumentSpec Create(Action<DocumentDescriptor> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        var descriptor = new DocumentDescriptor();
        compose(descriptor);
        return descriptor.Build();
    }
}

/// <summary>Metadata and page sets of a document.</summary>
public sealed class DocumentDescriptor
{
    private readonly List<PageDescriptor> _pages = [];
    private DocumentMetadata? _metadata;
    private int _maxPages = Document.DefaultMaxPages;

    internal DocumentDescriptor()
    {
    }

    /// <summary>
    /// Title, author, subject, keywords and creation date (pass the injected clock's time, e.g. TimeProvider.GetUtcNow()).
    /// <paramref name="pdfA"/> asks the PDF backend for its PDF/A-2b features (XMP metadata, sRGB output intent).
    /// </summary>
    public DocumentDescriptor Metadata(string title, DateTimeOffset createdAt, string? author = null, string? subject = null, string? keywords = null, bool pdfA = true)
    {
        ArgumentNullException.ThrowIfNull(title);
        _metadata = new DocumentMetadata(title, author, subject, keywords, createdAt, pdfA);
        return this;
    }

    /// <summary>Past this many pages the renderer stops with a <see cref="DocumentLayoutException"/> (default 2,000).</summary>
    public DocumentDescriptor MaxPages(int pages)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pages, 1);
        _maxPages = pages;
        return this;
    }

    /// <summary>Adds a page set: it starts on a new page; header and footer repeat on each of its pages.</summary>
    public DocumentDescriptor Page(Action<PageDescriptor> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        var page = new PageDescriptor();
        compose(page);
        _pages.Add(page);
        return this;
    }

    internal DocumentSpec Build()
    {
        var metadata = _metadata ?? throw new InvalidOperationException(
            "Les métadonnées du document manquent : appelez Metadata(titre, date de création, …) avec la date de l'horloge injectée.");
        return new DocumentSpec(metadata, [.. _pages.Select(p => p.Build())], _maxPages);
    }
}

/// <summary>A page set: size (A4 by default), margins (2 cm by default), default text style, header, content, footer.</summary>
public sealed class PageDescriptor
{
    private readonly SlotElement _header = new();
    private readonly SlotElement _content = new();
    private readonly SlotElement _footer = new();
    private PageSize _size = PageSize.A4;
    private Margins _margins = Margins.All(Units.Cm(2));
    private TextStyle _style = TextStyle.Default;

    internal PageDescriptor()
    {
    }

    public PageDescriptor Size(PageSize size)
    {
        _size = new PageSize(Guard.Positive(size.Width, nameof(size)), Guard.Positive(size.Height, nameof(size)));
        return this;
    }

    /// <summary>The same margin on the four sides, in points.</summary>
    public PageDescriptor Margin(float all) => Margin(all, all);

    public PageDescriptor Margin(float horizontal, float vertical) => Margin(new Margins(horizontal, vertical, horizontal, vertical));

    public PageDescriptor Margin(Margins margins)
    {
        _margins = new Margins(Guard.Length(margins.Left, nameof(margins)), Guard.Length(margins.Top, nameof(margins)), Guard.Length(margins.Right, nameof(margins)), Guard.Length(margins.Bottom, nameof(margins)));
        return this;
    }

    /// <summary>The style every text of this page set refines (unset properties come from <see cref="TextStyle.Default"/>).</summary>
    public PageDescriptor DefaultTextStyle(TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        _style = style.Over(TextStyle.Default);
        return this;
    }

    /// <summary>Drawn at the top of every page of the set.</summary>
    public IContainer Header() => _header;

    /// <summary>The flowing content, split over as many pages as needed.</summary>
    public IContainer Content() => _content;

    /// <summary>Drawn at the bottom of every page of the set.</summary>
    public IContainer Footer() => _footer;

    internal PageSpec Build()
    {
        if (_margins.Left + _margins.Right >= _size.Width || _margins.Top + _margins.Bottom >= _size.Height)
        {
            throw new InvalidOperationException("Les marges sont plus grandes que la page : réduisez-les.");
        }

        return new PageSpec(_size, _margins, _style, _header, _content, _footer);
    }
}
