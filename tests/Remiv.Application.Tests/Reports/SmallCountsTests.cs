using Remiv.Application.Reports;

namespace Remiv.Application.Tests.Reports;

/// <summary>The small-count rule of the activity report: what a funder may read, and what stays hidden as "&lt; 5".</summary>
public sealed class SmallCountsTests
{
    private const string H = ReportValue.HiddenText;

    [TestCase(0, "0")]
    [TestCase(1, H)]
    [TestCase(4, H)]
    [TestCase(5, "5")]
    [TestCase(1234, "1 234")]
    public void A_count_on_its_own_is_hidden_from_1_to_4(int count, string shown) =>
        SmallCounts.Count(count).Shown.Replace('\u202f', ' ').Replace('\u00a0', ' ').ShouldBe(shown);

    [Test]
    public void A_hidden_count_has_no_number()
    {
        SmallCounts.Count(3).IsHidden.ShouldBeTrue();
        SmallCounts.Count(3).Number.ShouldBeNull();
        SmallCounts.Count(0).Number.ShouldBe(0m);
    }

    [Test]
    public void A_breakdown_with_nothing_small_is_published_whole() =>
        Shown(SmallCounts.Breakdown([5, 0, 12])).ShouldBe(["5", "0", "12", "17"]);

    [Test]
    public void A_total_under_5_is_hidden_with_its_cells() =>
        Shown(SmallCounts.Breakdown([3, 0, 1])).ShouldBe([H, "0", H, H]);

    [Test]
    public void Two_hidden_cells_whose_sum_could_only_be_small_take_the_next_smallest_with_them() =>
        Shown(SmallCounts.Breakdown([2, 7, 3, 9])).ShouldBe([H, H, H, "9", "21"]);

    [Test]
    public void Two_ones_are_never_left_to_be_read_from_the_total() =>
        Shown(SmallCounts.Breakdown([1, 1, 10])).ShouldBe([H, H, H, "12"]);

    [Test]
    public void Hidden_cells_whose_sum_leaves_each_free_to_be_five_or_more_are_enough() =>
        Shown(SmallCounts.Breakdown([4, 4, 20])).ShouldBe([H, H, "20", "28"]);

    [Test]
    public void A_hidden_cell_linking_two_groups_of_hidden_cells_in_a_table_is_protected()
    {
        int[][] cells = [[1, 2, 10, 10], [3, 1, 4, 10], [10, 10, 2, 3], [10, 10, 1, 2]];

        var table = SmallCounts.Table([.. cells.Select(r => (IReadOnlyList<int>)r)], totalRow: true, totalColumn: true);

        DeterminedHiddenCells(cells, table).ShouldBeEmpty();
    }

    [Test]
    public void One_hidden_cell_under_a_shown_total_takes_the_smallest_other_non_zero_cell_with_it() =>
        Shown(SmallCounts.Breakdown([12, 0, 1, 6, 8])).ShouldBe(["12", "0", H, H, "8", "27"]);

    [Test]
    public void On_a_tie_the_first_of_the_smallest_cells_is_hidden() =>
        Shown(SmallCounts.Breakdown([6, 2, 6])).ShouldBe([H, H, "6", "14"]);

    [Test]
    public void A_zero_is_never_taken_as_the_second_hidden_cell() =>
        Shown(SmallCounts.Breakdown([0, 4, 0, 30])).ShouldBe(["0", H, "0", H, "34"]);

    [Test]
    public void A_single_cell_under_5_hides_its_total_which_would_otherwise_equal_it() =>
        Shown(SmallCounts.Breakdown([0, 3])).ShouldBe(["0", H, H]);

    [Test]
    public void A_breakdown_of_zeros_shows_zeros() =>
        Shown(SmallCounts.Breakdown([0, 0])).ShouldBe(["0", "0", "0"]);

    [Test]
    public void In_a_table_rows_and_columns_are_protected_until_no_hidden_value_can_be_found_again()
    {
        // Tracks × kinds of the functional fixture: Conversation, Phone call, Paperwork, Workshop.
        var table = SmallCounts.Table(
            [
                [6, 0, 2, 0],
                [7, 5, 0, 0],
                [3, 0, 0, 0],
                [0, 0, 0, 9],
            ],
            totalRow: true,
            totalColumn: true);

        table.Select(Shown).ShouldBe(
        [
            [H, "0", H, "0", H],
            [H, H, "0", "0", "12"],
            [H, "0", "0", "0", H],
            ["0", "0", "0", "9", "9"],
            ["16", H, H, "9", "32"],
        ]);
    }

    [Test]
    public void No_row_or_column_of_a_protected_table_has_exactly_one_hidden_value()
    {
        var random = new Random(7);
        for (var run = 0; run < 500; run++)
        {
            var rows = random.Next(1, 6);
            var columns = random.Next(1, 6);
            var cells = Enumerable.Range(0, rows)
                .Select(_ => (IReadOnlyList<int>)[.. Enumerable.Range(0, columns).Select(_ => random.Next(4) == 0 ? 0 : random.Next(1, 12))])
                .ToList();

            var table = SmallCounts.Table(cells, totalRow: true, totalColumn: true);

            for (var i = 0; i <= rows; i++)
            {
                table[i].Count(v => v.IsHidden).ShouldNotBe(1, $"row {i} of run {run}");
            }

            for (var j = 0; j <= columns; j++)
            {
                table.Count(r => r[j].IsHidden).ShouldNotBe(1, $"column {j} of run {run}");
            }

            for (var i = 0; i < rows; i++)
            {
                for (var j = 0; j < columns; j++)
                {
                    if (cells[i][j] is > 0 and < 5)
                    {
                        table[i][j].IsHidden.ShouldBeTrue($"cell {i},{j} of run {run}");
                    }
                    else if (!table[i][j].IsHidden)
                    {
                        table[i][j].Number.ShouldBe(cells[i][j]);
                    }
                }
            }

            DeterminedHiddenCells([.. cells.Select(r => r.ToArray())], table).ShouldBeEmpty($"run {run}");
        }
    }

    [Test]
    public void A_table_without_total_column_protects_its_columns_only() =>
        SmallCounts.Table([[3, 10], [20, 10]], totalRow: true, totalColumn: false).Select(Shown)
            .ShouldBe([[H, "10"], [H, "10"], ["23", "20"]]);

    [Test]
    public void A_table_without_rows_has_a_row_of_zero_totals() =>
        SmallCounts.Table([], totalRow: true, totalColumn: true, columnCount: 2).Select(Shown).ShouldBe([["0", "0", "0"]]);

    [TestCase(12.34, 5, "12,3")]
    [TestCase(12.0, 4, H)]
    [TestCase(null, 9, H)]
    public void A_median_or_an_average_needs_5_items(double? value, int basedOn, string shown) =>
        SmallCounts.Measure(value, basedOn).Shown.ShouldBe(shown);

    /// <summary>
    /// The hidden cells of a table with totals both ways that its shown values give back exactly, found by linear
    /// algebra independently of the rule's own reasoning: each row and each column (totals included) is an equation over
    /// the hidden values; a hidden value is determined when the solutions' free directions never move it.
    /// </summary>
    private static List<(int Row, int Column)> DeterminedHiddenCells(int[][] cells, IReadOnlyList<IReadOnlyList<ReportValue>> table)
    {
        var (rows, columns) = (cells.Length, cells.Length == 0 ? 0 : cells[0].Length);
        var unknowns = new List<(int Row, int Column)>();
        for (var i = 0; i <= rows; i++)
        {
            for (var j = 0; j <= columns; j++)
            {
                if (table[i][j].IsHidden)
                {
                    unknowns.Add((i, j));
                }
            }
        }

        // Row i: its cells minus its total = 0; column j: its cells minus its total = 0 (known values only move the constant).
        var equations = new List<double[]>();
        for (var i = 0; i <= rows; i++)
        {
            equations.Add([.. unknowns.Select(u => u.Row != i ? 0.0 : u.Column < columns ? 1.0 : -1.0)]);
        }

        for (var j = 0; j <= columns; j++)
        {
            equations.Add([.. unknowns.Select(u => u.Column != j ? 0.0 : u.Row < rows ? 1.0 : -1.0)]);
        }

        var pivots = new List<(int Row, int Column)>();
        var matrix = equations.ToArray();
        var next = 0;
        for (var c = 0; c < unknowns.Count && next < matrix.Length; c++)
        {
            var pivot = Enumerable.Range(next, matrix.Length - next).FirstOrDefault(r => Math.Abs(matrix[r][c]) > 1e-9, -1);
            if (pivot < 0)
            {
                continue;
            }

            (matrix[next], matrix[pivot]) = (matrix[pivot], matrix[next]);
            var scale = matrix[next][c];
            matrix[next] = [.. matrix[next].Select(v => v / scale)];
            for (var r = 0; r < matrix.Length; r++)
            {
                if (r != next && Math.Abs(matrix[r][c]) > 1e-9)
                {
                    var factor = matrix[r][c];
                    matrix[r] = [.. matrix[r].Select((v, k) => v - factor * matrix[next][k])];
                }
            }

            pivots.Add((next, c));
            next++;
        }

        var free = Enumerable.Range(0, unknowns.Count).Except(pivots.Select(p => p.Column)).ToList();
        return [.. pivots.Where(p => free.All(f => Math.Abs(matrix[p.Row][f]) < 1e-9)).Select(p => unknowns[p.Column])];
    }

    private static string[] Shown(IReadOnlyList<ReportValue> values) =>
        [.. values.Select(v => v.Shown.Replace('\u202f', ' ').Replace('\u00a0', ' '))];
}
