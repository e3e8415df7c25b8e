using System.Globalization;
using Remiv.Application.Documents.Layout;
using Remiv.Infrastructure.Documents.Rendering;
using Remiv.Infrastructure.Documents.Text;

namespace Remiv.Infrastructure.Documents.Layout;

/// <summary>
/// A paragraph: shaped once, broken into lines for the width it is given, split between pages line by line. A
/// paragraph with a page number or page count is never split; it is measured with "888" in their place and laid
/// out again with the real numbers once the number of pages is known.
/// </summary>
internal sealed class TextNode : LayoutNode
{
    private const string Placeholder = "888";
    private readonly TextElement _element;
    private readonly ResolvedStyle[] _styles;
    private readonly LayoutContext _context;
    private readonly bool _hasPlaceholders;
    private readonly TextAlignment _alignment;
    private Paragraph? _paragraph;
    private float _linesWidth = float.NaN;
    private List<TextLine> _lines = [];

    /// <summary>The first line not yet drawn.</summary>
    private int _line;

    public TextNode(TextElement element, TextStyle pageStyle, LayoutContext context, TextAlignment alignment)
    {
        _element = element;
        _alignment = alignment;
        _context = context;
        var paragraphStyle = element.Style.Over(pageStyle);
        _styles = [.. element.Spans.Select(s => ResolvedStyle.From(s.Style.Over(paragraphStyle)))];
        _hasPlaceholders = element.Spans.Any(s => s.Kind != TextSpanKind.Text);
    }

    public override SpacePlan Measure(Size available)
    {
        var lines = Lines(available.Width);
        if (lines.Count == 0)
        {
            return SpacePlan.Full(0, 0);
        }

        var (end, height, width) = Fit(lines, available.Height);
        if (_hasPlaceholders && end < lines.Count)
        {
            return SpacePlan.Wrap;
        }

        return end == _line ? SpacePlan.Wrap : end == lines.Count ? SpacePlan.Full(width, height) : SpacePlan.Partial(width, height);
    }

    public override void Draw(PageContent page, float x, float y, Size box)
    {
        _context.Progress++;
        if (_hasPlaceholders)
        {
            page.Ops.Add(new DeferredTextOp(this, x, y, box.Width));
            return;
        }

        var lines = Lines(box.Width);
        var (end, _, _) = Fit(lines, box.Height);
        var top = y;
        for (var k = _line; k < end; k++)
        {
            _paragraph!.EmitLine(lines[k], x, top, box.Width, _alignment, page.Ops);
            top += lines[k].Height;
        }

        _line = end >= lines.Count ? 0 : end;
    }

    /// <summary>Lays the text out with the real page number and count, and records it on the page.</summary>
    public void DrawResolved(PageContent page, int totalPages, float x, float y, float width)
    {
        var paragraph = Paragraph.Shape(Spans(page.Number.ToString(CultureInfo.InvariantCulture), totalPages.ToString(CultureInfo.InvariantCulture)), _context.Fonts);
        var top = y;
        foreach (var line in paragraph.BreakLines(width))
        {
            paragraph.EmitLine(line, x, top, width, _alignment, page.Ops);
            top += line.Height;
        }
    }

    public override string Blocker(Size available)
    {
        var lines = Lines(available.Width);
        var height = _line < lines.Count ? lines[_line].Height : 0;
        var text = _paragraph!.Text;
        var excerpt = text.Length > 40 ? text[..40] + "…" : text;
        return _hasPlaceholders
            ? string.Create(CultureInfo.InvariantCulture, $"un texte avec numéro de page (« {excerpt} ») de {lines.Sum(l => l.Height):0} pt de haut")
            : string.Create(CultureInfo.InvariantCulture, $"une ligne de texte de {height:0} pt de haut (« {excerpt} »)");
    }

    private List<TextLine> Lines(float width)
    {
        _paragraph ??= Paragraph.Shape(Spans(Placeholder, Placeholder), _context.Fonts);
        if (width != _linesWidth)
        {
            _lines = _paragraph.BreakLines(width);
            _linesWidth = width;
        }

        return _lines;
    }

    private (int End, float Height, float Width) Fit(List<TextLine> lines, float available)
    {
        var height = 0f;
        var width = 0f;
        var k = _line;
        while (k < lines.Count && height + lines[k].Height <= available + Epsilon)
        {
            height += lines[k].Height;
            width = Math.Max(width, lines[k].Width);
            k++;
        }

        return (k, height, width);
    }

    private StyledText[] Spans(string pageNumber, string totalPages)
    {
        var spans = new StyledText[_element.Spans.Count];
        for (var i = 0; i < spans.Length; i++)
        {
            var span = _element.Spans[i];
            var text = span.Kind switch
            {
                TextSpanKind.PageNumber => pageNumber,
                TextSpanKind.TotalPages => totalPages,
                _ => span.Text,
            };
            spans[i] = new StyledText(text, _styles[i]);
        }

        return spans;
    }
}
