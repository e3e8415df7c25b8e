namespace Remiv.Application.Documents.Layout;

/// <summary>
/// The fluent calls on a container. Decorators (padding, border, background, alignment, keep-together, ensure-space)
/// return the container of their child; content calls (column, row, table, text, image, line, page break) end the chain.
/// Lengths are in points (see <see cref="Units"/>).
/// </summary>
public static class ContainerExtensions
{
    /// <summary>Space on the four sides.</summary>
    public static IContainer Padding(this IContainer container, float all) => container.Padding(all, all, all, all);

    /// <summary>Space left and right, and top and bottom.</summary>
    public static IContainer Padding(this IContainer container, float horizontal, float vertical) => container.Padding(horizontal, vertical, horizontal, vertical);

    public static IContainer Padding(this IContainer container, float left, float top, float right, float bottom)
    {
        return Put(container, new PaddingElement(Guard.Length(left, nameof(left)), Guard.Length(top, nameof(top)), Guard.Length(right, nameof(right)), Guard.Length(bottom, nameof(bottom))));
    }

    public static IContainer PaddingTop(this IContainer container, float value) => container.Padding(0, value, 0, 0);

    public static IContainer PaddingBottom(this IContainer container, float value) => container.Padding(0, 0, 0, value);

    public static IContainer PaddingLeft(this IContainer container, float value) => container.Padding(value, 0, 0, 0);

    public static IContainer PaddingRight(this IContainer container, float value) => container.Padding(0, 0, value, 0);

    public static IContainer PaddingHorizontal(this IContainer container, float value) => container.Padding(value, 0, value, 0);

    public static IContainer PaddingVertical(this IContainer container, float value) => container.Padding(0, value, 0, value);

    /// <summary>Lines of <paramref name="thickness"/> points inside the four edges (black unless <paramref name="color"/>).</summary>
    public static IContainer Border(this IContainer container, float thickness, Rgb? color = null) =>
        container.Border(thickness, thickness, thickness, thickness, color);

    public static IContainer Border(this IContainer container, float left, float top, float right, float bottom, Rgb? color = null) =>
        Put(container, new BorderElement(Guard.Length(left, nameof(left)), Guard.Length(top, nameof(top)), Guard.Length(right, nameof(right)), Guard.Length(bottom, nameof(bottom)), color ?? Rgb.Black));

    public static IContainer BorderTop(this IContainer container, float thickness, Rgb? color = null) => container.Border(0, thickness, 0, 0, color);

    public static IContainer BorderBottom(this IContainer container, float thickness, Rgb? color = null) => container.Border(0, 0, 0, thickness, color);

    public static IContainer BorderLeft(this IContainer container, float thickness, Rgb? color = null) => container.Border(thickness, 0, 0, 0, color);

    public static IContainer BorderRight(this IContainer container, float thickness, Rgb? color = null) => container.Border(0, 0, thickness, 0, color);

    /// <summary>Fills the child's box.</summary>
    public static IContainer Background(this IContainer container, Rgb color) => Put(container, new BackgroundElement(color));

    /// <summary>A child narrower than the space sits on the left.</summary>
    public static IContainer AlignLeft(this IContainer container) => Put(container, new AlignmentElement(HorizontalAlignment.Left));

    /// <summary>A child narrower than the space is centred (e.g. a short text).</summary>
    public static IContainer AlignCenter(this IContainer container) => Put(container, new AlignmentElement(HorizontalAlignment.Center));

    /// <summary>A child narrower than the space sits on the right.</summary>
    public static IContainer AlignRight(this IContainer container) => Put(container, new AlignmentElement(HorizontalAlignment.Right));

    /// <summary>The child is never split between pages; larger than a page, the renderer refuses it with a clear message.</summary>
    public static IContainer KeepTogether(this IContainer container) => Put(container, new KeepTogetherElement());

    /// <summary>The child starts on the next page unless it fits whole or <paramref name="minHeight"/> points are left (e.g. a heading and its first lines).</summary>
    public static IContainer EnsureSpace(this IContainer container, float minHeight) => Put(container, new EnsureSpaceElement(Guard.Length(minHeight, nameof(minHeight))));

    /// <summary>Lets a helper method fill the container: <c>c.Item().Element(SectionTitle("Identité"))</c>.</summary>
    public static void Element(this IContainer container, Action<IContainer> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        compose(container);
    }

    /// <summary>Items one below the other.</summary>
    public static void Column(this IContainer container, Action<ColumnDescriptor> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        var descriptor = new ColumnDescriptor();
        compose(descriptor);
        Put(container, descriptor.Build());
    }

    /// <summary>Items side by side.</summary>
    public static void Row(this IContainer container, Action<RowDescriptor> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        var descriptor = new RowDescriptor();
        compose(descriptor);
        Put(container, descriptor.Build());
    }

    /// <summary>A table: columns, an optional header repeated on every page, and cells that fill the rows left to right.</summary>
    public static void Table(this IContainer container, Action<TableDescriptor> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        var descriptor = new TableDescriptor();
        compose(descriptor);
        Put(container, descriptor.Build());
    }

    /// <summary>A paragraph of one span; style it through the returned descriptor (<c>.Bold().FontSize(14)</c>).</summary>
    public static TextSpanDescriptor Text(this IContainer container, string? text)
    {
        var span = new TextSpan(text ?? string.Empty, TextSpanKind.Text);
        Put(container, new TextElement([span], new TextStyle(), TextAlignment.Start));
        return new TextSpanDescriptor(span);
    }

    /// <summary>A paragraph of several spans, page numbers, alignment.</summary>
    public static void Text(this IContainer container, Action<TextDescriptor> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        var descriptor = new TextDescriptor();
        compose(descriptor);
        Put(container, descriptor.Build());
    }

    /// <summary>A PNG or JPEG image, as wide as the space unless <see cref="ImageDescriptor.Width"/> or <see cref="ImageDescriptor.Height"/> say otherwise.</summary>
    public static ImageDescriptor Image(this IContainer container, ReadOnlyMemory<byte> data)
    {
        if (data.IsEmpty)
        {
            throw new ArgumentException("L'image est vide.", nameof(data));
        }

        return new ImageDescriptor(Put(container, new ImageElement(data)));
    }

    /// <summary>A vector drawing (a chart) as wide as the space and <paramref name="height"/> points tall.</summary>
    public static void Drawing(this IContainer container, IVectorDrawing drawing, float height)
    {
        ArgumentNullException.ThrowIfNull(drawing);
        Put(container, new DrawingElement(drawing, Guard.Positive(height, nameof(height))));
    }

    /// <summary>A horizontal line across the space.</summary>
    public static void LineHorizontal(this IContainer container, float thickness, Rgb? color = null) =>
        Put(container, new LineElement(Guard.Length(thickness, nameof(thickness)), color ?? Rgb.Black));

    /// <summary>What follows starts on a new page.</summary>
    public static void PageBreak(this IContainer container) => Put(container, new PageBreakElement());

    private static T Put<T>(IContainer container, T element)
        where T : Element
    {
        ArgumentNullException.ThrowIfNull(container);
        return container is ContainerElement slot
            ? slot.Put(element)
            : throw new ArgumentException("Ce conteneur ne vient pas de l'API Document.", nameof(container));
    }
}
