using Hangfire;
using Remiv.Application.Documents.Summaries;
using Remiv.Application.Reports.Exports;

namespace Remiv.Web.Jobs;

public static class JobsServiceCollectionExtensions
{
    /// <summary>
    /// Hangfire with the app's storage choice (<see cref="JobStorageFactory"/>), the reminder and summary jobs, their schedule, and
    /// the server when Jobs:RunServer is true. The storage is registered as the container's own singleton, so that
    /// every client, the dashboard and the server of this app use it (not whatever another host set as the global).
    /// </summary>
    public static IServiceCollection AddRemivJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        services.AddSingleton(_ => JobStorageFactory.Create(configuration));
        services.AddHangfire((provider, hangfire) => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseStorage(provider.GetRequiredService<JobStorage>()));

        services.AddScoped<JobContext>();
        services.AddSingleton<JobRunner>();
        services.AddTransient<ReminderJobs>();
        services.AddTransient<SummaryJobs>();
        services.AddScoped<ISummaryBatchQueue, HangfireSummaryBatchQueue>();
        services.AddTransient<ReportJobs>();
        services.AddScoped<IReportExportQueue, HangfireReportExportQueue>();
        services.AddSingleton<IAccountScope>(provider => provider.GetRequiredService<JobRunner>());
        services.AddHostedService<JobsStartup>();
        if (options.RunServer)
        {
            services.AddHangfireServer(server => server.WorkerCount = Math.Max(1, options.WorkerCount));
        }

        return services;
    }
}
