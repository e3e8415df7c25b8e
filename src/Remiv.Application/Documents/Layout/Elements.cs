namespace Remiv.Application.Documents.Layout;

// The layout model: a tree of elements, built through the fluent API (ContainerExtensions and the descriptors) and
// read by the renderer. Plain data: no measuring or drawing here (that is Infrastructure/Documents).

/// <summary>A node of the layout tree.</summary>
public abstract class Element
{
    private protected Element()
    {
    }
}

/// <summary>Where the fluent calls put content: each container takes exactly one child.</summary>
public interface IContainer
{
}

/// <summary>An element with one child, set by the next fluent call (e.g. <c>.Padding(4).Text("…")</c>).</summary>
public abstract class ContainerElement : Element, IContainer
{
    private protected ContainerElement()
    {
    }

    /// <summary>The content; <see cref="EmptyElement"/> until a fluent call fills it.</summary>
    public Element Child { get; private set; } = EmptyElement.Instance;

    internal T Put<T>(T element)
        where T : Element
    {
        if (!ReferenceEquals(Child, EmptyElement.Instance))
        {
            throw new InvalidOperationException(
                "Ce conteneur a déjà un contenu : un conteneur n'en prend qu'un. Utilisez Column() ou Row() pour en mettre plusieurs.");
        }

        Child = element;
        return element;
    }
}

/// <summary>A plain slot: page header, content and footer, column and row items, table cells.</summary>
public sealed class SlotElement : ContainerElement
{
    internal SlotElement()
    {
    }
}

/// <summary>Nothing: takes no space.</summary>
public sealed class EmptyElement : Element
{
    private EmptyElement()
    {
    }

    public static EmptyElement Instance { get; } = new();
}

/// <summary>Space around the child, in points.</summary>
public sealed class PaddingElement : ContainerElement
{
    internal PaddingElement(float left, float top, float right, float bottom)
    {
        Left = left;
        Top = top;
        Right = right;
        Bottom = bottom;
    }

    public float Left { get; }

    public float Top { get; }

    public float Right { get; }

    public float Bottom { get; }
}

/// <summary>Lines drawn inside the edges of the child's box (they take no space: add padding for room).</summary>
public sealed class BorderElement : ContainerElement
{
    internal BorderElement(float left, float top, float right, float bottom, Rgb color)
    {
        Left = left;
        Top = top;
        Right = right;
        Bottom = bottom;
        Color = color;
    }

    public float Left { get; }

    public float Top { get; }

    public float Right { get; }

    public float Bottom { get; }

    public Rgb Color { get; }
}

/// <summary>A filled rectangle behind the child's box.</summary>
public sealed class BackgroundElement : ContainerElement
{
    internal BackgroundElement(Rgb color) => Color = color;

    public Rgb Color { get; }
}

public enum HorizontalAlignment
{
    Left,
    Center,
    Right,
}

/// <summary>Places a child narrower than the available width on the left, centre or right.</summary>
public sealed class AlignmentElement : ContainerElement
{
    internal AlignmentElement(HorizontalAlignment alignment) => Alignment = alignment;

    public HorizontalAlignment Alignment { get; }
}

/// <summary>The child is never split: it moves to the next page whole. Larger than a page: a <see cref="DocumentLayoutException"/>.</summary>
public sealed class KeepTogetherElement : ContainerElement
{
    internal KeepTogetherElement()
    {
    }
}

/// <summary>The child starts on the next page unless at least <see cref="MinHeight"/> points are left here (or it fits whole).</summary>
public sealed class EnsureSpaceElement : ContainerElement
{
    internal EnsureSpaceElement(float minHeight) => MinHeight = minHeight;

    public float MinHeight { get; }
}

/// <summary>Items one below the other, <see cref="Spacing"/> points apart; splits between pages item by item.</summary>
public sealed class ColumnElement : Element
{
    internal ColumnElement(IReadOnlyList<Element> items, float spacing)
    {
        Items = items;
        Spacing = spacing;
    }

    public IReadOnlyList<Element> Items { get; }

    public float Spacing { get; }
}

/// <summary>A width: a constant number of points, or a share (weight) of what the constant widths leave.</summary>
public readonly record struct TrackSize(float Value, bool IsRelative)
{
    public static TrackSize Constant(float points) => new(points, false);

    public static TrackSize Relative(float weight = 1) => new(weight, true);
}

/// <summary>An item of a row and its width.</summary>
public sealed record RowItem(Element Content, TrackSize Width);

/// <summary>Items side by side, <see cref="Spacing"/> points apart.</summary>
public sealed class RowElement : Element
{
    internal RowElement(IReadOnlyList<RowItem> items, float spacing)
    {
        Items = items;
        Spacing = spacing;
    }

    public IReadOnlyList<RowItem> Items { get; }

    public float Spacing { get; }
}

/// <summary>
/// A table: cells fill the rows left to right. The header rows repeat at the top of every page the table spans. A row
/// is never split between pages, except a row taller than a whole page, which is split (its cells continue on the next
/// page below the repeated header) rather than failing.
/// </summary>
public sealed class TableElement : Element
{
    internal TableElement(IReadOnlyList<TrackSize> columns, IReadOnlyList<IReadOnlyList<Element>> headerRows, IReadOnlyList<IReadOnlyList<Element>> rows)
    {
        Columns = columns;
        HeaderRows = headerRows;
        Rows = rows;
    }

    public IReadOnlyList<TrackSize> Columns { get; }

    public IReadOnlyList<IReadOnlyList<Element>> HeaderRows { get; }

    public IReadOnlyList<IReadOnlyList<Element>> Rows { get; }
}

public enum TextAlignment
{
    /// <summary>Left for a paragraph that starts with a left-to-right letter, right for one in Arabic script.</summary>
    Start,
    Left,
    Center,
    Right,
}

public enum TextSpanKind
{
    Text,

    /// <summary>The number of the page it is drawn on.</summary>
    PageNumber,

    /// <summary>The number of pages of the document.</summary>
    TotalPages,
}

/// <summary>A piece of text with its own style (null properties come from the paragraph's and page's style).</summary>
public sealed class TextSpan
{
    internal TextSpan(string text, TextSpanKind kind)
    {
        Text = text;
        Kind = kind;
    }

    public string Text { get; }

    public TextSpanKind Kind { get; }

    public TextStyle Style { get; internal set; } = new();
}

/// <summary>
/// A paragraph: spans wrapped into lines at spaces (a word longer than the line is broken between characters),
/// "\n" starts a new line. Splits between pages line by line.
/// </summary>
public sealed class TextElement : Element
{
    internal TextElement(IReadOnlyList<TextSpan> spans, TextStyle style, TextAlignment alignment)
    {
        Spans = spans;
        Style = style;
        Alignment = alignment;
    }

    public IReadOnlyList<TextSpan> Spans { get; }

    /// <summary>The paragraph's default style for its spans.</summary>
    public TextStyle Style { get; internal set; }

    public TextAlignment Alignment { get; internal set; }
}

/// <summary>
/// A PNG or JPEG image, keeping its proportions: <see cref="Width"/> or <see cref="Height"/> in points when given,
/// else the available width; never wider than the available width. Taller than a page: a <see cref="DocumentLayoutException"/>.
/// </summary>
public sealed class ImageElement : Element
{
    internal ImageElement(ReadOnlyMemory<byte> data) => Data = data;

    public ReadOnlyMemory<byte> Data { get; }

    public float? Width { get; internal set; }

    public float? Height { get; internal set; }
}

/// <summary>What follows starts on a new page.</summary>
public sealed class PageBreakElement : Element
{
    internal PageBreakElement()
    {
    }
}

/// <summary>A horizontal line across the available width.</summary>
public sealed class LineElement : Element
{
    internal LineElement(float thickness, Rgb color)
    {
        Thickness = thickness;
        Color = color;
    }

    public float Thickness { get; }

    public Rgb Color { get; }
}

/// <summary>
/// A vector drawing made by another component (a chart of the activity report), which the PDF backend draws itself, in
/// vector form, into the box it is given. The backend knows how to draw the implementations it is given by Infrastructure.
/// </summary>
public interface IVectorDrawing
{
}

/// <summary>A <see cref="IVectorDrawing"/> as wide as the space and <see cref="Height"/> points tall; never split.</summary>
public sealed class DrawingElement : Element
{
    internal DrawingElement(IVectorDrawing drawing, float height)
    {
        Drawing = drawing;
        Height = height;
    }

    public IVectorDrawing Drawing { get; }

    public float Height { get; }
}
