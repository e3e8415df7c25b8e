using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Exceptions;
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
        var me = user.UserId ?? throw new NotSignedInException();
        var exports = await db.ReportExports.AsNoTracking().Where(e => e.RequestedBy == me).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();

        // Sorted in memory: SQLite cannot order by a DateTimeOffset; a coordinator has few exports.
        return [.. exports.OrderByDescending(e => e.CreatedAt).Take(Shown).Select(e => ReportExportView.Of(e, now))];
    }
}
