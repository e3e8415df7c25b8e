using System.Diagnostics.CodeAnalysis;
using FluentValidation;
using Remiv.Application.Reports.Queries;
using Remiv.Domain.Reports;

namespace Remiv.Application.Reports.Exports;

/// <summary>What an export covers: a period, a funder's template (null: the full report) and a format.</summary>
public interface IReportExportScope
{
    DateOnly From { get; }

    [SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "The period's end, named as in the requests and the API (from, to).")]
    DateOnly To { get; }

    string? Template { get; }

    ReportFormat Format { get; }
}

/// <summary>
/// The rules of an export's scope: exactly those of the report itself (<see cref="GetActivityReportValidator"/>: dates,
/// end after start, 20 years at most, a known template), checked before anything is computed or queued, and a format.
/// </summary>
public sealed class ReportExportScopeRules<T> : AbstractValidator<T>
    where T : IReportExportScope
{
    public const string FormatRefused = "Choisissez le format : PDF, Excel ou CSV.";

    private static readonly GetActivityReportValidator Report = new();

    public ReportExportScopeRules()
    {
        RuleFor(r => r.Format).IsInEnum().WithMessage(FormatRefused);
        RuleFor(r => r.To).Custom((_, context) =>
        {
            var scope = context.InstanceToValidate;
            foreach (var failure in Report.Validate(new GetActivityReport(scope.From, scope.To, scope.Template)).Errors)
            {
                context.AddFailure(failure.PropertyName, failure.ErrorMessage);
            }
        });
    }
}
