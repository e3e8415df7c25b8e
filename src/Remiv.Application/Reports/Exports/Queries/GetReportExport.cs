using Mediator;
using Remiv.Application.Common.Files;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Security;

namespace Remiv.Application.Reports.Exports.Queries;

/// <summary>Where a background export stands, for its requester only: to anyone else it is "not found".</summary>
[RequiresPermission(Permission.ExportActivityReport)]
public sealed record GetReportExport(Guid ExportId) : IQuery<ReportExportView>;

public sealed class GetReportExportHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetReportExport, ReportExportView>
{
    public async ValueTask<ReportExportView> Handle(GetReportExport query, CancellationToken cancellationToken)
    {
        var export = await db.ReportExports.OwnAsync(query.ExportId, user, cancellationToken);
        return ReportExportView.Of(export, clock.GetUtcNow());
    }
}
