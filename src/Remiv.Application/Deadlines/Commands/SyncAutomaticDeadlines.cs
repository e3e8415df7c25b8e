using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Security;
using Remiv.Application.Common.Interfaces;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;

namespace Remiv.Application.Deadlines.Commands;

/// <summary>
/// The nightly sweep of automatic deadlines over every open file, run by the scheduler: files registered before the
/// deadlines existed get theirs, and a date that reached the window of a preset since (a birthday, an expiry) opens its
/// deadline even if nobody edited the file. Each file is kept in step as its commands do (<see cref="AutomaticDeadlines"/>).
/// </summary>
[RequiresPermission(Permission.RunScheduledJobs)]
public sealed record SyncAutomaticDeadlines : ICommand<int>;

public sealed class SyncAutomaticDeadlinesHandler(IApplicationDbContext db, AutomaticDeadlines automatic)
    : ICommandHandler<SyncAutomaticDeadlines, int>
{
    public async ValueTask<int> Handle(SyncAutomaticDeadlines command, CancellationToken cancellationToken)
    {
        var youths = await db.Youths.Where(y => y.CurrentStatus != YouthStatus.Exited).ToListAsync(cancellationToken);
        foreach (var youth in youths)
        {
            await automatic.SyncAsync(youth, cancellationToken);
        }

        return youths.Count;
    }
}
