using Mediator;
using Remiv.Application.Common.Files;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Security;

namespace Remiv.Application.Reports.Exports.Queries;

/// <summary>The requester's own background exports, the latest first (the last 20).</summary>
[RequiresPermission(Permission.ExportActivityReport)]
public sealed record ListMyReportExports : IQuery<IReadOnlyList<ReportExportView>>;

public sealed class ListMyReportExportsHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<ListMyReportExports, IReadOnlyList<ReportExportView>>
{
    public const int Shown = 20;

    public async ValueTask<IReadOnlyList<ReportExportView>> Handle(ListMyReportExports query, CancellationToken cancellationToken)
    {
        var exports = await db.ReportExports.LatestOwnAsync(user, Shown, cancellationToken);
        var now = clock.GetUtcNow();
        return [.. exports.Select(e => ReportExportView.Of(e, now))];
    }
}
