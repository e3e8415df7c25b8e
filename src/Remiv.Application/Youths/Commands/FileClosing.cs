using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Deadlines;
using Remiv.Application.Psychology.Sessions;
using Remiv.Application.Reminders;
using Remiv.Domain.Notifications;
using Remiv.Domain.Psychology;
using Remiv.Domain.Youths;

namespace Remiv.Application.Youths.Commands;

/// <summary>
/// What archiving a file closes, in the same transaction: its open deadlines are cancelled (no reminder goes out for
/// someone who has left), its waiting request for psychological follow-up leaves the waiting list, and its planned
/// sessions still to come are cancelled ("Dossier archivé."), the psychologist and the referent being told.
/// </summary>
public sealed class FileClosing(
    IApplicationDbContext db, AutomaticDeadlines automatic, IIdentityService identity, IEmailSender email, ReminderMessages messages, TimeProvider clock)
{
    public async Task CloseAsync(Youth youth, Guid closedBy, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await automatic.SyncAsync(youth, cancellationToken);
        var waiting = await db.FollowUpRequests.Where(r => r.YouthId == youth.Id && r.Status == RequestStatus.Waiting).ToListAsync(cancellationToken);
        foreach (var request in waiting)
        {
            request.Withdraw(AutomaticDeadlines.ArchivedNote, closedBy, now);
        }

        var notices = new SessionNotices(db, identity, email, messages, clock);
        var planned = await db.Sessions.Where(s => s.YouthId == youth.Id && s.Status == SessionStatus.Planned && s.Start > now).ToListAsync(cancellationToken);
        foreach (var session in planned)
        {
            session.Cancel(AutomaticDeadlines.ArchivedNote, closedBy, now);
            await notices.NotifyAsync(session, NotificationKind.SessionCancelled, closedBy, cancellationToken);
        }
    }
}
