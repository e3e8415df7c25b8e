namespace Remiv.Application.Reports;

/// <summary>
/// The small-count rule of the activity report, so that nobody can be recognised from a figure:
/// <list type="bullet">
/// <item>a count from 1 to 4 is published hidden ("&lt; 5"); 0 stays 0; a total under 5 is hidden like any count;</item>
/// <item>secondary suppression: in a breakdown whose total is shown, when exactly one cell is hidden, the smallest other
/// non-zero cell is hidden too, so that the hidden one cannot be found again by subtracting the others from the total.
/// More generally, no line of cells with its total may have exactly one value hidden (a total hidden while its cells are
/// all shown would be their sum): in a table with totals both ways, rows and columns, the totals' row and column
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
        // total row (the totals themselves included: the row of totals adds up to the grand total).
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
    /// A line of cells and their total, in which exactly one value is hidden, could give it back by subtraction: the
    /// smallest other non-zero cell shown is hidden too (the first of them on a tie), or the total when no cell is left to
    /// hide. True when a value was hidden.
    /// </summary>
    private static bool Protect(int[,] counts, bool[,] hidden, IReadOnlyList<(int Row, int Column)> line, (int Row, int Column) total)
    {
        if (line.Append(total).Count(c => hidden[c.Row, c.Column]) != 1)
        {
            return false;
        }

        var partner = line.Where(c => !hidden[c.Row, c.Column] && counts[c.Row, c.Column] > 0)
            .OrderBy(c => counts[c.Row, c.Column])
            .Select(c => ((int Row, int Column)?)c)
            .FirstOrDefault() ?? (hidden[total.Row, total.Column] ? null : total);
        if (partner is not { } cell)
        {
            return false;
        }

        hidden[cell.Row, cell.Column] = true;
        return true;
    }
}
