using Remiv.Application.Documents.Layout;
using Remiv.Infrastructure.Documents.Rendering;

namespace Remiv.Infrastructure.Documents.Layout;

/// <summary>
/// Items side by side. Wraps when any item cannot start here; otherwise as tall as its tallest item, partial while
/// an item has more to draw (items already complete draw nothing on the following pages).
/// </summary>
internal sealed class RowNode : LayoutNode
{
    private readonly IReadOnlyList<LayoutNode> _items;
    private readonly IReadOnlyList<TrackSize> _widths;
    private readonly float _spacing;
    private readonly bool[] _done;

    public RowNode(IReadOnlyList<LayoutNode> items, IReadOnlyList<TrackSize> widths, float spacing)
    {
        _items = items;
        _widths = widths;
        _spacing = spacing;
        _done = new bool[items.Count];
    }

    public override SpacePlan Measure(Size available)
    {
        var widths = Widths(available.Width);
        var height = 0f;
        var partial = false;
        for (var i = 0; i < _items.Count; i++)
        {
            if (_done[i])
            {
                continue;
            }

            var plan = _items[i].Measure(new Size(widths[i], available.Height));
            if (plan.IsWrap)
            {
                return SpacePlan.Wrap;
            }

            height = Math.Max(height, plan.Height);
            partial |= !plan.IsFull;
        }

        return partial ? SpacePlan.Partial(available.Width, height) : SpacePlan.Full(available.Width, height);
    }

    public override void Draw(PageContent page, float x, float y, Size box)
    {
        var widths = Widths(box.Width);
        var left = x;
        var complete = true;
        for (var i = 0; i < _items.Count; i++)
        {
            if (!_done[i])
            {
                var plan = _items[i].Measure(new Size(widths[i], box.Height));
                if (!plan.IsWrap)
                {
                    _items[i].Draw(page, left, y, new Size(widths[i], box.Height));
                }

                _done[i] = plan.IsFull;
                complete &= plan.IsFull;
            }

            left += widths[i] + _spacing;
        }

        if (complete)
        {
            Array.Clear(_done);
        }
    }

    public override string Blocker(Size available)
    {
        var widths = Widths(available.Width);
        for (var i = 0; i < _items.Count; i++)
        {
            if (!_done[i] && _items[i].Measure(new Size(widths[i], available.Height)).IsWrap)
            {
                return _items[i].Blocker(new Size(widths[i], available.Height));
            }
        }

        return base.Blocker(available);
    }

    /// <summary>Constant widths as given, the rest shared by weight among relative items.</summary>
    public float[] Widths(float available)
    {
        var widths = new float[_widths.Count];
        var constant = 0f;
        var weights = 0f;
        foreach (var w in _widths)
        {
            if (w.IsRelative)
            {
                weights += w.Value;
            }
            else
            {
                constant += w.Value;
            }
        }

        var rest = Math.Max(0, available - constant - (_spacing * Math.Max(0, _widths.Count - 1)));
        for (var i = 0; i < widths.Length; i++)
        {
            widths[i] = _widths[i].IsRelative ? (weights > 0 ? rest * _widths[i].Value / weights : 0) : _widths[i].Value;
        }

        return widths;
    }
}
