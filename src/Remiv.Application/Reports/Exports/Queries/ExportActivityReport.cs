using System.Globalization;
using FluentValidation;
using Mediator;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Documents.Summaries;
using Remiv.Application.Reports.Queries;
using Remiv.Domain.Reports;
using Remiv.Domain.Security;

namespace Remiv.Application.Reports.Exports.Queries;

/// <summary>
/// The activity report as a file, made at once (PDF, Excel or CSV), for a period of 366 days at most: a longer one is
/// prepared in the background (<see cref="Commands.RequestReportExport"/>). The figures are read through
/// <see cref="GetActivityReport"/> (and its permission: the exporter must also see them). Every export is audited
/// ("report.exported", with the period, template and format: no personal data).
/// </summary>
[RequiresPermission(Permission.ExportActivityReport)]
public sealed record ExportActivityReport(DateOnly From, DateOnly To, string? Template, ReportFormat Format) : IQuery<GeneratedDocument>, IReportExportScope;

public sealed class ExportActivityReportValidator : AbstractValidator<ExportActivityReport>
{
    /// <summary>The longest period exported at once.</summary>
    public const int MaxDirectDays = 366;

    public const string TooLong = "Pour une période de plus de 366 jours, préparez le fichier en arrière-plan.";

    public ExportActivityReportValidator()
    {
        Include(new ReportExportScopeRules<ExportActivityReport>());
        RuleFor(q => q.To).Must((q, to) => to.DayNumber - q.From.DayNumber < MaxDirectDays)
            .When(q => q.To >= q.From && !ReportExport.SpansTooLong(q.From, q.To)).WithMessage(TooLong);
    }
}

public sealed class ExportActivityReportHandler(ISender mediator, ActivityReportFiles files, IAuditLog audit, IApplicationDbContext db)
    : IQueryHandler<ExportActivityReport, GeneratedDocument>
{
    public const string AuditAction = "report.exported";

    public async ValueTask<GeneratedDocument> Handle(ExportActivityReport query, CancellationToken cancellationToken)
    {
        var report = await mediator.Send(new GetActivityReport(query.From, query.To, query.Template), cancellationToken);
        var file = files.Render(report, query.Format);
        audit.Record(AuditAction, "ActivityReport", AuditTarget(report.From, report.To, report.Template.Code, query.Format));
        await db.SaveChangesAsync(cancellationToken);
        return file;
    }

    /// <summary>"2026-01-01/2026-12-31/full/pdf": what was exported, nothing personal.</summary>
    public static string AuditTarget(DateOnly from, DateOnly to, string template, ReportFormat format) =>
        string.Create(CultureInfo.InvariantCulture, $"{from:yyyy-MM-dd}/{to:yyyy-MM-dd}/{template}/{ReportTexts.Extension(format)}");
}
