using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Security;

namespace Remiv.Application.Notifications.Commands;

/// <summary>Marks one of the current user's notifications as read, or all of them (<see cref="NotificationId"/> null).</summary>
[RequiresPermission(Permission.UseStaffArea)]
public sealed record MarkNotificationsRead(Guid? NotificationId) : ICommand<int>;

public sealed class MarkNotificationsReadHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<MarkNotificationsRead, int>
{
    public async ValueTask<int> Handle(MarkNotificationsRead command, CancellationToken cancellationToken)
    {
        var userId = user.UserId ?? throw new NotSignedInException();
        var unread = await db.Notifications
            .Where(n => n.UserId == userId && n.ReadAt == null && (command.NotificationId == null || n.Id == command.NotificationId))
            .ToListAsync(cancellationToken);
        if (command.NotificationId is not null && unread.Count == 0
            && !await db.Notifications.AnyAsync(n => n.UserId == userId && n.Id == command.NotificationId, cancellationToken))
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
