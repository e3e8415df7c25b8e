using Mediator;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Documents.Summaries;
using Remiv.Domain.Security;

namespace Remiv.Web.Jobs;

/// <summary>
/// Runs one use case as a background job: in a DI scope of its own (its own DbContext, so a failed attempt leaves
/// nothing behind for the next), marked as a job, through the mediator and its whole pipeline (logging,
/// authorisation, validation, unit of work), exactly as pages and API requests do: as the system
/// (<see cref="SendAsync{TResult}"/>), or as a given account (<see cref="SendAsAsync{TResult}"/>), for a job that works for
/// the person who asked for it.
/// </summary>
internal sealed class JobRunner(IServiceScopeFactory scopes) : IAccountScope
{
    public async Task<TResult> SendAsync<TResult>(Func<IMediator, CancellationToken, ValueTask<TResult>> send, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<JobContext>().Enter();
        return await send(scope.ServiceProvider.GetRequiredService<IMediator>(), cancellationToken);
    }

    /// <summary>
    /// Sends as the account <paramref name="accountId"/>, with the roles the accounts store gives it now (a role removed since
    /// the job was queued no longer counts), so that the job sees what that person would see on the pages, no more.
    /// </summary>
    /// <exception cref="ForbiddenAccessException">The account no longer exists or is deactivated.</exception>
    public async Task<TResult> SendAsAsync<TResult>(Guid accountId, Func<IMediator, CancellationToken, ValueTask<TResult>> send, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var account = await scope.ServiceProvider.GetRequiredService<IIdentityService>().FindUserAsync(accountId, cancellationToken);
        if (account is not { IsActive: true })
        {
            throw new ForbiddenAccessException();
        }

        scope.ServiceProvider.GetRequiredService<JobContext>().EnterAs(account.Id, [.. account.Roles.Where(Roles.IsKnown)]);
        return await send(scope.ServiceProvider.GetRequiredService<IMediator>(), cancellationToken);
    }

    public Task<TResult> QueryAsAsync<TResult>(Guid accountId, IQuery<TResult> query, CancellationToken cancellationToken) =>
        SendAsAsync(accountId, (mediator, token) => mediator.Send(query, token), cancellationToken);
}
