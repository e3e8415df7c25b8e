using Hangfire;
using Remiv.Application.Reports.Exports;
using Remiv.Application.Reports.Exports.Commands;
using Remiv.Domain.Common;

namespace Remiv.Web.Jobs;

/// <summary>
/// The job of activity report exports, as Hangfire runs it and as the tests call it: building an export (queued by
/// <see cref="RequestReportExport"/> through <see cref="HangfireReportExportQueue"/>). It sends the use case as the system
/// through <see cref="JobRunner"/>; the figures are then read as the requester. The hourly clean-up of every prepared file
/// (exports included) is <see cref="SummaryJobs.PurgeAsync"/>. Logs carry ids and statuses only.
/// </summary>
internal sealed partial class ReportJobs(JobRunner runner, ILogger<ReportJobs> logger)
{
    /// <summary>
    /// Builds the export. [AutomaticRetry(3)]: a failure of the database or the disk (or a start before the request's
    /// transaction ended, when the export is not found yet) is tried again within minutes; an export that still cannot be
    /// built is marked failed by the hourly clean-up. Refusals (requester deactivated) fail the export at once.
    /// </summary>
    [AutomaticRetry(Attempts = 3, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task<PreparedFileStatus> BuildAsync(Guid exportId, CancellationToken cancellationToken)
    {
        var status = await runner.SendAsync((mediator, token) => mediator.Send(new BuildReportExport(exportId), token), cancellationToken);
        LogBuilt(logger, exportId, status);
        return status;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Report export {ExportId} built: {Status}")]
    private static partial void LogBuilt(ILogger logger, Guid exportId, PreparedFileStatus status);
}

/// <summary>Queues the build of an export as a Hangfire job (<see cref="ReportJobs.BuildAsync"/>).</summary>
internal sealed class HangfireReportExportQueue(IBackgroundJobClient jobs) : IReportExportQueue
{
    public void Enqueue(Guid exportId) => jobs.Enqueue<ReportJobs>(j => j.BuildAsync(exportId, CancellationToken.None));
}
