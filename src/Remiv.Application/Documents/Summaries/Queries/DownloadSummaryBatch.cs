using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Files;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Common;
using Remiv.Domain.Documents;
using Remiv.Domain.Security;

namespace Remiv.Application.Documents.Summaries.Queries;

/// <summary>
/// The zip of a ready batch, decrypted, for its requester only (anyone else: "not found"), while it is kept (24 hours).
/// A batch still being built is refused with a message saying to wait; a deleted one is "not found". The requester must
/// still see every young person in it (a file they left since is not handed over: the zip is then deleted). Every
/// download is audited ("summaries.batch-downloaded").
/// </summary>
[RequiresPermission(Permission.GenerateSummaryBatches)]
public sealed record DownloadSummaryBatch(Guid BatchId) : IQuery<SummaryBatchDownload>;

/// <param name="FileName">"syntheses-2026-11-27.zip": the day it was made, nothing of the people in it.</param>
public sealed record SummaryBatchDownload(string FileName, string ContentType, Stream Content);

public sealed class DownloadSummaryBatchHandler(
    IApplicationDbContext db, ICurrentUser user, YouthAccess access, IAttachmentStore store, IAuditLog audit, TimeProvider clock)
    : IQueryHandler<DownloadSummaryBatch, SummaryBatchDownload>
{
    public const string AuditAction = "summaries.batch-downloaded";

    public const string ContentType = "application/zip";

    public async ValueTask<SummaryBatchDownload> Handle(DownloadSummaryBatch query, CancellationToken cancellationToken)
    {
        var batch = await db.SummaryBatches.OwnAsync(query.BatchId, user, cancellationToken);
        if (batch.Status is PreparedFileStatus.Queued or PreparedFileStatus.Running)
        {
            throw new RequestValidationException(nameof(DownloadSummaryBatch.BatchId),
                "Cette série est encore en préparation : attendez qu'elle soit prête pour la télécharger.");
        }

        if (!batch.IsDownloadable(clock.GetUtcNow()))
        {
            throw new NotFoundException();
        }

        var ids = batch.YouthIds;
        if (await access.VisibleYouths().CountAsync(y => ids.Contains(y.Id), cancellationToken) != ids.Count)
        {
            // A young person of the batch is no longer one of the requester's files: the zip is not handed over, and goes.
            await store.DeleteAsync(batch.StorageKey!, cancellationToken);
            var tracked = await db.SummaryBatches.FirstAsync(b => b.Id == batch.Id, cancellationToken);
            tracked.Expire();
            audit.Record("summaries.batch-withdrawn", "SummaryBatch", batch.Id.ToString());
            await db.SaveChangesAsync(cancellationToken);
            throw new NotFoundException();
        }

        Stream content;
        try
        {
            content = await store.OpenAsync(batch.StorageKey!, cancellationToken);
        }
        catch (FileNotFoundException)
        {
            // Deleted by the hourly clean-up between the check and the opening.
            throw new NotFoundException();
        }

        audit.Record(AuditAction, "SummaryBatch", batch.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        var day = HubCalendar.DayOf(batch.CompletedAt ?? batch.CreatedAt);
        return new SummaryBatchDownload($"syntheses-{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.zip", ContentType, content);
    }
}
