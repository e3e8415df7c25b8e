using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Remiv.Application;
using Remiv.Application.Common.Security;
using Remiv.Infrastructure;

namespace Remiv.Bench;

/// <summary>
/// The application's services as the web host registers them (AddApplication + AddInfrastructure, so the
/// DbContext carries the change-history interceptor), on a given SQLite file, with <paramref name="user"/> in place
/// of the HTTP user (<see cref="BenchUser"/> for the case files, <see cref="Jobs.SystemUser"/> for the jobs). The case-file
/// benchmark builds handlers directly; the jobs' benchmark adds the mediator with the web host's pipeline
/// (<see cref="Jobs.JobServices"/>).
/// </summary>
internal static class BenchServices
{
    public static ServiceProvider Build(string databasePath, ICurrentUser user, DistinctWarnings warnings, Action<IServiceCollection>? extra = null)
    {
        var full = Path.GetFullPath(databasePath);
        var side = SideFolder(full);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite",
                ["Database:SqlitePath"] = full,
                ["DataProtection:KeysPath"] = Path.Combine(side, "keys"),
                ["Attachments:Path"] = Path.Combine(side, "attachments"),
                ["Attachments:KeyFile"] = Path.Combine(side, "attachments.key"),
            })
            .Build();

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.ClearProviders().SetMinimumLevel(LogLevel.Warning).AddProvider(warnings));
        services.AddApplication();
        services.AddInfrastructure(configuration);
        services.AddSingleton(user);
        extra?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = false });
    }

    /// <summary>The folder beside the database for what the app needs besides it (keys, attachments).</summary>
    public static string SideFolder(string databasePath) => Path.GetFullPath(databasePath) + ".files";
}
