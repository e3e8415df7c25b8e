using Hangfire;
using Remiv.Application.Common;

namespace Remiv.Web.Jobs;

/// <summary>
/// At start-up, once the app database is migrated and before the Hangfire server starts: prepares the job storage's
/// PostgreSQL schema, then declares the recurring jobs on Paris time (the hub's days), whether or not this node runs the
/// server: the schedule lives in the job storage, and whichever server is running executes it.
/// </summary>
internal sealed partial class JobsStartup(
    IRecurringJobManager recurring, IConfiguration configuration, IHostEnvironment environment, ILogger<JobsStartup> logger)
    : IHostedService
{
    public const string ScanJobId = "reminders-scan";
    public const string DigestJobId = "reminders-digest";
    public const string DispatchJobId = "emails-dispatch";
    public const string AutomaticDeadlinesJobId = "deadlines-automatic";
    public const string SummaryPurgeJobId = "summaries-purge";

    /// <summary>
    /// Every hour from 07:00 to 19:00: reminders of the day go out in the morning, and catch up during the day. Each run also
    /// queues the day-before reminders of psychological sessions (<see cref="ReminderJobs.ScanSessionsAsync"/>).
    /// </summary>
    public const string ScanCron = "0 7-19 * * *";

    /// <summary>At 07:30, after the first scan, the daily digests.</summary>
    public const string DigestCron = "30 7 * * *";

    /// <summary>Every minute, the outbox.</summary>
    public const string DispatchCron = "* * * * *";

    /// <summary>At 06:00, before the first scan, the automatic deadlines of every open file.</summary>
    public const string AutomaticDeadlinesCron = "0 6 * * *";

    /// <summary>Every hour at a quarter past, the prepared files (zips of summaries, report exports) whose 24 hours are over are deleted.</summary>
    public const string SummaryPurgeCron = "15 * * * *";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await JobStorageFactory.PrepareSchemaAsync(configuration, cancellationToken);
        var options = new RecurringJobOptions { TimeZone = HubCalendar.Zone };
        recurring.AddOrUpdate<ReminderJobs>(ScanJobId, j => j.ScanAsync(CancellationToken.None), ScanCron, options);
        recurring.AddOrUpdate<ReminderJobs>(DigestJobId, j => j.DigestAsync(CancellationToken.None), DigestCron, options);
        recurring.AddOrUpdate<ReminderJobs>(DispatchJobId, j => j.DispatchAsync(CancellationToken.None), DispatchCron, options);
        recurring.AddOrUpdate<ReminderJobs>(AutomaticDeadlinesJobId, j => j.SyncAutomaticDeadlinesAsync(CancellationToken.None), AutomaticDeadlinesCron, options);
        recurring.AddOrUpdate<SummaryJobs>(SummaryPurgeJobId, j => j.PurgeAsync(CancellationToken.None), SummaryPurgeCron, options);

        if (!environment.IsDevelopment() && AppLinks.PointsToThisMachine(configuration))
        {
            LogLocalLinks(logger);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "App:PublicBaseUrl points to this machine: links in reminder and invitation emails will not open for their recipients. Set it to the hub's public address.")]
    private static partial void LogLocalLinks(ILogger logger);
}
