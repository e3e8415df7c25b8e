using MiniExcelLibs;
using Remiv.Application.Reports.Exports;

namespace Remiv.Infrastructure.Reports;

/// <summary>
/// <see cref="ISpreadsheetWriter"/> over MiniExcel: each sheet's rows as they come (no header row of its own: the first
/// rows of a sheet are its title and headers), numbers as numeric cells, texts as text cells.
/// </summary>
internal sealed class MiniExcelSpreadsheetWriter : ISpreadsheetWriter
{
    public void Write(IReadOnlyList<Worksheet> sheets, Stream output)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        ArgumentNullException.ThrowIfNull(output);
        var workbook = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var sheet in sheets)
        {
            var width = Math.Max(1, sheet.Rows.Count == 0 ? 1 : sheet.Rows.Max(r => r.Count));
            var keys = Enumerable.Range(0, width).Select(Column).ToArray();
            workbook.Add(sheet.Name, sheet.Rows.Select(row =>
            {
                var cells = new Dictionary<string, object?>(width, StringComparer.Ordinal);
                for (var i = 0; i < width; i++)
                {
                    cells[keys[i]] = i < row.Count ? row[i] : null;
                }

                return cells;
            }).ToList());
        }

        output.SaveAs(workbook, printHeader: false, excelType: ExcelType.XLSX);
    }

    /// <summary>"A", "B", … "Z", "AA"…: the keys MiniExcel reads the cells of a row by.</summary>
    private static string Column(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
