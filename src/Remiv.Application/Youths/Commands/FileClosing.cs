using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Deadlines;
using Remiv.Domain.Psychology;
using Remiv.Domain.Youths;

namespace Remiv.Application.Youths.Commands;

/// <summary>
/// What archiving a file closes, in the same transaction: its open deadlines are cancelled (no reminder goes out for
/// someone who has left) and its waiting request for psychological follow-up leaves the waiting list.
/// </summary>
public sealed class FileClosing(IApplicationDbContext db, AutomaticDeadlines automatic, TimeProvider clock)
{
    public async Task CloseAsync(Youth youth, Guid closedBy, CancellationToken cancellationToken)
    {
        await automatic.SyncAsync(youth, cancellationToken);
        var waiting = await db.FollowUpRequests.Where(r => r.YouthId == youth.Id && r.Status == RequestStatus.Waiting).ToListAsync(cancellationToken);
        foreach (var request in waiting)
        {
            request.Withdraw(AutomaticDeadlines.ArchivedNote, closedBy, clock.GetUtcNow());
        }
    }
}
