using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Remiv.Application.Reports.Exports;

namespace Remiv.Infrastructure.Reports;

public static class ReportsServiceCollectionExtensions
{
    /// <summary>The activity report's files: charts (ScottPlot), workbooks (MiniExcel), and the renderer of every format. Singletons.</summary>
    public static IServiceCollection AddReportExports(this IServiceCollection services)
    {
        services.TryAddSingleton<IReportChartRenderer, ScottPlotChartRenderer>();
        services.TryAddSingleton<ISpreadsheetWriter, MiniExcelSpreadsheetWriter>();
        services.TryAddSingleton<ActivityReportFiles>();
        return services;
    }
}
