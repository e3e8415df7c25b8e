using Mediator;
using Remiv.Application.Common.Files;
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
        var batches = await db.SummaryBatches.LatestOwnAsync(user, MaxItems, cancellationToken);
        var now = clock.GetUtcNow();
        return [.. batches.Select(b => SummaryBatchView.Of(b, now))];
    }
}
