using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Psychology.Sessions;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Notifications;
using Remiv.Domain.Psychology;
using Remiv.Domain.Security;

namespace Remiv.Application.Notifications.Queries;

/// <summary>
/// One notification, as what it is about stands now. <see cref="Kind"/> says what it is: a deadline reminder (the
/// Deadline… fields, <see cref="Status"/>) or news of a psychological session (the Session… fields and the room). For both,
/// <see cref="DueDate"/> is the day of the deadline or session today and <see cref="DaysLeft"/> the days until it;
/// <see cref="Moved"/> says the date changed since (a deadline) or the session was moved since (a session).
/// Never a note, a reason or a title of a session: a session's notice says when and where, and with whom.
/// </summary>
public sealed record NotificationItem(
    Guid Id,
    NotificationKind Kind,
    Guid? DeadlineId,
    Guid? SessionId,
    Guid YouthId,
    string YouthFirstName,
    string YouthLastName,
    string? DeadlineTitle,
    DeadlineKind? DeadlineKind,
    DateOnly DueDate,
    TimeOnly? DueTime,
    DeadlineStatus? Status,
    DateTimeOffset? SessionStart,
    DateTimeOffset? SessionEnd,
    string? RoomName,
    SessionStatus? SessionStatus,
    bool Moved,
    int DaysLeft,
    DateTimeOffset CreatedAt,
    bool IsRead);

public sealed record NotificationList(IReadOnlyList<NotificationItem> Items, int Unread);

/// <summary>
/// The current user's notifications, newest first: read at the time of reading from the deadline or session as it stands
/// (closed, moved, cancelled), and only for the deadlines and sessions they may still see.
/// </summary>
[RequiresPermission(Permission.UseStaffArea)]
public sealed record ListNotifications(bool UnreadOnly = false, int Take = 100) : IQuery<NotificationList>;

public sealed class ListNotificationsHandler(YouthAccess access, IApplicationDbContext db, ICurrentUser user, IIdentityService identity, TimeProvider clock)
    : IQueryHandler<ListNotifications, NotificationList>
{
    public async ValueTask<NotificationList> Handle(ListNotifications query, CancellationToken cancellationToken)
    {
        var userId = access.UserId;
        var today = clock.Today();
        var mine = VisibleNotifications.For(access, new SessionRules(db, access, user, identity), db, userId);
        var unread = await mine.CountAsync(x => x.Notification.ReadAt == null, cancellationToken);
        var rows = await mine
            .Where(x => !query.UnreadOnly || x.Notification.ReadAt == null)
            .OrderByDescending(x => x.Notification.CreatedAt)
            .Take(Math.Clamp(query.Take, 1, 500))
            .Select(x => new
            {
                x.Notification.Id,
                x.Notification.Kind,
                x.Notification.DeadlineId,
                x.Notification.SessionId,
                x.Notification.YouthId,
                x.Youth.FirstName,
                x.Youth.LastName,
                Title = x.Deadline == null ? null : x.Deadline.Title,
                DeadlineKind = x.Deadline == null ? (DeadlineKind?)null : x.Deadline.Kind,
                DueDate = x.Deadline == null ? (DateOnly?)null : x.Deadline.DueDate,
                DueTime = x.Deadline == null ? null : x.Deadline.DueTime,
                Status = x.Deadline == null ? (DeadlineStatus?)null : x.Deadline.Status,
                Start = x.Session == null ? (DateTimeOffset?)null : x.Session.Start,
                End = x.Session == null ? (DateTimeOffset?)null : x.Session.End,
                SessionStatus = x.Session == null ? (SessionStatus?)null : x.Session.Status,
                Room = x.Session == null ? null : db.Rooms.Where(r => r.Id == x.Session.RoomId).Select(r => r.Name).FirstOrDefault(),
                MovedSince = x.Session != null
                             && x.Session.History.Any(h => h.Kind == SessionChangeKind.Rescheduled && h.At > x.Notification.CreatedAt),
                NotifiedDue = x.Notification.DueDate,
                x.Notification.CreatedAt,
                x.Notification.ReadAt,
            })
            .ToListAsync(cancellationToken);
        return new NotificationList(
            [
                .. rows.Select(r =>
                {
                    var due = r.Start is { } start ? HubCalendar.DayOf(start) : r.DueDate ?? r.NotifiedDue;
                    var moved = r.SessionId is null ? due != r.NotifiedDue : r.MovedSince;
                    return new NotificationItem(r.Id, r.Kind, r.DeadlineId, r.SessionId, r.YouthId, r.FirstName, r.LastName, r.Title, r.DeadlineKind,
                        due, r.DueTime, r.Status, r.Start, r.End, r.Room, r.SessionStatus, moved, due.DayNumber - today.DayNumber, r.CreatedAt,
                        r.ReadAt != null);
                }),
            ],
            unread);
    }
}
