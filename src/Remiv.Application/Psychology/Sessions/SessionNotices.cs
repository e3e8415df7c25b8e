using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Reminders;
using Remiv.Domain.Notifications;
using Remiv.Domain.Psychology;
using Remiv.Domain.Security;

namespace Remiv.Application.Psychology.Sessions;

/// <summary>
/// News of a session for the people who must act on it, written by the command that changed it, in its transaction (a
/// refused or rolled-back change tells no one):
/// <list type="bullet">
/// <item>booked, moved or cancelled: the psychologist (when someone else, a coordinator, made the change) and the young
/// person's companions (the referent, or the youth workers of the group when there is none), so that someone accompanies
/// the young person and books the interpreter.</item>
/// </list>
/// Never the person who made the change. Each gets an in-app notification and, as they chose, an email now (through the
/// outbox) or a line in the next daily digest. Everyone must be allowed to see the session by the pages' rule
/// (<see cref="MaySee"/>). The email names no one: initials, date, time, room and a link (see <see cref="ReminderMessages"/>).
/// </summary>
public sealed class SessionNotices(IApplicationDbContext db, IIdentityService identity, IEmailSender email, ReminderMessages messages, TimeProvider clock)
{
    /// <summary>Tells the people concerned that <paramref name="session"/> was booked, moved or cancelled by <paramref name="actorId"/>.</summary>
    public async Task NotifyAsync(Session session, NotificationKind kind, Guid actorId, CancellationToken cancellationToken)
    {
        if (kind is not (NotificationKind.SessionBooked or NotificationKind.SessionMoved or NotificationKind.SessionCancelled))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not the news of a change.");
        }

        var youth = (await ReminderYouth.LoadAsync(db, [session.YouthId], cancellationToken))[session.YouthId];
        var everyone = await identity.ListActiveRecipientsAsync(cancellationToken);
        var audience = Concerned(session.PsychologistId, youth, everyone).Where(r => r.Id != actorId).ToList();
        if (audience.Count == 0)
        {
            return;
        }

        var ids = audience.Select(r => r.Id).ToList();
        var modes = await db.NotificationPreferences.Where(p => EF.Parameter(ids).Contains(p.UserId)).ToDictionaryAsync(p => p.UserId, p => p.Mode, cancellationToken);
        var room = await db.Rooms.Where(r => r.Id == session.RoomId).Select(r => r.Name).FirstAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var day = HubCalendar.DayOf(session.Start);
        var daysBefore = day.DayNumber - clock.Today().DayNumber;
        var previous = kind == NotificationKind.SessionMoved
            ? session.History.LastOrDefault(h => h.Kind == SessionChangeKind.Rescheduled)?.PreviousStart
            : null;
        var line = new SessionLine(session.Id, kind, youth.Initials, session.Start, room, daysBefore, previous);
        foreach (var person in audience)
        {
            var mode = modes.GetValueOrDefault(person.Id, ReminderEmailMode.EachReminder);
            db.Notifications.Add(Notification.ForSession(person.Id, kind, session.Id, session.YouthId, day, daysBefore,
                awaitsDigest: email.IsConfigured && mode == ReminderEmailMode.DailyDigest, now));
            if (email.IsConfigured && mode == ReminderEmailMode.EachReminder)
            {
                var (subject, body) = messages.ComposeSessions([line]);
                db.OutgoingEmails.Add(new OutgoingEmail(person.Id, person.Email, subject, body, now));
            }
        }
    }

    /// <summary>
    /// Whether a person with these roles may see a session, by the rule of the pages (<see cref="SessionRules.VisibleSessions"/>):
    /// coordinators every session; psychologists their own and those of the young people they follow; youth workers those
    /// of the young people they follow.
    /// </summary>
    public static bool MaySee(IEnumerable<string> roles, Guid personId, Guid psychologistId, bool followsYouth)
    {
        var granted = RolePermissions.For(roles);
        return granted.Contains(Permission.ViewSessions)
               && (granted.Contains(Permission.ViewAllYouths) || personId == psychologistId || (followsYouth && granted.Contains(Permission.ViewYouths)));
    }

    /// <summary>
    /// Who accompanies the young person: the referent while they may see the session (active, still following); otherwise
    /// the youth workers of the follow-up group who may.
    /// </summary>
    internal static IEnumerable<Recipient> Companions(Guid psychologistId, ReminderYouth youth, IReadOnlyCollection<Recipient> everyone)
    {
        bool MaySeeIt(Recipient r) => MaySee(r.Roles, r.Id, psychologistId, youth.IsFollowedBy(r.Id));
        if (youth.ReferentId is { } referentId && everyone.FirstOrDefault(r => r.Id == referentId) is { } referent && MaySeeIt(referent))
        {
            return [referent];
        }

        return everyone.Where(r => youth.IsFollowedBy(r.Id) && r.Roles.Contains(Roles.YouthWorker) && MaySeeIt(r));
    }

    /// <summary>The session's psychologist (while an active account that may see it) and the young person's companions, each once.</summary>
    internal static IEnumerable<Recipient> Concerned(Guid psychologistId, ReminderYouth youth, IReadOnlyCollection<Recipient> everyone)
    {
        var psychologist = everyone.Where(r => r.Id == psychologistId && MaySee(r.Roles, r.Id, psychologistId, youth.IsFollowedBy(r.Id)));
        return psychologist.Concat(Companions(psychologistId, youth, everyone)).DistinctBy(r => r.Id);
    }
}
