using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Remiv.Web.Tests.Support;

namespace Remiv.Web.Tests.Reminders;

/// <summary>Jobs:SqlitePath moves the job queue's file where an operator wants it (another disk, a backup-free folder).</summary>
public sealed class JobStorageSettingTests
{
    [Test]
    public void Jobs_sqlite_path_puts_the_job_queue_in_that_file()
    {
        var folder = Directory.CreateTempSubdirectory("remiv-jobs-").FullName;
        var queue = Path.Combine(folder, "queue", "jobs.db");
        try
        {
            using (var app = new RemivWebFactory("Sqlite", settings: new Dictionary<string, string?> { ["Jobs:SqlitePath"] = queue }))
            {
                using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
                connection.GetRecurringJobs().Count.ShouldBe(5);
            }

            File.Exists(queue).ShouldBeTrue();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
