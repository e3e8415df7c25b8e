using Hangfire;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Deadlines.Commands;
using Remiv.Application.Reminders.Commands;

namespace Remiv.Web.Jobs;

/// <summary>
/// The reminder jobs, as Hangfire runs them (recurring, see <see cref="JobsStartup"/>) and as the tests
/// call them. Each sends one use case as the system through <see cref="JobRunner"/>; the use cases keep the truth in
/// the app database (unique keys on what was sent, an outbox for emails), so a job run twice, retried, or run on two
/// servers at once never sends anything twice, and a lost job queue loses nothing. Logs carry counts only.
/// </summary>
internal sealed partial class ReminderJobs(JobRunner runner, IBackgroundJobClient jobs, ILogger<ReminderJobs> logger)
{
    /// <summary>How many times the scan (or the digest) is tried in a fresh scope when another run recorded the same key first.</summary>
    public const int ConflictAttempts = 3;

    /// <summary>
    /// Sends the reminders due today (and whatever became due while the app was down), then asks for the emails to leave
    /// at once rather than at the next minute.
    /// <para>
    /// A <see cref="ConcurrencyConflictException"/> means another run (a second server, a manual trigger) recorded one
    /// of the same reminders first, under its unique key: this transaction was rolled back whole, and the scan is tried
    /// again in a fresh scope, where it finds nothing left to send for those deadlines.
    /// </para>
    /// <para>
    /// [DisableConcurrentExecution]: one scan at a time across servers, so that a second one waits (up to 5 minutes)
    /// rather than working only to lose on the unique keys; correctness does not depend on it.
    /// [AutomaticRetry(3)]: a failed scan (database unreachable) is retried within minutes; it is idempotent, and the
    /// next hourly run would catch up anyway, so a few tries are enough before it shows as failed in the dashboard.
    /// </para>
    /// </summary>
    [AutomaticRetry(Attempts = 3, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [DisableConcurrentExecution(timeoutInSeconds: 5 * 60)]
    public async Task<ReminderScanResult> ScanAsync(CancellationToken cancellationToken)
    {
        // The day-before reminders of sessions ride on this hourly run, as a job of their own (its own retries, its own
        // line in the dashboard), queued first so that a failing deadline scan does not hold them up.
        jobs.Enqueue<ReminderJobs>(j => j.ScanSessionsAsync(CancellationToken.None));
        var result = await SendUntilNoConflictAsync(nameof(ScanReminders), (mediator, token) => mediator.Send(new ScanReminders(), token), cancellationToken);
        LogScanned(logger, result.Deadlines, result.Reminders, result.Emails);
        if (result.Emails > 0)
        {
            jobs.Enqueue<ReminderJobs>(j => j.DispatchAsync(CancellationToken.None));
        }

        return result;
    }

    /// <summary>
    /// Reminds the psychologist and the young person's companions of each planned session of tomorrow (Paris), once per
    /// person and start time (a unique key), then asks for the emails to leave at once. Queued by every hourly
    /// <see cref="ScanAsync"/> (07:00 to 19:00): the first run of the day sends the reminders for tomorrow, the later ones catch
    /// the sessions booked or moved to tomorrow during the day; a run that loses a race on the key is tried again in a
    /// fresh scope, like the deadline scan.
    /// <para>
    /// [AutomaticRetry(3)] and [DisableConcurrentExecution]: as the deadline scan, and for the same reasons.
    /// </para>
    /// </summary>
    [AutomaticRetry(Attempts = 3, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [DisableConcurrentExecution(timeoutInSeconds: 5 * 60)]
    public async Task<SessionReminderScanResult> ScanSessionsAsync(CancellationToken cancellationToken)
    {
        var result = await SendUntilNoConflictAsync(nameof(ScanSessionReminders), (mediator, token) => mediator.Send(new ScanSessionReminders(), token), cancellationToken);
        LogSessionsScanned(logger, result.Sessions, result.Reminders, result.Emails);
        if (result.Emails > 0)
        {
            jobs.Enqueue<ReminderJobs>(j => j.DispatchAsync(CancellationToken.None));
        }

        return result;
    }

    /// <summary>
    /// Writes the 07:30 digest of those who chose one email a day (at most one per person and day, by a unique key; a
    /// run that loses that race to another is tried again in a fresh scope, like the scan).
    /// <para>
    /// [AutomaticRetry(6)]: the digest runs once a day, so a failure is worth retrying for a while (Hangfire's growing
    /// delays add up to about three quarters of an hour); a retry on the same day writes nothing twice.
    /// [DisableConcurrentExecution]: a manual trigger while the recurring run is busy waits for it.
    /// </para>
    /// </summary>
    [AutomaticRetry(Attempts = 6, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [DisableConcurrentExecution(timeoutInSeconds: 5 * 60)]
    public async Task<int> DigestAsync(CancellationToken cancellationToken)
    {
        var written = await SendUntilNoConflictAsync(nameof(SendDailyDigests), (mediator, token) => mediator.Send(new SendDailyDigests(), token), cancellationToken);
        LogDigests(logger, written);
        if (written > 0)
        {
            jobs.Enqueue<ReminderJobs>(j => j.DispatchAsync(CancellationToken.None));
        }

        return written;
    }

    /// <summary>
    /// Sends what waits in the outbox. Each email is claimed, sent and marked on its own; a failed email is retried by
    /// the outbox itself, with growing delays, without holding up the others.
    /// <para>
    /// [AutomaticRetry(0, Delete)]: the job runs every minute, so the next run is its retry; failed runs are not kept
    /// (they would pile up by the minute during an outage); emails that fail for good are listed for administrators.
    /// [DisableConcurrentExecution(10 s)]: when a slow run is still sending, the next one gives up quickly instead of
    /// holding a worker (the claims would keep them apart anyway).
    /// </para>
    /// </summary>
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    [DisableConcurrentExecution(timeoutInSeconds: 10)]
    public async Task<DispatchResult> DispatchAsync(CancellationToken cancellationToken)
    {
        var result = await runner.SendAsync((mediator, token) => mediator.Send(new DispatchEmails(), token), cancellationToken);
        if (result.Sent + result.Failed > 0)
        {
            LogDispatched(logger, result.Sent, result.Failed);
        }

        return result;
    }

    /// <summary>
    /// Sends the command; on a <see cref="ConcurrencyConflictException"/> (another run wrote the same unique key first, and
    /// this transaction was rolled back whole), sends it again in a fresh scope, up to <see cref="ConflictAttempts"/> times.
    /// </summary>
    /// <summary>The nightly sweep of automatic deadlines; a day missed is caught up by the next (the sweep is idempotent).</summary>
    [AutomaticRetry(Attempts = 3, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [DisableConcurrentExecution(timeoutInSeconds: 10 * 60)]
    public async Task<int> SyncAutomaticDeadlinesAsync(CancellationToken cancellationToken)
    {
        var files = await SendUntilNoConflictAsync(nameof(SyncAutomaticDeadlines), (mediator, token) => mediator.Send(new SyncAutomaticDeadlines(), token), cancellationToken);
        LogSynced(logger, files);
        return files;
    }

    private async Task<TResult> SendUntilNoConflictAsync<TResult>(
        string request, Func<Mediator.IMediator, CancellationToken, ValueTask<TResult>> send, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await runner.SendAsync(send, cancellationToken);
            }
            catch (ConcurrencyConflictException) when (attempt < ConflictAttempts)
            {
                LogConflict(logger, request, attempt);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder scan: {Deadlines} deadlines, {Reminders} reminders, {Emails} emails written")]
    private static partial void LogScanned(ILogger logger, int deadlines, int reminders, int emails);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session reminder scan: {Sessions} sessions tomorrow, {Reminders} reminders, {Emails} emails written")]
    private static partial void LogSessionsScanned(ILogger logger, int sessions, int reminders, int emails);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Request} attempt {Attempt} lost a race with another run; trying again")]
    private static partial void LogConflict(ILogger logger, string request, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Automatic deadlines kept in step for {Files} open files")]
    private static partial void LogSynced(ILogger logger, int files);

    [LoggerMessage(Level = LogLevel.Information, Message = "Daily digests: {Written} emails written")]
    private static partial void LogDigests(ILogger logger, int written);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox: {Sent} emails sent, {Failed} failed attempts")]
    private static partial void LogDispatched(ILogger logger, int sent, int failed);
}
