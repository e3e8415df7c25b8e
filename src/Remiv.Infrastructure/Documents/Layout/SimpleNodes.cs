using System.Globalization;
using Remiv.Application.Documents.Layout;
using Remiv.Infrastructure.Documents.Rendering;

namespace Remiv.Infrastructure.Documents.Layout;

internal sealed class EmptyNode : LayoutNode
{
    public static EmptyNode Instance { get; } = new();

    public override SpacePlan Measure(Size available) => SpacePlan.Full(0, 0);

    public override void Draw(PageContent page, float x, float y, Size box)
    {
    }
}

internal sealed class PaddingNode(LayoutNode child, PaddingElement padding) : LayoutNode
{
    private readonly float _horizontal = padding.Left + padding.Right;
    private readonly float _vertical = padding.Top + padding.Bottom;

    public override SpacePlan Measure(Size available)
    {
        var inner = Inner(available);
        if (inner.Width < -Epsilon || inner.Height < -Epsilon)
        {
            return SpacePlan.Wrap;
        }

        var plan = child.Measure(new Size(Math.Max(0, inner.Width), Math.Max(0, inner.Height)));
        return plan.IsWrap ? plan : plan with { Width = plan.Width + _horizontal, Height = plan.Height + _vertical };
    }

    public override void Draw(PageContent page, float x, float y, Size box)
    {
        var inner = Inner(box);
        child.Draw(page, x + padding.Left, y + padding.Top, new Size(Math.Max(0, inner.Width), Math.Max(0, inner.Height)));
    }

    public override string Blocker(Size available) => child.Blocker(Inner(available));

    private Size Inner(Size outer) => new(outer.Width - _horizontal, outer.Height - _vertical);
}

internal sealed class BorderNode(LayoutNode child, BorderElement border) : LayoutNode
{
    public override SpacePlan Measure(Size available) => child.Measure(available);

    public override void Draw(PageContent page, float x, float y, Size box)
    {
        child.Draw(page, x, y, box);
        if (border.Top > 0)
        {
            page.Ops.Add(new RectOp(x, y, box.Width, border.Top, border.Color));
        }

        if (border.Bottom > 0)
        {
            page.Ops.Add(new RectOp(x, y + box.Height - border.Bottom, box.Width, border.Bottom, border.Color));
        }

        if (border.Left > 0)
        {
            page.Ops.Add(new RectOp(x, y, border.Left, box.Height, border.Color));
        }

        if (border.Right > 0)
        {
            page.Ops.Add(new RectOp(x + box.Width - border.Right, y, border.Right, box.Height, border.Color));
        }
    }

    public override string Blocker(Size available) => child.Blocker(available);
}

internal sealed class BackgroundNode(LayoutNode child, Rgb color) : LayoutNode
{
    public override SpacePlan Measure(Size available) => child.Measure(available);

    public override void Draw(PageContent page, float x, float y, Size box)
    {
        page.Ops.Add(new RectOp(x, y, box.Width, box.Height, color));
        child.Draw(page, x, y, box);
    }

    public override string Blocker(Size available) => child.Blocker(available);
}

internal sealed class AlignmentNode(LayoutNode child, HorizontalAlignment alignment) : LayoutNode
{
    public override SpacePlan Measure(Size available) => child.Measure(available);

    public override void Draw(PageContent page, float x, float y, Size box)
    {
        var plan = child.Measure(box);
        var width = Math.Min(plan.Width, box.Width);
        var offset = alignment switch
        {
            HorizontalAlignment.Center => (box.Width - width) / 2,
            HorizontalAlignment.Right => box.Width - width,
            _ => 0,
        };
        child.Draw(page, x + offset, y, new Size(width, box.Height));
    }

    public override string Blocker(Size available) => child.Blocker(available);
}

/// <summary>All or nothing: a child that would be split wraps to the next page instead.</summary>
internal sealed class KeepTogetherNode(LayoutNode child) : LayoutNode
{
    public override SpacePlan Measure(Size available)
    {
        var plan = child.Measure(available);
        return plan.Kind == PlanKind.Partial ? SpacePlan.Wrap : plan;
    }

    public override void Draw(PageContent page, float x, float y, Size box) => child.Draw(page, x, y, box);

    public override string Blocker(Size available) =>
        child.Measure(available).Kind == PlanKind.Partial
            ? string.Create(CultureInfo.InvariantCulture, $"un bloc « KeepTogether » (à garder sur une seule page) de {NaturalHeight(child, available.Width):0} pt de haut")
            : child.Blocker(available);
}

/// <summary>
/// Wraps unless the child fits whole or at least the minimum height is available where it starts (ignored once the
/// child has started, and on a page where nothing else fits). The decision is taken once per page: when a split of
/// the child has been accepted on this page, it stays accepted for the rest of the page. The parent's draw measures
/// the element again in a box cut to the planned height, often less than the minimum; answering "wrap" then would draw
/// nothing where the page was planned with the child's first part, and do so again on every following page.
/// </summary>
internal sealed class EnsureSpaceNode(LayoutNode child, float minHeight, LayoutContext context) : LayoutNode
{
    private bool _started;

    /// <summary>The page on which a split of the child was accepted (0: none yet).</summary>
    private int _acceptedOn;

    public override SpacePlan Measure(Size available)
    {
        var plan = child.Measure(available);
        if (plan.Kind != PlanKind.Partial || _started || context.Stuck || _acceptedOn == context.Page)
        {
            return plan;
        }

        if (available.Height + Epsilon < minHeight)
        {
            return SpacePlan.Wrap;
        }

        if (available.Height < Unbounded / 2)
        {
            _acceptedOn = context.Page; // not for a natural-height measure (unbounded): that is not the page's space
        }

        return plan;
    }

    public override void Draw(PageContent page, float x, float y, Size box)
    {
        var plan = child.Measure(box);
        child.Draw(page, x, y, box);
        _started = plan.Kind == PlanKind.Partial;
    }

    public override string Blocker(Size available) => child.Blocker(available);
}

/// <summary>Partial (zero height) until drawn once, which ends the page; then full, taking no space.</summary>
internal sealed class PageBreakNode(LayoutContext context) : LayoutNode
{
    private bool _broken;

    public override SpacePlan Measure(Size available) => _broken ? SpacePlan.Full(0, 0) : SpacePlan.Partial(0, 0);

    public override void Draw(PageContent page, float x, float y, Size box)
    {
        _broken = !_broken;
        context.Progress++;
    }
}

internal sealed class LineNode(LineElement line, LayoutContext context) : LayoutNode
{
    public override SpacePlan Measure(Size available) =>
        line.Thickness <= available.Height + Epsilon ? SpacePlan.Full(available.Width, line.Thickness) : SpacePlan.Wrap;

    public override void Draw(PageContent page, float x, float y, Size box)
    {
        page.Ops.Add(new RectOp(x, y, box.Width, line.Thickness, line.Color));
        context.Progress++;
    }

    public override string Blocker(Size available) => "un trait";
}

/// <summary>A vector drawing as wide as the space and of a fixed height; never split, so one taller than the space wraps.</summary>
internal sealed class DrawingNode(DrawingElement element, LayoutContext context) : LayoutNode
{
    public override SpacePlan Measure(Size available) =>
        element.Height <= available.Height + Epsilon ? SpacePlan.Full(available.Width, element.Height) : SpacePlan.Wrap;

    public override void Draw(PageContent page, float x, float y, Size box)
    {
        var drawing = element.Drawing as ISkiaDrawing
            ?? throw new DocumentLayoutException("Un dessin du document ne peut pas être tracé par le moteur PDF.");
        page.Ops.Add(new DrawingOp(drawing, x, y, box.Width, element.Height));
        context.Progress++;
    }

    public override string Blocker(Size available) => string.Create(CultureInfo.InvariantCulture, $"un graphique de {element.Height:0} pt de haut");
}
