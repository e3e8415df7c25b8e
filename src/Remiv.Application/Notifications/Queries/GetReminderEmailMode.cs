using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Notifications;
using Remiv.Domain.Security;

namespace Remiv.Application.Notifications.Queries;

/// <summary>How the current user hears of reminders by email (an email per reminder unless they chose otherwise).</summary>
[RequiresPermission(Permission.UseStaffArea)]
public sealed record GetReminderEmailMode : IQuery<ReminderEmailMode>;

public sealed class GetReminderEmailModeHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetReminderEmailMode, ReminderEmailMode>
{
    public async ValueTask<ReminderEmailMode> Handle(GetReminderEmailMode query, CancellationToken cancellationToken)
    {
        var userId = user.UserId ?? throw new NotSignedInException();
        return await db.NotificationPreferences.Where(p => p.UserId == userId).Select(p => (ReminderEmailMode?)p.Mode)
            .FirstOrDefaultAsync(cancellationToken) ?? ReminderEmailMode.EachReminder;
    }
}
