using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Psychology.Sessions;
using Remiv.Domain.Notifications;
using Remiv.Domain.Psychology;
using Remiv.Domain.Youths;
using Remiv.Domain.Security;

namespace Remiv.Application.Reminders.Commands;

public sealed record SessionReminderScanResult(int Sessions, int Reminders, int Emails);

/// <summary>
/// The day-before reminder of psychological sessions, run by the scheduler through the mediator: every planned session of
/// tomorrow (a Europe/Paris day, 23 or 25 hours long on the days the clocks change) goes to its psychologist and to the
/// young person's companions (the referent, or the youth workers of the group when there is none), each only while they
/// may see the session by the pages' rule. One notification per person and session, one email per person listing their
/// sessions (or a line in their next digest). Every reminder is recorded under a unique key (session, start, person) in
/// the same transaction, so a second run, a retry or a second server cannot send it twice, while a session moved to
/// another time is reminded again for its new time.
/// </summary>
[RequiresPermission(Permission.RunScheduledJobs)]
public sealed record ScanSessionReminders : ICommand<SessionReminderScanResult>;

public sealed class ScanSessionRemindersHandler(
    IApplicationDbContext db, IIdentityService identity, IEmailSender email, ReminderMessages messages, IAuditLog audit, TimeProvider clock)
    : ICommandHandler<ScanSessionReminders, SessionReminderScanResult>
{
    public async ValueTask<SessionReminderScanResult> Handle(ScanSessionReminders command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var tomorrow = clock.Today().AddDays(1);
        var (from, to) = (StartOf(tomorrow), StartOf(tomorrow.AddDays(1)));
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.Status == SessionStatus.Planned && s.Start >= from && s.Start < to)
            .Where(s => db.Youths.Any(y => y.Id == s.YouthId && y.CurrentStatus != YouthStatus.Exited))
            .OrderBy(s => s.Start)
            .Select(s => new { s.Id, s.YouthId, s.PsychologistId, s.RoomId, s.Start })
            .ToListAsync(cancellationToken);
        if (sessions.Count == 0)
        {
            return new SessionReminderScanResult(0, 0, 0);
        }

        // What an earlier run already sent is skipped, so that a run after a move or a booking of the day finishes its
        // work; the unique key stays as the guard against true races.
        var sessionIds = sessions.Select(s => s.Id).ToList();
        var recorded = (await db.SessionReminders.Where(r => EF.Parameter(sessionIds).Contains(r.SessionId))
                .Select(r => new { r.SessionId, r.Start, r.RecipientId }).ToListAsync(cancellationToken))
            .Select(r => (r.SessionId, r.Start, r.RecipientId)).ToHashSet();
        var youths = await ReminderYouth.LoadAsync(db, [.. sessions.Select(s => s.YouthId).Distinct()], cancellationToken);
        var roomIds = sessions.Select(s => s.RoomId).Distinct().ToList();
        var rooms = await db.Rooms.Where(r => EF.Parameter(roomIds).Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, cancellationToken);
        var everyone = await identity.ListActiveRecipientsAsync(cancellationToken);
        var recipients = everyone.ToDictionary(r => r.Id);
        var modes = await db.NotificationPreferences.ToDictionaryAsync(p => p.UserId, p => p.Mode, cancellationToken);
        var mailByRecipient = new Dictionary<Guid, List<SessionLine>>();
        var reminders = 0;

        foreach (var session in sessions)
        {
            var youth = youths[session.YouthId];
            var audience = SessionNotices.Concerned(session.PsychologistId, youth, everyone)
                .Where(person => !recorded.Contains((session.Id, session.Start, person.Id)));
            foreach (var person in audience)
            {
                db.SessionReminders.Add(new SessionReminder(session.Id, session.Start, person.Id, now));
                var mode = modes.GetValueOrDefault(person.Id, ReminderEmailMode.EachReminder);
                db.Notifications.Add(Notification.ForSession(person.Id, NotificationKind.SessionTomorrow, session.Id, youth.Id, tomorrow, daysBefore: 1,
                    awaitsDigest: email.IsConfigured && mode == ReminderEmailMode.DailyDigest, now));
                reminders++;
                if (email.IsConfigured && mode == ReminderEmailMode.EachReminder)
                {
                    var line = new SessionLine(session.Id, NotificationKind.SessionTomorrow, youth.Initials, session.Start, rooms[session.RoomId], DaysBefore: 1);
                    (mailByRecipient.TryGetValue(person.Id, out var lines) ? lines : mailByRecipient[person.Id] = []).Add(line);
                }
            }
        }

        // One line for the run: the reminders record, one by one, what went to whom.
        audit.Record("reminders.sessions-scanned", "Session", null);

        foreach (var (recipientId, lines) in mailByRecipient)
        {
            var (subject, body) = messages.ComposeSessions(lines);
            db.OutgoingEmails.Add(new OutgoingEmail(recipientId, recipients[recipientId].Email, subject, body, now));
        }

        return new SessionReminderScanResult(sessions.Count, reminders, mailByRecipient.Count);
    }

    /// <summary>The instant a Paris day begins (midnight there), whatever the offset of that day.</summary>
    private static DateTimeOffset StartOf(DateOnly day) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), HubCalendar.Zone), TimeSpan.Zero);
}
