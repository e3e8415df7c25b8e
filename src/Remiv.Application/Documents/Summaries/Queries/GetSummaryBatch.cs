using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Exceptions;
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
        var me = user.UserId ?? throw new NotSignedInException();
        var batch = await db.SummaryBatches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == query.BatchId && b.RequestedBy == me, cancellationToken)
                    ?? throw new NotFoundException();
        return SummaryBatchView.Of(batch, clock.GetUtcNow());
    }
}
