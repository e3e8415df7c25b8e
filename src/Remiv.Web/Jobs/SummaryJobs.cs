using Hangfire;
using Remiv.Application.Common.Files;
using Remiv.Application.Documents.Summaries;
using Remiv.Application.Documents.Summaries.Commands;
using Remiv.Domain.Common;
using Remiv.Domain.Documents;

namespace Remiv.Web.Jobs;

/// <summary>
/// The jobs of case summary batches, as Hangfire runs them and as the tests call them: building a batch (queued by
/// <see cref="RequestSummaryBatch"/> through <see cref="HangfireSummaryBatchQueue"/>) and the hourly clean-up of expired
/// zips (<see cref="JobsStartup"/>). Each sends one use case as the system through <see cref="JobRunner"/>; the build then
/// generates every summary as its requester. Logs carry counts and ids only.
/// </summary>
internal sealed partial class SummaryJobs(JobRunner runner, ILogger<SummaryJobs> logger)
{
    /// <summary>
    /// Builds the batch. [AutomaticRetry(3)]: a failure of the database or the disk (or a start before the request's
    /// transaction ended, when the batch is not found yet) is tried again within minutes, from the start; a batch that
    /// still cannot be built is marked failed by the hourly clean-up. Refusals (requester deactivated) fail the batch at once.
    /// </summary>
    [AutomaticRetry(Attempts = 3, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task<PreparedFileStatus> BuildAsync(Guid batchId, CancellationToken cancellationToken)
    {
        var status = await runner.SendAsync((mediator, token) => mediator.Send(new BuildSummaryBatch(batchId), token), cancellationToken);
        LogBuilt(logger, batchId, status);
        return status;
    }

    /// <summary>
    /// Deletes the prepared files (zips of summaries, report exports) whose 24 hours are over, and fails the batches and
    /// exports abandoned half-way. [DisableConcurrentExecution]: a
    /// manual trigger while the hourly run is busy waits for it; the clean-up is idempotent anyway.
    /// </summary>
    [AutomaticRetry(Attempts = 3, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [DisableConcurrentExecution(timeoutInSeconds: 5 * 60)]
    public async Task<PreparedFilesPurgeResult> PurgeAsync(CancellationToken cancellationToken)
    {
        var result = await runner.SendAsync((mediator, token) => mediator.Send(new PurgePreparedFiles(), token), cancellationToken);
        if (result.Expired + result.Abandoned > 0)
        {
            LogPurged(logger, result.Expired, result.Abandoned);
        }

        return result;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Summary batch {BatchId} built: {Status}")]
    private static partial void LogBuilt(ILogger logger, Guid batchId, PreparedFileStatus status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Prepared files: {Expired} expired files deleted, {Abandoned} abandoned builds failed")]
    private static partial void LogPurged(ILogger logger, int expired, int abandoned);
}

/// <summary>Queues the build of a batch as a Hangfire job (<see cref="SummaryJobs.BuildAsync"/>).</summary>
internal sealed class HangfireSummaryBatchQueue(IBackgroundJobClient jobs) : ISummaryBatchQueue
{
    public void Enqueue(Guid batchId) => jobs.Enqueue<SummaryJobs>(j => j.BuildAsync(batchId, CancellationToken.None));
}
