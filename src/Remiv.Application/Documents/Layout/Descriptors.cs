namespace Remiv.Application.Documents.Layout;

/// <summary>Builds a <see cref="ColumnElement"/>.</summary>
public sealed class ColumnDescriptor
{
    private readonly List<Element> _items = [];
    private float _spacing;

    internal ColumnDescriptor()
    {
    }

    /// <summary>Points between consecutive items.</summary>
    public ColumnDescriptor Spacing(float points)
    {
        _spacing = Guard.Length(points, nameof(points));
        return this;
    }

    /// <summary>A new item below the previous ones.</summary>
    public IContainer Item()
    {
        var slot = new SlotElement();
        _items.Add(slot);
        return slot;
    }

    internal ColumnElement Build() => new([.. _items], _spacing);
}

/// <summary>Builds a <see cref="RowElement"/>.</summary>
public sealed class RowDescriptor
{
    private readonly List<RowItem> _items = [];
    private float _spacing;

    internal RowDescriptor()
    {
    }

    /// <summary>Points between consecutive items.</summary>
    public RowDescriptor Spacing(float points)
    {
        _spacing = Guard.Length(points, nameof(points));
        return this;
    }

    /// <summary>An item of a fixed width in points.</summary>
    public IContainer ConstantItem(float width) => Add(TrackSize.Constant(Guard.Length(width, nameof(width))));

    /// <summary>An item sharing what the constant items leave, in proportion to <paramref name="weight"/>.</summary>
    public IContainer RelativeItem(float weight = 1) => Add(TrackSize.Relative(Guard.Length(weight, nameof(weight))));

    internal RowElement Build() => new([.. _items], _spacing);

    private SlotElement Add(TrackSize width)
    {
        var slot = new SlotElement();
        _items.Add(new RowItem(slot, width));
        return slot;
    }
}

/// <summary>Builds a <see cref="TableElement"/>: <see cref="ColumnsDefinition"/> first, then the header and the cells.</summary>
public sealed class TableDescriptor
{
    private readonly List<TrackSize> _columns = [];
    private readonly List<Element> _header = [];
    private readonly List<Element> _cells = [];

    internal TableDescriptor()
    {
    }

    public TableDescriptor ColumnsDefinition(Action<TableColumnsDescriptor> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        compose(new TableColumnsDescriptor(_columns));
        return this;
    }

    /// <summary>Header cells (as many as there are columns per header row); repeated on every page the table spans.</summary>
    public TableDescriptor Header(Action<TableCellsDescriptor> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        compose(new TableCellsDescriptor(_header));
        return this;
    }

    /// <summary>The next cell: cells fill the rows left to right.</summary>
    public IContainer Cell()
    {
        var slot = new SlotElement();
        _cells.Add(slot);
        return slot;
    }

    internal TableElement Build()
    {
        if (_columns.Count == 0)
        {
            throw new InvalidOperationException("Un tableau a besoin de colonnes : appelez ColumnsDefinition(…) avant d'ajouter des cellules.");
        }

        return new TableElement([.. _columns], Rows(_header), Rows(_cells));
    }

    private List<IReadOnlyList<Element>> Rows(List<Element> cells)
    {
        var rows = new List<IReadOnlyList<Element>>((cells.Count + _columns.Count - 1) / _columns.Count);
        for (var i = 0; i < cells.Count; i += _columns.Count)
        {
            var row = new Element[_columns.Count];
            for (var j = 0; j < row.Length; j++)
            {
                row[j] = i + j < cells.Count ? cells[i + j] : EmptyElement.Instance;
            }

            rows.Add(row);
        }

        return rows;
    }
}

/// <summary>Declares the columns of a table.</summary>
public sealed class TableColumnsDescriptor
{
    private readonly List<TrackSize> _columns;

    internal TableColumnsDescriptor(List<TrackSize> columns) => _columns = columns;

    /// <summary>A column of a fixed width in points.</summary>
    public TableColumnsDescriptor ConstantColumn(float width)
    {
        _columns.Add(TrackSize.Constant(Guard.Length(width, nameof(width))));
        return this;
    }

    /// <summary>A column sharing what the constant columns leave, in proportion to <paramref name="weight"/>.</summary>
    public TableColumnsDescriptor RelativeColumn(float weight = 1)
    {
        _columns.Add(TrackSize.Relative(Guard.Length(weight, nameof(weight))));
        return this;
    }
}

/// <summary>Adds header cells.</summary>
public sealed class TableCellsDescriptor
{
    private readonly List<Element> _cells;

    internal TableCellsDescriptor(List<Element> cells) => _cells = cells;

    public IContainer Cell()
    {
        var slot = new SlotElement();
        _cells.Add(slot);
        return slot;
    }
}

/// <summary>Builds a paragraph of spans.</summary>
public sealed class TextDescriptor
{
    private readonly List<TextSpan> _spans = [];
    private TextStyle _style = new();
    private TextAlignment _alignment = TextAlignment.Start;

    internal TextDescriptor()
    {
    }

    /// <summary>The default style of this paragraph's spans.</summary>
    public TextDescriptor Style(TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        _style = style;
        return this;
    }

    public TextDescriptor AlignLeft() => Align(TextAlignment.Left);

    public TextDescriptor AlignCenter() => Align(TextAlignment.Center);

    public TextDescriptor AlignRight() => Align(TextAlignment.Right);

    /// <summary>A piece of text ("\n" starts a new line).</summary>
    public TextSpanDescriptor Span(string? text) => Add(new TextSpan(text ?? string.Empty, TextSpanKind.Text));

    /// <summary>A piece of text followed by a line break.</summary>
    public TextSpanDescriptor Line(string? text) => Span((text ?? string.Empty) + "\n");

    /// <summary>The number of the page the text is drawn on (page numbers run through all page sets).</summary>
    public TextSpanDescriptor CurrentPageNumber() => Add(new TextSpan(string.Empty, TextSpanKind.PageNumber));

    /// <summary>The number of pages of the document.</summary>
    public TextSpanDescriptor TotalPages() => Add(new TextSpan(string.Empty, TextSpanKind.TotalPages));

    internal TextElement Build() => new([.. _spans], _style, _alignment);

    private TextDescriptor Align(TextAlignment alignment)
    {
        _alignment = alignment;
        return this;
    }

    private TextSpanDescriptor Add(TextSpan span)
    {
        _spans.Add(span);
        return new TextSpanDescriptor(span);
    }
}

/// <summary>Styles one span.</summary>
public sealed class TextSpanDescriptor
{
    private readonly TextSpan _span;

    internal TextSpanDescriptor(TextSpan span) => _span = span;

    /// <summary>Font size in points.</summary>
    public TextSpanDescriptor FontSize(float points) => With(_span.Style with { Size = Guard.Positive(points, nameof(points)) });

    public TextSpanDescriptor Bold(bool bold = true) => With(_span.Style with { Bold = bold });

    public TextSpanDescriptor Italic(bool italic = true) => With(_span.Style with { Italic = italic });

    public TextSpanDescriptor FontColor(Rgb color) => With(_span.Style with { Color = color });

    /// <summary>Multiplies the line height the fonts give (1 = natural).</summary>
    public TextSpanDescriptor LineHeight(float factor) => With(_span.Style with { LineHeight = Guard.Positive(factor, nameof(factor)) });

    /// <summary>Several properties at once; null ones are left as they are.</summary>
    public TextSpanDescriptor Style(TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        return With(style.Over(_span.Style));
    }

    private TextSpanDescriptor With(TextStyle style)
    {
        _span.Style = style;
        return this;
    }
}

/// <summary>Sizes an image (proportions are always kept).</summary>
public sealed class ImageDescriptor
{
    private readonly ImageElement _image;

    internal ImageDescriptor(ImageElement image) => _image = image;

    /// <summary>Width in points (at most the available width).</summary>
    public ImageDescriptor Width(float points)
    {
        _image.Width = Guard.Positive(points, nameof(points));
        _image.Height = null;
        return this;
    }

    /// <summary>Height in points (narrowed if the width would exceed the available width).</summary>
    public ImageDescriptor Height(float points)
    {
        _image.Height = Guard.Positive(points, nameof(points));
        _image.Width = null;
        return this;
    }
}
