using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Files;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Common;
using Remiv.Domain.Security;

namespace Remiv.Application.Reports.Exports.Queries;

/// <summary>
/// The file of a ready background export, decrypted, for its requester only (anyone else: "not found"), while it is kept
/// (24 hours). One still being built is refused with a message saying to wait; a deleted one is "not found". Every
/// download is audited ("report.exported", with the period, template and format).
/// </summary>
[RequiresPermission(Permission.ExportActivityReport)]
public sealed record DownloadReportExport(Guid ExportId) : IQuery<ReportExportDownload>;

/// <param name="FileName">"rapport-activite-2026-01-01-2026-12-31-full.pdf".</param>
public sealed record ReportExportDownload(string FileName, string ContentType, Stream Content);

public sealed class DownloadReportExportHandler(IApplicationDbContext db, ICurrentUser user, IAttachmentStore store, IAuditLog audit, TimeProvider clock)
    : IQueryHandler<DownloadReportExport, ReportExportDownload>
{
    public const string NotReady = "Ce fichier est encore en préparation : attendez qu'il soit prêt pour le télécharger.";

    public async ValueTask<ReportExportDownload> Handle(DownloadReportExport query, CancellationToken cancellationToken)
    {
        var export = await db.ReportExports.OwnAsync(query.ExportId, user, cancellationToken);
        if (export.Status is PreparedFileStatus.Queued or PreparedFileStatus.Running)
        {
            throw new RequestValidationException(nameof(DownloadReportExport.ExportId), NotReady);
        }

        if (!export.IsDownloadable(clock.GetUtcNow()))
        {
            throw new NotFoundException();
        }

        Stream content;
        try
        {
            content = await store.OpenAsync(export.StorageKey!, cancellationToken);
        }
        catch (FileNotFoundException)
        {
            // Deleted by the hourly clean-up between the check and the opening.
            throw new NotFoundException();
        }

        var template = ReportTemplates.Find(export.Template) ?? ReportTemplates.Full;
        audit.Record(ExportActivityReportHandler.AuditAction, "ActivityReport",
            ExportActivityReportHandler.AuditTarget(export.From, export.To, template.Code, export.Format));
        await db.SaveChangesAsync(cancellationToken);
        return new ReportExportDownload(ReportTexts.FileName(export.From, export.To, template.Code, export.Format), ReportTexts.ContentType(export.Format), content);
    }
}
