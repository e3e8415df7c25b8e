using Mediator;

namespace Remiv.Application.Documents.Summaries;

/// <summary>
/// Sends a query as a given account, for a background job that works for the person who asked for it (a batch of
/// summaries): in a scope of its own, with the account's roles as the accounts store holds them now, through the whole
/// pipeline, so that the job sees exactly what that person would see on the pages, no more. Only jobs (sent by the
/// system) use it; a request sent by a person never does.
/// </summary>
public interface IAccountScope
{
    /// <exception cref="Common.Exceptions.ForbiddenAccessException">The account no longer exists or is deactivated.</exception>
    Task<TResult> QueryAsAsync<TResult>(Guid accountId, IQuery<TResult> query, CancellationToken cancellationToken);
}

/// <summary>Hands a queued batch to the background jobs (Hangfire in the web host), which build it with <see cref="Commands.BuildSummaryBatch"/>.</summary>
public interface ISummaryBatchQueue
{
    void Enqueue(Guid batchId);
}
