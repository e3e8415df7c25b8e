using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Common;
using Remiv.Domain.Documents;
using Remiv.Domain.Security;

namespace Remiv.Application.Documents.Summaries.Commands;

/// <param name="Expired">Zips deleted because their 24 hours were over.</param>
/// <param name="Abandoned">Batches left queued or half-built for too long (their job lost or failed for good), now failed.</param>
public sealed record SummaryPurgeResult(int Expired, int Abandoned);

/// <summary>
/// The hourly clean-up (a job, sent by the system): deletes from the store every zip whose 24 hours are over, then
/// marks its batch expired (the batch stays as a trace, without its file); one batch at a time, each in its own short
/// transaction (so this is not a command of the unit of work), so a failure leaves the others done. A batch still queued
/// or running <see cref="AbandonedAfter"/> after it was asked for is marked failed: its requester sees it and asks again.
/// </summary>
[RequiresPermission(Permission.RunScheduledJobs)]
public sealed record PurgeSummaryBatches : IRequest<SummaryPurgeResult>;

public sealed class PurgeSummaryBatchesHandler(IApplicationDbContext db, IAttachmentStore store, TimeProvider clock)
    : IRequestHandler<PurgeSummaryBatches, SummaryPurgeResult>
{
    /// <summary>Far beyond the build of 200 summaries (a minute or so) and the job's retries (a few minutes).</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromHours(1);

    public async ValueTask<SummaryPurgeResult> Handle(PurgeSummaryBatches request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var expired = await db.SummaryBatches
            .Where(b => b.Status == PreparedFileStatus.Ready && b.ExpiresAt <= now)
            .ToListAsync(cancellationToken);
        foreach (var batch in expired)
        {
            if (batch.StorageKey is { } key)
            {
                await store.DeleteAsync(key, cancellationToken);
            }

            batch.Expire();
            await db.SaveChangesAsync(cancellationToken);
        }

        var before = now - AbandonedAfter;
        var abandoned = await db.SummaryBatches
            .Where(b => (b.Status == PreparedFileStatus.Queued || b.Status == PreparedFileStatus.Running) && b.CreatedAt < before)
            .ToListAsync(cancellationToken);
        foreach (var batch in abandoned)
        {
            batch.Fail(now);
            await db.SaveChangesAsync(cancellationToken);
        }

        return new SummaryPurgeResult(expired.Count, abandoned.Count);
    }
}
