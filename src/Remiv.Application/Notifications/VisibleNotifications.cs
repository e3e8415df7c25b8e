using Remiv.Application.Common.Interfaces;
using Remiv.Application.Psychology.Sessions;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Notifications;
using Remiv.Domain.Psychology;
using Remiv.Domain.Youths;

namespace Remiv.Application.Notifications;

/// <summary>
/// A user's notifications joined to what they are about, as far as the user may still see it, by the pages' rules: a
/// deadline reminder while the deadline is readable (<see cref="YouthAccess.ReadableDeadlines"/>), news of a session while
/// the session is visible (<see cref="SessionRules.VisibleSessions"/>). The rest is not shown, counted nor marked.
/// </summary>
internal static class VisibleNotifications
{
    public static IQueryable<VisibleNotification> For(YouthAccess access, SessionRules sessions, IApplicationDbContext db, Guid userId) =>
        from n in db.Notifications
        where n.UserId == userId
        join d in access.ReadableDeadlines() on n.DeadlineId equals (Guid?)d.Id into deadlines
        from d in deadlines.DefaultIfEmpty()
        join s in sessions.VisibleSessions() on n.SessionId equals (Guid?)s.Id into visibleSessions
        from s in visibleSessions.DefaultIfEmpty()
        where (n.DeadlineId != null && d != null) || (n.SessionId != null && s != null)
        join y in db.Youths on n.YouthId equals y.Id
        select new VisibleNotification { Notification = n, Deadline = d, Session = s, Youth = y };
}

internal sealed class VisibleNotification
{
    public required Notification Notification { get; init; }

    /// <summary>The deadline reminded, for a deadline reminder.</summary>
    public required Deadline? Deadline { get; init; }

    /// <summary>The session concerned, for news of a session.</summary>
    public required Session? Session { get; init; }

    public required Youth Youth { get; init; }
}
