using Mediator;
using Remiv.Application.Common.Files;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Security;

namespace Remiv.Application.Documents.Summaries.Queries;

/// <summary>Where a batch of summaries stands, for its requester only: to anyone else it is "not found".</summary>
[RequiresPermission(Permission.GenerateSummaryBatches)]
public sealed record GetSummaryBatch(Guid BatchId) : IQuery<SummaryBatchView>;

public sealed class GetSummaryBatchHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetSummaryBatch, SummaryBatchView>
{
    public async ValueTask<SummaryBatchView> Handle(GetSummaryBatch query, CancellationToken cancellationToken)
    {
        var batch = await db.SummaryBatches.OwnAsync(query.BatchId, user, cancellationToken);
        return SummaryBatchView.Of(batch, clock.GetUtcNow());
    }
}
