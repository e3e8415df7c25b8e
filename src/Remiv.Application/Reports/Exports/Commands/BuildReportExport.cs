using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Documents.Layout;
using Remiv.Application.Documents.Summaries;
using Remiv.Application.Reports.Queries;
using Remiv.Domain.Common;
using Remiv.Domain.Reports;
using Remiv.Domain.Security;

namespace Remiv.Application.Reports.Exports.Commands;

/// <summary>
/// Builds a queued export (the background job, sent by the system), in two steps saved as they go: the figures, read AS
/// THE REQUESTER (<see cref="IAccountScope"/>: their current roles, the same <see cref="GetActivityReport"/> and rules as
/// the pages), then the file, stored encrypted; the export is then ready for 24 hours.
/// <list type="bullet">
/// <item>A requester deactivated, or who lost the right to see the report: the export fails.</item>
/// <item>A file that cannot be laid out: the export fails (another attempt would fail the same way).</item>
/// <item>Any other failure (database, disk, shutdown): the job fails as it stands and Hangfire runs it again.</item>
/// <item>An export already built, failed or expired: nothing to do (a job run twice builds once).</item>
/// <item>An export not saved yet (the job started before the request's transaction ended): "not found", and the job is retried.</item>
/// </list>
/// </summary>
[RequiresPermission(Permission.RunScheduledJobs)]
public sealed record BuildReportExport(Guid ExportId) : IRequest<PreparedFileStatus>;

public sealed class BuildReportExportHandler(
    IApplicationDbContext db,
    IIdentityService identity,
    IAccountScope accounts,
    ActivityReportFiles files,
    IAttachmentStore store,
    TimeProvider clock) : IRequestHandler<BuildReportExport, PreparedFileStatus>
{
    public async ValueTask<PreparedFileStatus> Handle(BuildReportExport request, CancellationToken cancellationToken)
    {
        var export = await db.ReportExports.FirstOrDefaultAsync(e => e.Id == request.ExportId, cancellationToken) ?? throw new NotFoundException();
        if (export.Status is not (PreparedFileStatus.Queued or PreparedFileStatus.Running))
        {
            return export.Status;
        }

        var requester = await identity.FindUserAsync(export.RequestedBy, cancellationToken);
        if (requester is not { IsActive: true })
        {
            return await FailAsync(export, cancellationToken);
        }

        export.Start();
        await db.SaveChangesAsync(cancellationToken);

        ActivityReport report;
        try
        {
            report = await accounts.QueryAsAsync(export.RequestedBy, new GetActivityReport(export.From, export.To, export.Template), cancellationToken);
        }
        catch (Exception refused) when (refused is ForbiddenAccessException or NotSignedInException or RequestValidationException)
        {
            // Deactivated, or no longer allowed to see the report: trying again would not help.
            return await FailAsync(export, cancellationToken);
        }

        export.Advance(1);
        await db.SaveChangesAsync(cancellationToken);

        GeneratedDocument file;
        try
        {
            file = files.Render(report, export.Format);
        }
        catch (DocumentLayoutException)
        {
            return await FailAsync(export, cancellationToken);
        }

        await using var content = new MemoryStream(file.Content, writable: false);
        var stored = await store.SaveAsync(content, cancellationToken);
        try
        {
            export.Complete(stored.StorageKey, stored.Length, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            // Not recorded: the file would be reachable by nobody and never purged.
            await store.DeleteAsync(stored.StorageKey, CancellationToken.None);
            throw;
        }

        return export.Status;
    }

    private async Task<PreparedFileStatus> FailAsync(ReportExport export, CancellationToken cancellationToken)
    {
        export.Fail(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return export.Status;
    }
}
