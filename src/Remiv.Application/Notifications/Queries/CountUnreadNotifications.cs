using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Psychology.Sessions;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Security;

namespace Remiv.Application.Notifications.Queries;

/// <summary>The counter in the header: the current user's unread notifications (deadlines and sessions they may still see).</summary>
[RequiresPermission(Permission.UseStaffArea)]
public sealed record CountUnreadNotifications : IQuery<int>;

public sealed class CountUnreadNotificationsHandler(YouthAccess access, IApplicationDbContext db, ICurrentUser user, IIdentityService identity)
    : IQueryHandler<CountUnreadNotifications, int>
{
    public async ValueTask<int> Handle(CountUnreadNotifications query, CancellationToken cancellationToken) =>
        await VisibleNotifications.For(access, new SessionRules(db, access, user, identity), db, access.UserId)
            .CountAsync(x => x.Notification.ReadAt == null, cancellationToken);
}
