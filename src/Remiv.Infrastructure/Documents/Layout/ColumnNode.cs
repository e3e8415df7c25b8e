using Remiv.Infrastructure.Documents.Rendering;

namespace Remiv.Infrastructure.Documents.Layout;

/// <summary>Items one below the other; splits between items (and inside an item that splits itself).</summary>
internal sealed class ColumnNode(IReadOnlyList<LayoutNode> items, float spacing) : LayoutNode
{
    /// <summary>The first item not yet completely drawn.</summary>
    private int _index;

    public override SpacePlan Measure(Size available) => Run(available, null, 0, 0);

    public override void Draw(PageContent page, float x, float y, Size box) => Run(box, page, x, y);

    public override string Blocker(Size available) => _index < items.Count ? items[_index].Blocker(available) : base.Blocker(available);

    /// <summary>Measures (page null) or draws the items that fit, the same way for both.</summary>
    private SpacePlan Run(Size available, PageContent? page, float x, float y)
    {
        var used = 0f;
        var width = 0f;
        var placed = false;
        var visible = false;
        for (var i = _index; i < items.Count; i++)
        {
            var gap = visible ? spacing : 0;
            var room = available.Height - used - gap;
            if (room < -Epsilon)
            {
                return placed ? SpacePlan.Partial(width, used) : SpacePlan.Wrap;
            }

            var plan = items[i].Measure(new Size(available.Width, Math.Max(0, room)));
            if (plan.IsWrap)
            {
                return placed ? SpacePlan.Partial(width, used) : SpacePlan.Wrap;
            }

            if (plan.Height <= 0)
            {
                gap = 0;
            }

            if (page is not null)
            {
                items[i].Draw(page, x, y + used + gap, new Size(available.Width, plan.Height));
                if (plan.IsFull)
                {
                    _index = i + 1;
                }
            }

            used += gap + plan.Height;
            width = Math.Max(width, plan.Width);
            placed = true;
            visible |= plan.Height > 0;
            if (!plan.IsFull)
            {
                return SpacePlan.Partial(width, used);
            }
        }

        if (page is not null)
        {
            _index = 0;
        }

        return SpacePlan.Full(width, used);
    }
}
