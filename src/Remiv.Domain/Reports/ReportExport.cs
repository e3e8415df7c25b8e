using Remiv.Domain.Common;

namespace Remiv.Domain.Reports;

public enum ReportFormat
{
    Pdf = 1,
    Xlsx = 2,
    Csv = 3,
}

/// <summary>
/// An activity report export built in the background for the coordinator who asked for it: the period, the funder's
/// template (or the full report) and the format. Its file holds aggregates only.
/// </summary>
public sealed class ReportExport : PreparedFile
{
    public const int TemplateMaxLength = 40;

    /// <summary>The steps of the build: the figures, then the document.</summary>
    public const int Steps = 2;

    /// <summary>The longest period a report covers.</summary>
    public const int MaxYears = 20;

    private ReportExport()
    {
    }

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    /// <summary>The funder's template code, or null for the full report.</summary>
    public string? Template { get; private set; }

    public ReportFormat Format { get; private set; }

    public override int Total => Steps;

    public static ReportExport Queue(Guid requestedBy, DateOnly from, DateOnly to, string? template, ReportFormat format, DateTimeOffset now)
    {
        CheckPeriod(from, to);
        if (!Enum.IsDefined(format))
        {
            throw new DomainRuleException(nameof(Format), "Choisissez le format : PDF, Excel ou CSV.");
        }

        return new ReportExport
        {
            Id = Guid.NewGuid(),
            RequestedBy = requestedBy,
            From = from,
            To = to,
            Template = DomainText.Optional(template, nameof(Template), TemplateMaxLength),
            Format = format,
            Status = PreparedFileStatus.Queued,
            CreatedAt = now,
        };
    }

    /// <summary>A report covers a period that ends on or after its start and spans at most 20 years.</summary>
    public static void CheckPeriod(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new DomainRuleException(nameof(To), "La fin de la période doit venir après son début.");
        }

        if (SpansTooLong(from, to))
        {
            throw new DomainRuleException(nameof(To), "Un rapport couvre au plus 20 ans : raccourcissez la période.");
        }
    }

    /// <summary>Whether the period reaches 20 years after its start (computed without date arithmetic, safe up to 31/12/9999).</summary>
    public static bool SpansTooLong(DateOnly from, DateOnly to) =>
        to.Year - from.Year > MaxYears || (to.Year - from.Year == MaxYears && (to.Month, to.Day).CompareTo((from.Month, from.Day)) >= 0);
}
