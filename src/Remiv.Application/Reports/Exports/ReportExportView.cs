using Remiv.Domain.Common;
using Remiv.Domain.Reports;

namespace Remiv.Application.Reports.Exports;

/// <summary>
/// A background export as its requester follows it: where it stands, how far (<see cref="Done"/> of <see cref="Total"/>),
/// what it covers, and until when its file can be downloaded.
/// </summary>
/// <param name="Template">The template's code.</param>
/// <param name="TemplateName">The template's French name ("Rapport complet"…).</param>
/// <param name="Downloadable">Ready and not yet deleted: the file can be downloaded now.</param>
public sealed record ReportExportView(
    Guid Id,
    PreparedFileStatus Status,
    int Done,
    int Total,
    DateOnly From,
    DateOnly To,
    string Template,
    string TemplateName,
    ReportFormat Format,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt,
    DateTimeOffset? ExpiresAt,
    long? Length,
    bool Downloadable)
{
    public static ReportExportView Of(ReportExport export, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(export);
        var template = ReportTemplates.Find(export.Template) ?? ReportTemplates.Full;
        return new ReportExportView(export.Id, export.Status, export.Done, export.Total, export.From, export.To, template.Code, template.Name,
            export.Format, export.CreatedAt, export.CompletedAt, export.ExpiresAt, export.Status == PreparedFileStatus.Ready ? export.Length : null,
            export.IsDownloadable(now));
    }
}
