using System.Globalization;
using FluentValidation;
using Mediator;
using Remiv.Application.Common;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Common;
using Remiv.Domain.Reports;
using Remiv.Domain.Security;

namespace Remiv.Application.Reports.Queries;

/// <summary>
/// The activity report over the hub days <see cref="From"/> to <see cref="To"/> (both included, Europe/Paris, 20 years
/// at most), with the tables of a funder's template (the full report when none is given): aggregates computed by the
/// database, the small-count rule applied. Reading it is written to the audit log (the period and the template only).
/// </summary>
[RequiresPermission(Permission.ViewActivityReport)]
public sealed record GetActivityReport(DateOnly From, DateOnly To, string? Template = null) : IQuery<ActivityReport>;

public sealed class GetActivityReportValidator : AbstractValidator<GetActivityReport>
{
    private static readonly DateOnly Earliest = new(1900, 1, 1);
    private static readonly DateOnly Latest = new(2199, 12, 31);

    public GetActivityReportValidator()
    {
        RuleFor(q => q.From).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Indiquez le premier jour de la période.")
            .InclusiveBetween(Earliest, Latest).WithMessage("Saisissez une date valide (jj/mm/aaaa).");
        RuleFor(q => q.To).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Indiquez le dernier jour de la période.")
            .InclusiveBetween(Earliest, Latest).WithMessage("Saisissez une date valide (jj/mm/aaaa).");
        // The exports' own rule (end after start, 20 years at most), with its words.
        RuleFor(q => q.To).Custom((to, context) =>
            {
                try
                {
                    ReportExport.CheckPeriod(context.InstanceToValidate.From, to);
                }
                catch (DomainRuleException refused)
                {
                    context.AddFailure(nameof(GetActivityReport.To), refused.Message);
                }
            })
            .When(Readable);
        RuleFor(q => q.Template).Must(code => ReportTemplates.Find(code) is not null)
            .WithMessage("Ce modèle de rapport n'existe pas : choisissez-en un dans la liste.");
    }

    private static bool Readable(GetActivityReport query) =>
        query.From >= Earliest && query.From <= Latest && query.To >= Earliest && query.To <= Latest;
}

public sealed class GetActivityReportHandler(IApplicationDbContext db, IIdentityService identity, IAuditLog audit, TimeProvider clock)
    : IQueryHandler<GetActivityReport, ActivityReport>
{
    public async ValueTask<ActivityReport> Handle(GetActivityReport query, CancellationToken cancellationToken)
    {
        var template = ReportTemplates.Find(query.Template)
                       ?? throw new DomainRuleException(nameof(query.Template), "Ce modèle de rapport n'existe pas : choisissez-en un dans la liste.");
        var now = clock.GetUtcNow();
        var figures = await new ActivityFigureReader(db, identity).ReadAsync(query.From, query.To, HubCalendar.DayOf(now), cancellationToken);
        var report = new ActivityReport(query.From, query.To, template, now, ActivityTables.Build(figures, template));

        audit.Record("report.viewed", "ActivityReport", string.Create(CultureInfo.InvariantCulture, $"{query.From:yyyy-MM-dd}/{query.To:yyyy-MM-dd}/{template.Code}"));
        await db.SaveChangesAsync(cancellationToken);
        return report;
    }
}
