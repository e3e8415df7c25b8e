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

namespace Remiv.Application.Reminders.Commands;

/// <summary>
/// The 07:30 digest: for each person who chose one email a day, one email listing the notifications not yet emailed
/// (still visible to them): reminders of deadlines, and news of psychological sessions (tomorrow's, booked, moved,
/// cancelled), each session once, as its latest notice says, and only while it still matters (a session since cancelled
/// or already begun is left out, unless the notice is its cancellation). A digest run is recorded per person and day under
/// a unique key, so that the job run twice, or on two servers, writes one digest.
/// </summary>
[RequiresPermission(Permission.RunScheduledJobs)]
public sealed record SendDailyDigests : ICommand<int>;

public sealed class SendDailyDigestsHandler(IApplicationDbContext db, IIdentityService identity, ReminderMessages messages, TimeProvider clock)
    : ICommandHandler<SendDailyDigests, int>
{
    public async ValueTask<int> Handle(SendDailyDigests command, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var now = clock.GetUtcNow();
        var waiting = await db.Notifications.Where(n => n.AwaitsDigest).ToListAsync(cancellationToken);
        if (waiting.Count == 0)
        {
            return 0;
        }

        var userIds = waiting.Select(n => n.UserId).Distinct().ToList();
        var done = await db.DigestRuns.Where(r => r.Day == today && userIds.Contains(r.UserId)).Select(r => r.UserId).ToListAsync(cancellationToken);
        var recipients = (await identity.ListActiveRecipientsAsync(cancellationToken)).ToDictionary(r => r.Id);
        var deadlineIds = waiting.Select(n => n.DeadlineId).OfType<Guid>().Distinct().ToList();
        var deadlines = await db.Deadlines.Where(d => EF.Parameter(deadlineIds).Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken);
        var sessionIds = waiting.Select(n => n.SessionId).OfType<Guid>().Distinct().ToList();
        var sessions = await db.Sessions.AsNoTracking().Where(s => EF.Parameter(sessionIds).Contains(s.Id))
            .Join(db.Rooms, s => s.RoomId, r => r.Id, (s, r) => new DigestSession(s.Id, s.YouthId, s.PsychologistId, s.Start, s.Status, r.Name))
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        var youthIds = waiting.Select(n => n.YouthId).Distinct().ToList();
        var youths = await ReminderYouth.LoadAsync(db, youthIds, cancellationToken);
        var sent = 0;

        foreach (var notifications in waiting.Where(n => !done.Contains(n.UserId)).GroupBy(n => n.UserId))
        {
            foreach (var notification in notifications)
            {
                notification.CarriedByDigest();
            }

            db.DigestRuns.Add(new DigestRun(notifications.Key, today, now));
            if (!recipients.TryGetValue(notifications.Key, out var person))
            {
                continue;
            }

            // A deadline closed or moved since the notification is not mentioned; nor one the person may no longer see.
            var lines = notifications
                .Where(n => n.DeadlineId is { } id && deadlines[id] is { Status: DeadlineStatus.Open } deadline && deadline.DueDate == n.DueDate
                            && YouthAccess.MaySee(person.Roles, youths[n.YouthId].IsFollowedBy(person.Id), deadline.Track))
                .GroupBy(n => n.DeadlineId!.Value)
                .Select(g => deadlines[g.Key])
                .Select(d => new ReminderLine(d.Id, youths[d.YouthId].Initials, d.Kind, d.DueDate, d.DueDate.DayNumber - today.DayNumber))
                .ToList();
            var sessionLines = notifications
                .Where(n => n.SessionId is { } id && sessions.ContainsKey(id))
                .GroupBy(n => n.SessionId!.Value)
                .Select(g => (Kind: LatestNews(g), Session: sessions[g.Key]))
                .Where(x => SessionNotices.MaySee(person.Roles, person.Id, x.Session.PsychologistId, youths[x.Session.YouthId].IsFollowedBy(person.Id))
                            && (x.Kind == NotificationKind.SessionCancelled || (x.Session.Status == SessionStatus.Planned && x.Session.Start > now)))
                .Select(x => new SessionLine(x.Session.Id, x.Kind, youths[x.Session.YouthId].Initials, x.Session.Start, x.Session.Room,
                    HubCalendar.DayOf(x.Session.Start).DayNumber - today.DayNumber))
                .ToList();
            if (lines.Count == 0 && sessionLines.Count == 0)
            {
                continue;
            }

            var (subject, body) = messages.Compose(lines, sessionLines, digest: true);
            db.OutgoingEmails.Add(new OutgoingEmail(person.Id, person.Email, subject, body, now));
            sent++;
        }

        return sent;
    }

    /// <summary>What a session's notices add up to: its cancellation (final) when there is one, or the latest news.</summary>
    private static NotificationKind LatestNews(IEnumerable<Notification> notices) =>
        notices.Any(n => n.Kind == NotificationKind.SessionCancelled)
            ? NotificationKind.SessionCancelled
            : notices.OrderBy(n => n.CreatedAt).Last().Kind;

    private sealed record DigestSession(Guid Id, Guid YouthId, Guid PsychologistId, DateTimeOffset Start, SessionStatus Status, string Room);
}
