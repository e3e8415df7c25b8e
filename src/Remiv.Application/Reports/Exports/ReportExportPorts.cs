using Remiv.Application.Documents.Layout;

namespace Remiv.Application.Reports.Exports;

/// <summary>
/// Draws the chart of a report table whose <see cref="ReportTable.Chart"/> is <see cref="ReportChart.Bars"/>: horizontal
/// bars of the first value column, one per row, a hidden value drawn as no bar and labelled "&lt; 5" (a bar would give
/// the number away). Implemented in Infrastructure (ScottPlot, with the fonts the PDF engine ships); thread-safe.
/// </summary>
public interface IReportChartRenderer
{
    /// <summary>The chart as an SVG document (for the pages), <paramref name="width"/> pixels wide.</summary>
    string Svg(ReportTable table, int width = 640);

    /// <summary>The chart as a vector drawing for the PDF engine (drawn onto the PDF page, never as a bitmap).</summary>
    IVectorDrawing Drawing(ReportTable table);

    /// <summary>The height the chart needs for <paramref name="table"/>'s rows, in points (PDF) or pixels (SVG).</summary>
    float Height(ReportTable table);
}

/// <summary>A sheet of a workbook: its name (at most 31 characters, unique in the workbook) and its rows of cells.</summary>
/// <param name="Rows">Each cell is a <see cref="string"/>, a <see cref="decimal"/> (written as a number) or null (empty).</param>
public sealed record Worksheet(string Name, IReadOnlyList<IReadOnlyList<object?>> Rows);

/// <summary>Writes a workbook as an XLSX file (Infrastructure: MiniExcel). The first sheet is the one that opens.</summary>
public interface ISpreadsheetWriter
{
    void Write(IReadOnlyList<Worksheet> sheets, Stream output);
}

/// <summary>Hands a queued report export to the background jobs (Hangfire in the web host), which build it with <see cref="Commands.BuildReportExport"/>.</summary>
public interface IReportExportQueue
{
    void Enqueue(Guid exportId);
}
