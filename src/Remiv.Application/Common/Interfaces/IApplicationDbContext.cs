using Microsoft.EntityFrameworkCore;
using Remiv.Domain.Auditing;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Documents;
using Remiv.Domain.Notifications;
using Remiv.Domain.Partners;
using Remiv.Domain.Psychology;
using Remiv.Domain.Reports;
using Remiv.Domain.Workshops;
using Remiv.Domain.Youths;

namespace Remiv.Application.Common.Interfaces;

/// <summary>The application's view of its database: the sets its use cases query and change.</summary>
public interface IApplicationDbContext
{
    DbSet<AuditEntry> AuditEntries { get; }

    DbSet<ChangeRecord> ChangeRecords { get; }

    DbSet<Youth> Youths { get; }

    DbSet<YouthNameToken> YouthNameTokens { get; }

    DbSet<FollowUpEntry> FollowUpEntries { get; }

    DbSet<YouthDocument> YouthDocuments { get; }

    DbSet<Attachment> Attachments { get; }

    DbSet<Deadline> Deadlines { get; }

    DbSet<DeadlinePreset> DeadlinePresets { get; }

    DbSet<ReminderDelivery> ReminderDeliveries { get; }

    DbSet<Notification> Notifications { get; }

    DbSet<NotificationPreference> NotificationPreferences { get; }

    DbSet<DigestRun> DigestRuns { get; }

    DbSet<OutgoingEmail> OutgoingEmails { get; }

    DbSet<Room> Rooms { get; }

    DbSet<PsychologistSchedule> PsychologistSchedules { get; }

    DbSet<FollowUpRequest> FollowUpRequests { get; }

    DbSet<Session> Sessions { get; }

    DbSet<ScheduleLock> ScheduleLocks { get; }

    DbSet<SessionNote> SessionNotes { get; }

    DbSet<SessionReminder> SessionReminders { get; }

    DbSet<CalendarFeed> CalendarFeeds { get; }

    DbSet<SummaryBatch> SummaryBatches { get; }

    DbSet<WorkshopKind> WorkshopKinds { get; }

    DbSet<WorkshopSession> WorkshopSessions { get; }

    DbSet<Partner> Partners { get; }

    DbSet<Referral> Referrals { get; }

    DbSet<ReportExport> ReportExports { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>Forgets every change not saved yet (after a save lost a race, so that nothing of it is saved later).</summary>
    void DiscardUnsavedChanges();
}
