using System.Globalization;
using Remiv.Infrastructure.Documents.Rendering;

namespace Remiv.Infrastructure.Documents.Layout;

/// <summary>
/// A table: header rows repeated at the top of each page it spans, body rows never split between pages — except a
/// row that does not fit even at the top of an empty page (taller than <see cref="LayoutContext.ContentHeight"/>, or
/// <see cref="LayoutContext.Stuck"/>), which is split where it comes, its cells continuing on the next page below the
/// header.
/// </summary>
internal sealed class TableNode(IReadOnlyList<RowNode> header, IReadOnlyList<RowNode> rows, LayoutContext context) : LayoutNode
{
    /// <summary>The first body row not yet completely drawn.</summary>
    private int _row;

    /// <summary>The row <see cref="_row"/> was partly drawn on a previous page.</summary>
    private bool _splitting;

    public override SpacePlan Measure(Size available) => Run(available, null, 0, 0);

    public override void Draw(PageContent page, float x, float y, Size box) => Run(box, page, x, y);

    public override string Blocker(Size available)
    {
        var headerHeight = header.Sum(h => NaturalHeight(h, available.Width));
        if (headerHeight > available.Height + Epsilon)
        {
            return string.Create(CultureInfo.InvariantCulture, $"l'en-tête d'un tableau ({headerHeight:0} pt de haut)");
        }

        return _row < rows.Count
            ? rows[_row].Blocker(new Size(available.Width, available.Height - headerHeight))
            : base.Blocker(available);
    }

    private SpacePlan Run(Size available, PageContent? page, float x, float y)
    {
        var width = available.Width;
        var headerHeights = header.Select(h => NaturalHeight(h, width)).ToArray();
        var headerHeight = headerHeights.Sum();
        var used = headerHeight;
        if (used > available.Height + Epsilon)
        {
            return SpacePlan.Wrap;
        }

        if (rows.Count == 0)
        {
            DrawHeader(page, x, y, width, headerHeights);
            return SpacePlan.Full(width, used);
        }

        var drawnRows = 0;
        var heights = new List<float>();
        var split = -1f;
        for (var r = _row; r < rows.Count; r++)
        {
            var natural = NaturalHeight(rows[r], width);
            if (used + natural <= available.Height + Epsilon)
            {
                heights.Add(natural);
                used += natural;
                drawnRows++;
                continue;
            }

            // A row goes whole to the next page, unless it can never be drawn whole: taller than a page's content
            // area under the header (it is then split where it comes, not after a page left blank or holding only the
            // heading above the table), or still too tall on an empty page (Stuck), or already split.
            var oversized = headerHeight + natural > context.ContentHeight + Epsilon;
            if (oversized || (drawnRows == 0 && (_splitting || context.Stuck)))
            {
                var part = rows[r].Measure(new Size(width, available.Height - used));
                if (!part.IsWrap)
                {
                    split = part.Height;
                    used += part.Height;
                }
                else if (drawnRows == 0)
                {
                    return SpacePlan.Wrap;
                }
            }

            break;
        }

        if (drawnRows == 0 && split < 0)
        {
            return SpacePlan.Wrap;
        }

        if (page is not null)
        {
            var top = DrawHeader(page, x, y, width, headerHeights);
            for (var k = 0; k < heights.Count; k++)
            {
                rows[_row].Draw(page, x, top, new Size(width, heights[k]));
                top += heights[k];
                _row++;
                _splitting = false;
            }

            if (split >= 0)
            {
                rows[_row].Draw(page, x, top, new Size(width, split));
                _splitting = true;
            }
        }

        var complete = split < 0 && _row + (page is null ? drawnRows : 0) == rows.Count;
        if (complete && page is not null)
        {
            _row = 0;
        }

        return complete ? SpacePlan.Full(width, used) : SpacePlan.Partial(width, used);
    }

    private float DrawHeader(PageContent? page, float x, float y, float width, float[] heights)
    {
        if (page is null)
        {
            return y;
        }

        for (var i = 0; i < header.Count; i++)
        {
            header[i].Draw(page, x, y, new Size(width, heights[i]));
            y += heights[i];
        }

        return y;
    }
}
