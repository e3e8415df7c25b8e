using FluentValidation;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Reports;
using Remiv.Domain.Security;
using Mediator;

namespace Remiv.Application.Reports.Exports.Commands;

/// <summary>
/// Queues an export of the activity report, to be built in the background for the requester
/// (<see cref="BuildReportExport"/>): any period up to 20 years. A bad period, template or format is refused before
/// anything is queued. The job is handed to the queue at the end of the command; should it start before the export is
/// saved, it finds nothing yet and is retried.
/// </summary>
[RequiresPermission(Permission.ExportActivityReport)]
public sealed record RequestReportExport(DateOnly From, DateOnly To, string? Template, ReportFormat Format) : ICommand<Guid>, IReportExportScope;

public sealed class RequestReportExportValidator : AbstractValidator<RequestReportExport>
{
    public RequestReportExportValidator() => Include(new ReportExportScopeRules<RequestReportExport>());
}

public sealed class RequestReportExportHandler(
    IApplicationDbContext db, ICurrentUser user, IReportExportQueue queue, IAuditLog audit, TimeProvider clock)
    : ICommandHandler<RequestReportExport, Guid>
{
    public const string AuditAction = "report.export-requested";

    public ValueTask<Guid> Handle(RequestReportExport command, CancellationToken cancellationToken)
    {
        var me = user.UserId ?? throw new NotSignedInException();
        var template = ReportTemplates.Find(command.Template)
                       ?? throw new RequestValidationException(nameof(command.Template), "Ce modèle de rapport n'existe pas : choisissez-en un dans la liste.");
        var export = ReportExport.Queue(me, command.From, command.To, template.Code, command.Format, clock.GetUtcNow());
        db.ReportExports.Add(export);
        audit.Record(AuditAction, "ReportExport", export.Id.ToString());
        queue.Enqueue(export.Id);
        return ValueTask.FromResult(export.Id);
    }
}
