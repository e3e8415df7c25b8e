using Remiv.Application.Common.Interfaces;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Notifications;
using Remiv.Domain.Youths;

namespace Remiv.Application.Notifications;

/// <summary>A user's notifications joined to the deadlines and young people they may still see (the same access rule).</summary>
internal static class VisibleNotifications
{
    public static IQueryable<VisibleNotification> For(YouthAccess access, IApplicationDbContext db, Guid userId) =>
        from n in db.Notifications
        where n.UserId == userId
        join d in access.ReadableDeadlines() on n.DeadlineId equals d.Id
        join y in db.Youths on d.YouthId equals y.Id
        select new VisibleNotification { Notification = n, Deadline = d, Youth = y };
}

internal sealed class VisibleNotification
{
    public required Notification Notification { get; init; }

    public required Deadline Deadline { get; init; }

    public required Youth Youth { get; init; }
}
