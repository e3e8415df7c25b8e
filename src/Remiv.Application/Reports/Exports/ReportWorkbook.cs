namespace Remiv.Application.Reports.Exports;

/// <summary>
/// The activity report as a workbook: a first sheet "Rapport" (title, period, template, when it was generated, the rule on
/// small counts), then one sheet per table (its name cut to 31 characters and made unique), the table's title on top,
/// then its header row and its rows: figures as numeric cells, a hidden one as the text "&lt; 5", the note below.
/// </summary>
public static class ReportWorkbook
{
    public const string FirstSheet = "Rapport";

    /// <summary>Excel's limit on a sheet's name.</summary>
    public const int MaxSheetName = 31;

    public static IReadOnlyList<Worksheet> Compose(ActivityReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sheets = new List<Worksheet>
        {
            new(FirstSheet,
            [
                [report.Template.Title],
                ["Période", ReportTexts.Period(report)],
                ["Du", ReportTexts.Day(report.From)],
                ["Au", ReportTexts.Day(report.To)],
                ["Modèle", report.Template.Name],
                ["Généré le", ReportTexts.GeneratedAt(report.GeneratedAt)],
                [ReportTexts.SmallCountRule],
                [ReportTexts.Footer],
            ]),
        };
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { FirstSheet };
        foreach (var table in report.Tables)
        {
            var rows = new List<IReadOnlyList<object?>>
            {
                new object?[] { table.Title },
                new object?[] { table.RowHeader }.Concat(table.Columns).ToArray(),
            };
            rows.AddRange(table.Rows.Select(r => (IReadOnlyList<object?>)[r.Label, .. r.Values.Select(Cell)]));
            if (table.Note is { Length: > 0 } note)
            {
                rows.Add([note]);
            }

            sheets.Add(new Worksheet(SheetName(table.Title, names), rows));
        }

        return sheets;
    }

    /// <summary>The number as a numeric cell, or the text "&lt; 5".</summary>
    public static object Cell(ReportValue value) => value.Number is { } number ? number : ReportValue.HiddenText;

    /// <summary>At most 31 characters, none of those Excel refuses (: \ / ? * [ ]), unique in the workbook (" (2)"…).</summary>
    public static string SheetName(string title, ISet<string> taken)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(taken);
        var clean = new string([.. title.Select(c => c is ':' or '\\' or '/' or '?' or '*' or '[' or ']' || char.IsControl(c) ? ' ' : c)]).Trim().Trim('\'');
        if (clean.Length == 0)
        {
            clean = "Tableau";
        }

        var name = Cut(clean, MaxSheetName);
        for (var n = 2; !taken.Add(name); n++)
        {
            var suffix = $" ({n})";
            name = Cut(clean, MaxSheetName - suffix.Length) + suffix;
        }

        return name;
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length].TrimEnd();
}
