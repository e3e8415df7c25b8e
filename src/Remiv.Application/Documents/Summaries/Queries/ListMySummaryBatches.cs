using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Security;

namespace Remiv.Application.Documents.Summaries.Queries;

/// <summary>The user's own batches of summaries, the latest first (the last <see cref="ListMySummaryBatchesHandler.MaxItems"/>).</summary>
[RequiresPermission(Permission.GenerateSummaryBatches)]
public sealed record ListMySummaryBatches : IQuery<IReadOnlyList<SummaryBatchView>>;

public sealed class ListMySummaryBatchesHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<ListMySummaryBatches, IReadOnlyList<SummaryBatchView>>
{
    public const int MaxItems = 20;

    public async ValueTask<IReadOnlyList<SummaryBatchView>> Handle(ListMySummaryBatches query, CancellationToken cancellationToken)
    {
        var me = user.UserId ?? throw new NotSignedInException();
        var batches = await db.SummaryBatches.AsNoTracking()
            .Where(b => b.RequestedBy == me)
            .OrderByDescending(b => b.CreatedAt)
            .Take(MaxItems)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return [.. batches.Select(b => SummaryBatchView.Of(b, now))];
    }
}
