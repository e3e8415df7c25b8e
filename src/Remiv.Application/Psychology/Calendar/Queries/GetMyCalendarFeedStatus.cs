using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Security;

namespace Remiv.Application.Psychology.Calendar.Queries;

/// <param name="Active">Whether an address works now. The address itself cannot be shown again: only its hash is kept.</param>
/// <param name="LastReadAt">When a calendar app last read it (to the hour).</param>
public sealed record CalendarFeedStatus(bool Active, DateTimeOffset? IssuedAt, DateTimeOffset? LastReadAt = null);

/// <summary>Whether the psychologist has a calendar address in force, and since when.</summary>
[RequiresPermission(Permission.UseCalendarFeed)]
public sealed record GetMyCalendarFeedStatus : IQuery<CalendarFeedStatus>;

public sealed class GetMyCalendarFeedStatusHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetMyCalendarFeedStatus, CalendarFeedStatus>
{
    public async ValueTask<CalendarFeedStatus> Handle(GetMyCalendarFeedStatus query, CancellationToken cancellationToken)
    {
        var me = user.UserId ?? throw new NotSignedInException();
        var feed = await db.CalendarFeeds.AsNoTracking().FirstOrDefaultAsync(f => f.PsychologistId == me, cancellationToken);
        return new CalendarFeedStatus(feed is not null, feed?.IssuedAt, feed?.LastReadAt);
    }
}
