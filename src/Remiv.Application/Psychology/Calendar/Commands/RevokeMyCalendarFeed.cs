using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Security;

namespace Remiv.Application.Psychology.Calendar.Commands;

/// <summary>
/// Stops the psychologist's calendar address: the calendar apps subscribed to it get "not found" from now on. Returns
/// whether there was one (revoking twice is harmless).
/// </summary>
[RequiresPermission(Permission.UseCalendarFeed)]
public sealed record RevokeMyCalendarFeed : ICommand<bool>;

public sealed class RevokeMyCalendarFeedHandler(IApplicationDbContext db, ICurrentUser user, IAuditLog audit) : ICommandHandler<RevokeMyCalendarFeed, bool>
{
    public async ValueTask<bool> Handle(RevokeMyCalendarFeed command, CancellationToken cancellationToken)
    {
        var me = user.UserId ?? throw new NotSignedInException();
        var revoked = await db.CalendarFeeds.Where(f => f.PsychologistId == me).ExecuteDeleteAsync(cancellationToken) > 0;
        if (revoked)
        {
            audit.Record("psychology.calendar-feed-revoked", "CalendarFeed", me.ToString());
        }

        return revoked;
    }
}
