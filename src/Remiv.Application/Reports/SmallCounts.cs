namespace Remiv.Application.Reports;

/// <summary>
/// The small-count rule of the activity report, so that nobody can be recognised from a figure:
/// <list type="bullet">
/// <item>a count from 1 to 4 is published hidden ("&lt; 5"); 0 stays 0; a total under 5 is hidden like any count;</item>
/// <item>secondary suppression, so that no hidden value can be found again from the totals: in a line whose total is
/// shown, at least two values are hidden and their sum leaves each free to be 5 or more (otherwise the next smallest is
/// hidden, or the total); a total is never hidden alone; and, across a table with totals both ways, no hidden value may be
/// given back by combining the lines' sums (see <see cref="Bridge"/>). Rows and columns, the totals' row and column
/// included, are checked again until nothing changes;</item>
/// <item>an average or a median is hidden when it rests on fewer than 5 items.</item>
/// </list>
/// </summary>
public static class SmallCounts
{
    /// <summary>The smallest count published as it is.</summary>
    public const int Threshold = 5;

    /// <summary>One count on its own: 0 stays 0, 1 to 4 are hidden.</summary>
    public static ReportValue Count(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return count is > 0 and < Threshold ? ReportValue.Hidden : new ReportValue(count);
    }

    /// <summary>An average, a median...: hidden (or absent) when fewer than 5 items were measured.</summary>
    public static ReportValue Measure(double? value, int basedOn) =>
        value is { } known && basedOn >= Threshold ? new ReportValue(Math.Round((decimal)known, 1)) : ReportValue.Hidden;

    /// <summary>
    /// The cells of a breakdown and its total (the last value returned), with both rules applied. The cells must add up
    /// to the total.
    /// </summary>
    public static IReadOnlyList<ReportValue> Breakdown(IReadOnlyList<int> cells)
    {
        var table = Table(new int[][] { [.. cells] }, totalRow: false, totalColumn: true);
        return table[0];
    }

    /// <summary>
    /// A table of counts with, as asked, a total of each row (last column) and a total of each column (last row), both
    /// rules applied to every row and every column whose total is shown. The cells are the counts without the totals;
    /// <paramref name="columnCount"/> gives the width of a table without rows.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<ReportValue>> Table(IReadOnlyList<IReadOnlyList<int>> cells, bool totalRow, bool totalColumn, int columnCount = 0)
    {
        var rows = cells.Count;
        var columns = rows == 0 ? columnCount : cells[0].Count;
        if (cells.Any(r => r.Count != columns))
        {
            throw new ArgumentException("Every row needs the same number of cells.", nameof(cells));
        }

        var height = rows + (totalRow ? 1 : 0);
        var width = columns + (totalColumn ? 1 : 0);
        var counts = new int[height, width];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                ArgumentOutOfRangeException.ThrowIfNegative(cells[i][j], nameof(cells));
                counts[i, j] = cells[i][j];
                if (totalColumn)
                {
                    counts[i, columns] += cells[i][j];
                }

                if (totalRow)
                {
                    counts[rows, j] += cells[i][j];
                }

                if (totalRow && totalColumn)
                {
                    counts[rows, columns] += cells[i][j];
                }
            }
        }

        var hidden = new bool[height, width];
        for (var i = 0; i < height; i++)
        {
            for (var j = 0; j < width; j++)
            {
                hidden[i, j] = counts[i, j] is > 0 and < Threshold;
            }
        }

        // Each row adds up to its last cell when there is a total column, each column to its last cell when there is a
        // total row (the totals themselves included: the row of totals adds up to the grand total). First every line on
        // its own, then the table as a whole, until nothing changes.
        bool changed;
        do
        {
            changed = false;
            if (totalColumn)
            {
                for (var i = 0; i < height; i++)
                {
                    changed |= Protect(counts, hidden, [.. Enumerable.Range(0, columns).Select(j => (i, j))], (i, columns));
                }
            }

            if (totalRow)
            {
                for (var j = 0; j < width; j++)
                {
                    changed |= Protect(counts, hidden, [.. Enumerable.Range(0, rows).Select(i => (i, j))], (rows, j));
                }
            }

            if (!changed && Bridge(hidden, height, width, totalRow, totalColumn) is { } bridge)
            {
                changed = HideSmallest(counts, hidden, [.. Enumerable.Range(0, width).Select(j => (bridge.Row, j)), .. Enumerable.Range(0, height).Select(i => (i, bridge.Column))])
                          || HideSmallest(counts, hidden, [.. Enumerable.Range(0, height).SelectMany(i => Enumerable.Range(0, width).Select(j => (i, j)))]);
            }
        }
        while (changed);

        var result = new List<IReadOnlyList<ReportValue>>(height);
        for (var i = 0; i < height; i++)
        {
            var row = new ReportValue[width];
            for (var j = 0; j < width; j++)
            {
                row[j] = hidden[i, j] ? ReportValue.Hidden : new ReportValue(counts[i, j]);
            }

            result.Add(row);
        }

        return result;
    }

    /// <summary>
    /// A line of cells and its total could give a hidden value back by subtraction. With the total shown, the hidden cells
    /// of the line add up to a known sum: it is safe when at least two cells are hidden and their sum leaves each of them
    /// free to be 5 or more (sum ≥ hidden cells + 4; a hidden cell is known to be at least 1, since 0 is shown). With the
    /// total hidden, it is safe when a cell is hidden too (otherwise the total is the sum of the cells shown). When it is
    /// not safe, the smallest other non-zero cell shown is hidden (the first of them on a tie), or the total when no cell
    /// is left to hide. True when a value was hidden.
    /// </summary>
    private static bool Protect(int[,] counts, bool[,] hidden, IReadOnlyList<(int Row, int Column)> line, (int Row, int Column) total)
    {
        var hiddenCells = line.Where(c => hidden[c.Row, c.Column]).ToList();
        var safe = hidden[total.Row, total.Column]
            ? hiddenCells.Count > 0
            : hiddenCells.Count == 0 || (hiddenCells.Count >= 2 && hiddenCells.Sum(c => counts[c.Row, c.Column]) >= hiddenCells.Count + Threshold - 1);
        if (safe)
        {
            return false;
        }

        if (HideSmallest(counts, hidden, line))
        {
            return true;
        }

        if (hidden[total.Row, total.Column])
        {
            return false;
        }

        hidden[total.Row, total.Column] = true;
        return true;
    }

    /// <summary>Hides the smallest non-zero value shown among these cells (the first of them on a tie). True when one was hidden.</summary>
    private static bool HideSmallest(int[,] counts, bool[,] hidden, IReadOnlyList<(int Row, int Column)> cells)
    {
        var smallest = cells.Where(c => !hidden[c.Row, c.Column] && counts[c.Row, c.Column] > 0)
            .OrderBy(c => counts[c.Row, c.Column])
            .Select(c => ((int Row, int Column)?)c)
            .FirstOrDefault();
        if (smallest is not { } cell)
        {
            return false;
        }

        hidden[cell.Row, cell.Column] = true;
        return true;
    }

    /// <summary>
    /// A hidden value that the lines' sums give back exactly, even though every line keeps two or more hidden: the lines
    /// are the nodes of a graph (rows on one side, columns on the other; the lines without a shown total, which give no
    /// sum, merged into one free node), each hidden value an edge between its row and its column. A value is found again
    /// exactly when its edge is a bridge (adding up the lines on one side of it gives it), and stays unknown when it lies
    /// on a cycle (one can add and take away around the cycle). Returns the first such cell, if any.
    /// </summary>
    private static (int Row, int Column)? Bridge(bool[,] hidden, int height, int width, bool totalRow, bool totalColumn)
    {
        const int Free = -1;
        int RowNode(int i) => totalColumn ? i : Free;
        int ColumnNode(int j) => totalRow ? height + j : Free;
        var edges = new List<(int Row, int Column, int From, int To)>();
        for (var i = 0; i < height; i++)
        {
            for (var j = 0; j < width; j++)
            {
                if (hidden[i, j] && (RowNode(i), ColumnNode(j)) is var (from, to) && from != to)
                {
                    edges.Add((i, j, from, to));
                }
            }
        }

        foreach (var edge in edges)
        {
            var others = edges.Where(e => e != edge).ToList();
            var reached = new HashSet<int> { edge.From };
            var queue = new Queue<int>([edge.From]);
            while (queue.TryDequeue(out var node))
            {
                foreach (var next in others.Where(e => e.From == node || e.To == node).Select(e => e.From == node ? e.To : e.From))
                {
                    if (reached.Add(next))
                    {
                        queue.Enqueue(next);
                    }
                }
            }

            if (!reached.Contains(edge.To))
            {
                return (edge.Row, edge.Column);
            }
        }

        return null;
    }
}
