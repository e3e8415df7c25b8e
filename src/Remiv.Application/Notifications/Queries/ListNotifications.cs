using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common;
using Remiv.Application.Common.Security;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Security;

namespace Remiv.Application.Notifications.Queries;

public sealed record NotificationItem(
    Guid Id,
    Guid DeadlineId,
    Guid YouthId,
    string YouthFirstName,
    string YouthLastName,
    string DeadlineTitle,
    DeadlineKind Kind,
    DateOnly DueDate,
    TimeOnly? DueTime,
    DeadlineStatus Status,
    bool Moved,
    int DaysLeft,
    DateTimeOffset CreatedAt,
    bool IsRead);

public sealed record NotificationList(IReadOnlyList<NotificationItem> Items, int Unread);

/// <summary>
/// The current user's notifications, newest first: read at the time of reading from the deadline as it stands (closed,
/// moved), and only for the deadlines they may still see.
/// </summary>
[RequiresPermission(Permission.UseStaffArea)]
public sealed record ListNotifications(bool UnreadOnly = false, int Take = 100) : IQuery<NotificationList>;

public sealed class ListNotificationsHandler(YouthAccess access, Common.Interfaces.IApplicationDbContext db, TimeProvider clock)
    : IQueryHandler<ListNotifications, NotificationList>
{
    public async ValueTask<NotificationList> Handle(ListNotifications query, CancellationToken cancellationToken)
    {
        var userId = access.UserId;
        var today = clock.Today();
        var mine = VisibleNotifications.For(access, db, userId);
        var unread = await mine.CountAsync(x => x.Notification.ReadAt == null, cancellationToken);
        var rows = await mine
            .Where(x => !query.UnreadOnly || x.Notification.ReadAt == null)
            .OrderByDescending(x => x.Notification.CreatedAt)
            .Take(Math.Clamp(query.Take, 1, 500))
            .Select(x => new
            {
                x.Notification.Id,
                DeadlineId = x.Deadline.Id,
                x.Notification.YouthId,
                x.Youth.FirstName,
                x.Youth.LastName,
                x.Deadline.Title,
                x.Deadline.Kind,
                x.Deadline.DueDate,
                x.Deadline.DueTime,
                x.Deadline.Status,
                NotifiedDue = x.Notification.DueDate,
                x.Notification.CreatedAt,
                x.Notification.ReadAt,
            })
            .ToListAsync(cancellationToken);
        return new NotificationList(
            [.. rows.Select(r => new NotificationItem(r.Id, r.DeadlineId, r.YouthId, r.FirstName, r.LastName, r.Title, r.Kind, r.DueDate, r.DueTime,
                r.Status, r.DueDate != r.NotifiedDue, r.DueDate.DayNumber - today.DayNumber, r.CreatedAt, r.ReadAt != null))],
            unread);
    }
}
