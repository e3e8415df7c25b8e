using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Notifications;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;

namespace Remiv.Application.Reminders.Commands;

public sealed record ReminderScanResult(int Deadlines, int Reminders, int Emails);

/// <summary>
/// The reminder scan, run by the scheduler through the mediator. It reads only the open deadlines with a reminder due
/// (<see cref="Deadline.NextReminderOn"/> up to today, an indexed column), so its cost follows the number due, not the
/// number stored. After downtime, whatever became due meanwhile is handled in one go: one notification per person and
/// deadline, one email per person. Every reminder is recorded under a unique key in the same transaction as its
/// notification and its email, so a second run, a retry or a second server cannot send it twice: the loser's
/// transaction fails on the key and is retried, finding nothing left to send.
/// </summary>
[RequiresPermission(Permission.RunScheduledJobs)]
public sealed record ScanReminders : ICommand<ReminderScanResult>;

public sealed class ScanRemindersHandler(
    IApplicationDbContext db, IIdentityService identity, IEmailSender email, ReminderMessages messages, IAuditLog audit, TimeProvider clock)
    : ICommandHandler<ScanReminders, ReminderScanResult>
{
    public async ValueTask<ReminderScanResult> Handle(ScanReminders command, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var now = clock.GetUtcNow();
        var deadlines = await db.Deadlines
            .Where(d => d.Status == DeadlineStatus.Open && d.NextReminderOn != null && d.NextReminderOn <= today)
            .ToListAsync(cancellationToken);
        if (deadlines.Count == 0)
        {
            return new ReminderScanResult(0, 0, 0);
        }

        // A deadline changed on the day its reminder went out plans that day again: what is already recorded is skipped,
        // so one edit can never make the run fail on the unique key (which stays as the guard against true races).
        var deadlineIds = deadlines.Select(d => d.Id).ToList();
        var recorded = (await db.ReminderDeliveries.Where(r => EF.Parameter(deadlineIds).Contains(r.DeadlineId))
                .Select(r => new { r.DeadlineId, r.DueDate, r.DaysBefore, r.RecipientId }).ToListAsync(cancellationToken))
            .Select(r => (r.DeadlineId, r.DueDate, r.DaysBefore, r.RecipientId)).ToHashSet();
        var youthIds = deadlines.Select(d => d.YouthId).Distinct().ToList();
        var youths = await ReminderYouth.LoadAsync(db, youthIds, cancellationToken);
        var recipients = (await identity.ListActiveRecipientsAsync(cancellationToken)).ToDictionary(r => r.Id);
        var modes = await db.NotificationPreferences.ToDictionaryAsync(p => p.UserId, p => p.Mode, cancellationToken);
        var mailByRecipient = new Dictionary<Guid, List<ReminderLine>>();
        var reminders = 0;

        foreach (var deadline in deadlines)
        {
            var youth = youths[deadline.YouthId];
            var due = deadline.TakeDueReminders(today);
            var byRecipient = due
                .SelectMany(reminder => Audience(reminder, deadline, youth, recipients.Values).Select(person => (person, reminder)))
                .Where(x => !recorded.Contains((deadline.Id, deadline.DueDate, x.reminder.DaysBefore, x.person.Id)))
                .GroupBy(x => x.person.Id);
            foreach (var group in byRecipient)
            {
                var person = recipients[group.Key];
                foreach (var (_, reminder) in group)
                {
                    db.ReminderDeliveries.Add(new ReminderDelivery(deadline.Id, deadline.DueDate, reminder.DaysBefore, person.Id, now));
                    reminders++;
                }

                var mode = modes.GetValueOrDefault(person.Id, ReminderEmailMode.EachReminder);
                var latest = group.Min(x => x.reminder.DaysBefore);
                db.Notifications.Add(new Notification(person.Id, deadline.Id, youth.Id, deadline.DueDate, latest,
                    awaitsDigest: email.IsConfigured && mode == ReminderEmailMode.DailyDigest, now));
                if (email.IsConfigured && mode == ReminderEmailMode.EachReminder)
                {
                    var line = new ReminderLine(deadline.Id, youth.Initials, deadline.Kind, deadline.DueDate,
                        deadline.DueDate.DayNumber - today.DayNumber);
                    (mailByRecipient.TryGetValue(person.Id, out var lines) ? lines : mailByRecipient[person.Id] = []).Add(line);
                }
            }

        }

        // One line for the run: the deliveries record, reminder by reminder, what went to whom.
        audit.Record("reminders.scanned", "Deadline", null);

        foreach (var (recipientId, lines) in mailByRecipient)
        {
            var (subject, body) = messages.Compose(lines, digest: false);
            db.OutgoingEmails.Add(new OutgoingEmail(recipientId, recipients[recipientId].Email, subject, body, now));
        }

        return new ReminderScanResult(deadlines.Count, reminders, mailByRecipient.Count);
    }

    /// <summary>
    /// Who hears of a reminder: the responsible person (the current referent when none is named, or when the one named
    /// can no longer see the file) before and just after the date; the coordinators once it is two days late, or when
    /// no one answers for it. A psychological deadline, which coordinators may not see, goes to the psychologists of the
    /// follow-up group instead. Everyone must be allowed to see the young person and the track, by the pages' rule.
    /// </summary>
    private static IEnumerable<Recipient> Audience(ScheduledReminder reminder, Deadline deadline, ReminderYouth youth, IReadOnlyCollection<Recipient> all)
    {
        bool MaySee(Recipient r) => YouthAccess.MaySee(r.Roles, youth.IsFollowedBy(r.Id), deadline.Track);
        if (reminder.Audience == ReminderAudience.Responsible)
        {
            var responsible = new[] { deadline.ResponsibleUserId, youth.ReferentId }.OfType<Guid>()
                .Select(id => all.FirstOrDefault(r => r.Id == id)).FirstOrDefault(r => r is not null && MaySee(r));
            if (responsible is not null)
            {
                return [responsible];
            }
        }

        return deadline.Track == Track.Psychological
            ? all.Where(r => youth.IsFollowedBy(r.Id) && MaySee(r))
            : all.Where(r => RolePermissions.Grants(r.Roles, Permission.ViewDeadlineOverview) && MaySee(r));
    }
}
