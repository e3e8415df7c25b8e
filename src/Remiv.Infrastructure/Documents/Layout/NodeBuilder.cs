using Remiv.Application.Documents.Layout;

namespace Remiv.Infrastructure.Documents.Layout;

/// <summary>Turns the Application's element tree into layout nodes (with their pagination state) for one rendering.</summary>
internal static class NodeBuilder
{
    /// <param name="alignment">
    /// The horizontal alignment of an enclosing AlignLeft/AlignCenter/AlignRight, which a paragraph without its own
    /// alignment follows (so that a right-aligned "Page 3 / 12" stays flush right once its numbers are known).
    /// </param>
    public static LayoutNode Build(Element element, TextStyle pageStyle, LayoutContext context, TextAlignment alignment = TextAlignment.Start)
    {
        LayoutNode Child(Element e) => Build(e, pageStyle, context, alignment);
        LayoutNode Own(Element e) => Build(e, pageStyle, context);

        return element switch
        {
            SlotElement slot => Child(slot.Child),
            EmptyElement => EmptyNode.Instance,
            PaddingElement padding => new PaddingNode(Child(padding.Child), padding),
            BorderElement border => new BorderNode(Child(border.Child), border),
            BackgroundElement background => new BackgroundNode(Child(background.Child), background.Color),
            AlignmentElement align => new AlignmentNode(Build(align.Child, pageStyle, context, Text(align.Alignment)), align.Alignment),
            KeepTogetherElement keep => new KeepTogetherNode(Child(keep.Child)),
            EnsureSpaceElement ensure => new EnsureSpaceNode(Child(ensure.Child), ensure.MinHeight, context),
            ColumnElement column => new ColumnNode([.. column.Items.Select(Child)], column.Spacing),
            RowElement row => new RowNode([.. row.Items.Select(i => Own(i.Content))], [.. row.Items.Select(i => i.Width)], row.Spacing),
            TableElement table => new TableNode(
                [.. table.HeaderRows.Select(r => new RowNode([.. r.Select(Own)], table.Columns, 0))],
                [.. table.Rows.Select(r => new RowNode([.. r.Select(Own)], table.Columns, 0))],
                context),
            TextElement text => new TextNode(text, pageStyle, context, text.Alignment == TextAlignment.Start ? alignment : text.Alignment),
            ImageElement image => new ImageNode(image, context),
            PageBreakElement => new PageBreakNode(context),
            LineElement line => new LineNode(line, context),
            DrawingElement drawing => new DrawingNode(drawing, context),
            _ => throw new NotSupportedException($"Élément de mise en page inconnu : {element.GetType().Name}."),
        };
    }

    private static TextAlignment Text(HorizontalAlignment alignment) => alignment switch
    {
        HorizontalAlignment.Center => TextAlignment.Center,
        HorizontalAlignment.Right => TextAlignment.Right,
        _ => TextAlignment.Left,
    };
}
