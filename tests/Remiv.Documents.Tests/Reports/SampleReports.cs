using Microsoft.Extensions.DependencyInjection;
using Remiv.Application.Reports;
using Remiv.Application.Reports.Exports;
using Remiv.Infrastructure.Documents;
using Remiv.Infrastructure.Reports;

namespace Remiv.Documents.Tests.Reports;

/// <summary>Hand-built reports (the exports only render what the report holds) and the renderers as the application gets them.</summary>
internal static class SampleReports
{
    private static readonly Lazy<ServiceProvider> Services = new(() => new ServiceCollection().AddDocumentEngine().AddReportExports().BuildServiceProvider());

    public static ActivityReportFiles Files => Services.Value.GetRequiredService<ActivityReportFiles>();

    public static IReportChartRenderer Charts => Services.Value.GetRequiredService<IReportChartRenderer>();

    public static ReportTable Nationalities { get; } = new(
        "nationalities",
        "Nationalités",
        "Nationalité",
        ["Nombre"],
        [
            new ReportRow("Guinée", [new ReportValue(1234)]),
            new ReportRow("Côte d'Ivoire", [new ReportValue(12)]),
            new ReportRow("Érythrée", [ReportValue.Hidden]),
            new ReportRow("Mali; Burkina \"Faso\"", [new ReportValue(7)]),
        ],
        ReportChart.Bars,
        "Nationalité déclarée à l'arrivée.");

    public static ReportTable Sessions { get; } = new(
        "psychology",
        "Suivi psychologique : séances tenues, absences et délai d'attente moyen en jours",
        "Mois",
        ["Séances", "Absences", "Délai (jours)"],
        [
            new ReportRow("Janvier", [new ReportValue(40), ReportValue.Hidden, new ReportValue(12.5m)]),
            new ReportRow("Février", [new ReportValue(38), new ReportValue(6), new ReportValue(9)]),
        ],
        ReportChart.None);

    /// <summary>Same 31 first characters as <see cref="Sessions"/>: the sheet names must still differ.</summary>
    public static ReportTable SessionsAgain { get; } = Sessions with { Key = "psychology-2", Title = Sessions.Title + " (bis)" };

    public static ActivityReport Report(int extraRows = 0)
    {
        var tables = new List<ReportTable> { Nationalities, Sessions, SessionsAgain };
        if (extraRows > 0)
        {
            tables.Add(new ReportTable(
                "languages", "Langues parlées", "Langue", ["Nombre"],
                [.. Enumerable.Range(1, extraRows).Select(i => new ReportRow($"Langue n° {i}", [i % 3 == 0 ? ReportValue.Hidden : new ReportValue(i * 5)]))],
                ReportChart.Bars));
        }

        return new ActivityReport(
            new DateOnly(2026, 1, 1),
            new DateOnly(2026, 12, 31),
            new ReportTemplate("full", "Rapport complet", "Rapport d'activité du REMIV", [.. tables.Select(t => t.Key)]),
            new DateTimeOffset(2026, 11, 27, 7, 15, 0, TimeSpan.Zero),
            tables);
    }
}
