using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Remiv.Application.Common.Interfaces;
using Remiv.Domain.Auditing;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Documents;
using Remiv.Domain.Notifications;
using Remiv.Domain.Partners;
using Remiv.Domain.Psychology;
using Remiv.Domain.Reports;
using Remiv.Domain.Workshops;
using Remiv.Domain.Youths;
using Remiv.Infrastructure.Identity;

namespace Remiv.Infrastructure.Persistence;

/// <summary>
/// The application's database. Each provider has a subclass carrying its own migrations
/// (<see cref="SqliteRemivDbContext"/>, <see cref="PostgreSqlRemivDbContext"/>); the model is defined once here.
/// </summary>
public abstract class RemivDbContext(DbContextOptions options)
    : IdentityDbContext<ApplicationUser, ApplicationRole, Guid>(options), IApplicationDbContext, IUnitOfWork
{
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<ChangeRecord> ChangeRecords => Set<ChangeRecord>();

    public DbSet<Youth> Youths => Set<Youth>();

    public DbSet<YouthNameToken> YouthNameTokens => Set<YouthNameToken>();

    public DbSet<FollowUpEntry> FollowUpEntries => Set<FollowUpEntry>();

    public DbSet<YouthDocument> YouthDocuments => Set<YouthDocument>();

    public DbSet<Attachment> Attachments => Set<Attachment>();

    public DbSet<Deadline> Deadlines => Set<Deadline>();

    public DbSet<DeadlinePreset> DeadlinePresets => Set<DeadlinePreset>();

    public DbSet<ReminderDelivery> ReminderDeliveries => Set<ReminderDelivery>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<NotificationPreference> NotificationPreferences => Set<NotificationPreference>();

    public DbSet<DigestRun> DigestRuns => Set<DigestRun>();

    public DbSet<OutgoingEmail> OutgoingEmails => Set<OutgoingEmail>();

    public DbSet<Room> Rooms => Set<Room>();

    public DbSet<PsychologistSchedule> PsychologistSchedules => Set<PsychologistSchedule>();

    public DbSet<FollowUpRequest> FollowUpRequests => Set<FollowUpRequest>();

    public DbSet<Session> Sessions => Set<Session>();

    public DbSet<ScheduleLock> ScheduleLocks => Set<ScheduleLock>();

    public DbSet<SessionNote> SessionNotes => Set<SessionNote>();

    public DbSet<SessionReminder> SessionReminders => Set<SessionReminder>();

    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();

    public DbSet<SummaryBatch> SummaryBatches => Set<SummaryBatch>();

    public DbSet<WorkshopKind> WorkshopKinds => Set<WorkshopKind>();

    public DbSet<WorkshopSession> WorkshopSessions => Set<WorkshopSession>();

    public DbSet<Partner> Partners => Set<Partner>();

    public DbSet<Referral> Referrals => Set<Referral>();

    public DbSet<ReportExport> ReportExports => Set<ReportExport>();

    public void DiscardUnsavedChanges() => ChangeTracker.Clear();

    public async Task<IUnitOfWorkTransaction> BeginAsync(CancellationToken cancellationToken)
    {
        // A command sent from inside another command joins the transaction already open.
        if (Database.CurrentTransaction is not null)
        {
            return JoinedTransaction.Instance;
        }

        return new OwnedTransaction(await Database.BeginTransactionAsync(cancellationToken));
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(RemivDbContext).Assembly);
    }

    private sealed class OwnedTransaction(IDbContextTransaction transaction) : IUnitOfWorkTransaction
    {
        public Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

        public ValueTask DisposeAsync() => transaction.DisposeAsync();
    }

    private sealed class JoinedTransaction : IUnitOfWorkTransaction
    {
        public static readonly JoinedTransaction Instance = new();

        public Task CommitAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
