using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Remiv.Domain.Notifications;
using Remiv.Domain.Psychology;
using Remiv.Domain.Youths;

namespace Remiv.Infrastructure.Persistence.Configurations;

internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> builder)
    {
        builder.ToTable("PsychologySessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Property(s => s.InterpreterLanguage).HasMaxLength(3);
        builder.Property(s => s.InterpreterBooking).HasMaxLength(Session.InterpreterBookingMaxLength);
        builder.Property(s => s.CancellationReason).HasMaxLength(Session.CancellationReasonMaxLength);
        builder.HasOne<Youth>().WithMany().HasForeignKey(s => s.YouthId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Room>().WithMany().HasForeignKey(s => s.RoomId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<FollowUpRequest>().WithMany().HasForeignKey(s => s.RequestId).OnDelete(DeleteBehavior.Restrict);
        // The clash checks and the calendars: one person's or room's sessions over a period.
        builder.HasIndex(s => new { s.PsychologistId, s.Start });
        builder.HasIndex(s => new { s.RoomId, s.Start });
        builder.HasIndex(s => new { s.YouthId, s.Start });
        builder.HasIndex(s => s.Start);
        builder.OwnsMany(s => s.History, change =>
        {
            change.ToTable("PsychologySessionChanges");
            change.WithOwner().HasForeignKey("SessionId");
            change.HasKey(x => x.Id);
            change.Property(x => x.Id).ValueGeneratedNever();
        });
        builder.Navigation(s => s.History).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ScheduleLockConfiguration : IEntityTypeConfiguration<ScheduleLock>
{
    public void Configure(EntityTypeBuilder<ScheduleLock> builder)
    {
        builder.ToTable("ScheduleLocks");
        builder.HasKey(l => l.Key);
        builder.Property(l => l.Key).HasMaxLength(60);
    }
}

internal sealed class SessionNoteConfiguration : IEntityTypeConfiguration<SessionNote>
{
    public void Configure(EntityTypeBuilder<SessionNote> builder)
    {
        builder.ToTable("PsychologySessionNotes");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Version).IsConcurrencyToken();
        // Stored encrypted (SensitiveTextCipher): the ciphertext is longer than the text, so no length limit here.
        builder.Property(n => n.Text);
        builder.HasOne<Session>().WithMany().HasForeignKey(n => n.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Youth>().WithMany().HasForeignKey(n => n.YouthId).OnDelete(DeleteBehavior.Restrict);
        // One note per session, kept by its psychologist.
        builder.HasIndex(n => n.SessionId).IsUnique();
        builder.HasIndex(n => n.YouthId);
    }
}

internal sealed class SessionReminderConfiguration : IEntityTypeConfiguration<SessionReminder>
{
    public void Configure(EntityTypeBuilder<SessionReminder> builder)
    {
        builder.ToTable("SessionReminders");
        builder.HasKey(r => r.Id);
        builder.HasOne<Session>().WithMany().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Cascade);
        // The guarantee that the day-before reminder reaches a person once per start time.
        builder.HasIndex(r => new { r.SessionId, r.Start, r.RecipientId }).IsUnique();
    }
}

internal sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> builder)
    {
        builder.ToTable("CalendarFeeds");
        builder.HasKey(f => f.PsychologistId);
        builder.Property(f => f.PsychologistId).ValueGeneratedNever();
        builder.Property(f => f.TokenHash).HasMaxLength(64);
        builder.HasIndex(f => f.TokenHash).IsUnique();
    }
}
