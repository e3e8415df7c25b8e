using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Common;
using Remiv.Domain.Documents;
using Remiv.Domain.Security;

namespace Remiv.Application.Common.Files;

/// <param name="Expired">Prepared files (zips of summaries, report exports) deleted because their 24 hours were over.</param>
/// <param name="Abandoned">Batches and exports left queued or half-built for too long (their job lost or failed for good), now failed.</param>
public sealed record PreparedFilesPurgeResult(int Expired, int Abandoned);

/// <summary>
/// The hourly clean-up of every prepared file (a job, sent by the system): batches of summaries and activity report
/// exports alike. Deletes from the store every file whose 24 hours are over, then marks its record expired (the record
/// stays as a trace, without its file); one at a time, each in its own short transaction (so this is not a command of the
/// unit of work), so a failure leaves the others done. A batch or export still queued or running
/// <see cref="AbandonedAfter"/> after it was asked for is marked failed: its requester sees it and asks again.
/// </summary>
[RequiresPermission(Permission.RunScheduledJobs)]
public sealed record PurgePreparedFiles : IRequest<PreparedFilesPurgeResult>;

public sealed class PurgePreparedFilesHandler(IApplicationDbContext db, IAttachmentStore store, TimeProvider clock)
    : IRequestHandler<PurgePreparedFiles, PreparedFilesPurgeResult>
{
    /// <summary>Far beyond the build of 200 summaries (a minute or so) and the job's retries (a few minutes).</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromHours(1);

    public async ValueTask<PreparedFilesPurgeResult> Handle(PurgePreparedFiles request, CancellationToken cancellationToken)
    {
        var (expiredBatches, abandonedBatches) = await PurgeAsync(db.SummaryBatches, cancellationToken);
        var (expiredExports, abandonedExports) = await PurgeAsync(db.ReportExports, cancellationToken);
        return new PreparedFilesPurgeResult(expiredBatches + expiredExports, abandonedBatches + abandonedExports);
    }

    /// <summary>The same clean-up for every kind of prepared file (batches of summaries, report exports).</summary>
    private async Task<(int Expired, int Abandoned)> PurgeAsync<T>(DbSet<T> files, CancellationToken cancellationToken)
        where T : PreparedFile
    {
        var now = clock.GetUtcNow();
        var expired = await files
            .Where(b => b.Status == PreparedFileStatus.Ready && b.ExpiresAt <= now)
            .ToListAsync(cancellationToken);
        foreach (var file in expired)
        {
            if (file.StorageKey is { } key)
            {
                await store.DeleteAsync(key, cancellationToken);
            }

            file.Expire();
            await db.SaveChangesAsync(cancellationToken);
        }

        var before = now - AbandonedAfter;
        var abandoned = await files
            .Where(b => (b.Status == PreparedFileStatus.Queued || b.Status == PreparedFileStatus.Running) && b.CreatedAt < before)
            .ToListAsync(cancellationToken);
        foreach (var file in abandoned)
        {
            file.Fail(now);
            await db.SaveChangesAsync(cancellationToken);
        }

        return (expired.Count, abandoned.Count);
    }
}
