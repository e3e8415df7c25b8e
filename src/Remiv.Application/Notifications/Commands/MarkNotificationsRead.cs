using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Psychology.Sessions;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Security;

namespace Remiv.Application.Notifications.Commands;

/// <summary>Marks one of the current user's notifications as read, or all of them (<see cref="NotificationId"/> null).</summary>
[RequiresPermission(Permission.UseStaffArea)]
public sealed record MarkNotificationsRead(Guid? NotificationId) : ICommand<int>;

public sealed class MarkNotificationsReadHandler(IApplicationDbContext db, YouthAccess access, ICurrentUser user, IIdentityService identity, TimeProvider clock)
    : ICommandHandler<MarkNotificationsRead, int>
{
    public async ValueTask<int> Handle(MarkNotificationsRead command, CancellationToken cancellationToken)
    {
        // Only the notifications the user is shown (the deadline or session still visible to them), like the list and the counter.
        var mine = VisibleNotifications.For(access, new SessionRules(db, access, user, identity), db, access.UserId)
            .Where(x => command.NotificationId == null || x.Notification.Id == command.NotificationId);
        var unread = await mine.Where(x => x.Notification.ReadAt == null).Select(x => x.Notification).ToListAsync(cancellationToken);
        if (command.NotificationId is not null && unread.Count == 0 && !await mine.AnyAsync(cancellationToken))
        {
            throw new NotFoundException();
        }

        foreach (var notification in unread)
        {
            notification.MarkRead(clock.GetUtcNow());
        }

        return unread.Count;
    }
}
