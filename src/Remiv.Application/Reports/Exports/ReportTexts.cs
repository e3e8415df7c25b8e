using System.Globalization;
using Remiv.Application.Common;
using Remiv.Domain.Reports;

namespace Remiv.Application.Reports.Exports;

/// <summary>The French sentences and formats every export of the activity report shares (PDF, Excel, CSV, file names).</summary>
public static class ReportTexts
{
    public const string SmallCountRule =
        "Tout effectif inférieur à 5 est remplacé par « < 5 », pour que personne ne puisse être reconnu.";

    public const string Footer = "Document agrégé — aucune donnée nominative";

    public const string Subject = "Rapport d'activité du REMIV (Poitiers) : chiffres agrégés, sans donnée nominative";

    public static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"du 01/01/2026 au 31/12/2026".</summary>
    public static string Period(ActivityReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return $"du {Day(report.From)} au {Day(report.To)}";
    }

    /// <summary>"27/11/2026 à 08:15", Paris time.</summary>
    public static string GeneratedAt(DateTimeOffset at)
    {
        var paris = TimeZoneInfo.ConvertTime(at, HubCalendar.Zone);
        return $"{paris.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} à {paris.ToString("HH:mm", CultureInfo.InvariantCulture)}";
    }

    /// <summary>"rapport-activite-2026-01-01-2026-12-31-full.csv": the period and the template, nothing else.</summary>
    public static string FileName(DateOnly from, DateOnly to, string template, ReportFormat format) =>
        string.Create(CultureInfo.InvariantCulture, $"rapport-activite-{from:yyyy-MM-dd}-{to:yyyy-MM-dd}-{Safe(template)}.{Extension(format)}");

    public static string Extension(ReportFormat format) => format switch
    {
        ReportFormat.Pdf => "pdf",
        ReportFormat.Xlsx => "xlsx",
        ReportFormat.Csv => "csv",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    public static string ContentType(ReportFormat format) => format switch
    {
        ReportFormat.Pdf => "application/pdf",
        ReportFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ReportFormat.Csv => "text/csv; charset=utf-8",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>The French name of a format, for the pages.</summary>
    public static string FormatName(ReportFormat format) => format switch
    {
        ReportFormat.Pdf => "PDF",
        ReportFormat.Xlsx => "Excel",
        _ => "CSV",
    };

    /// <summary>Reads "pdf", "xlsx" or "csv" (any case); null for anything else.</summary>
    public static ReportFormat? ParseFormat(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "pdf" => ReportFormat.Pdf,
        "xlsx" => ReportFormat.Xlsx,
        "csv" => ReportFormat.Csv,
        _ => null,
    };

    /// <summary>A template code as it may appear in a file name: lower-case letters, digits and dashes.</summary>
    private static string Safe(string template)
    {
        var safe = new string([.. template.ToLowerInvariant().Select(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c : '-')]).Trim('-');
        return safe.Length == 0 ? "rapport" : safe;
    }
}
