using Remiv.Application.Documents.Layout;
using Remiv.Application.Documents.Summaries;
using Remiv.Domain.Reports;

namespace Remiv.Application.Reports.Exports;

/// <summary>
/// Renders a built report into the file of the format asked for (PDF, Excel or CSV), named after its period and
/// template only. The same for direct exports and background ones. Thread-safe (a singleton).
/// </summary>
public sealed class ActivityReportFiles(IPdfRenderer pdf, IReportChartRenderer charts, ISpreadsheetWriter spreadsheets)
{
    public GeneratedDocument Render(ActivityReport report, ReportFormat format)
    {
        ArgumentNullException.ThrowIfNull(report);
        var content = format switch
        {
            ReportFormat.Pdf => pdf.Render(ReportPdfComposer.Compose(report, charts)),
            ReportFormat.Xlsx => Xlsx(report),
            ReportFormat.Csv => ReportCsv.Write(report),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };
        return new GeneratedDocument(content, ReportTexts.FileName(report.From, report.To, report.Template.Code, format), ReportTexts.ContentType(format));
    }

    private byte[] Xlsx(ActivityReport report)
    {
        using var output = new MemoryStream();
        spreadsheets.Write(ReportWorkbook.Compose(report), output);
        return output.ToArray();
    }
}
