using Mediator;

namespace Remiv.Web.Jobs;

/// <summary>
/// Runs one use case as a background job: in a DI scope of its own (its own DbContext, so a failed attempt leaves
/// nothing behind for the next), marked as a job, through the mediator and its whole pipeline (logging,
/// authorisation, validation, unit of work), exactly as pages and API requests do.
/// </summary>
internal sealed class JobRunner(IServiceScopeFactory scopes)
{
    public async Task<TResult> SendAsync<TResult>(Func<IMediator, CancellationToken, ValueTask<TResult>> send, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<JobContext>().Enter();
        return await send(scope.ServiceProvider.GetRequiredService<IMediator>(), cancellationToken);
    }
}
