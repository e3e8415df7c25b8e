using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Notifications;
using Remiv.Domain.Psychology;
using Remiv.Domain.Youths;

namespace Remiv.Infrastructure.Persistence.Configurations;

internal sealed class DeadlineConfiguration : IEntityTypeConfiguration<Deadline>
{
    public void Configure(EntityTypeBuilder<Deadline> builder)
    {
        builder.ToTable("Deadlines");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.Property(d => d.Title).HasMaxLength(Deadline.TitleMaxLength);
        builder.Property(d => d.CompletionNote).HasMaxLength(Deadline.NoteMaxLength);
        builder.HasOne<Youth>().WithMany().HasForeignKey(d => d.YouthId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DeadlinePreset>().WithMany().HasForeignKey(d => d.PresetId).OnDelete(DeleteBehavior.Restrict);
        // The reminder scan reads "open, next reminder on or before today" from this index alone: its cost follows the
        // number of deadlines due, not the number stored.
        builder.HasIndex(d => new { d.Status, d.NextReminderOn });
        builder.HasIndex(d => new { d.YouthId, d.Status, d.DueDate });
        builder.HasIndex(d => new { d.ResponsibleUserId, d.Status, d.DueDate });
        builder.HasIndex(d => new { d.Status, d.DueDate });
    }
}

internal sealed class DeadlinePresetConfiguration : IEntityTypeConfiguration<DeadlinePreset>
{
    public void Configure(EntityTypeBuilder<DeadlinePreset> builder)
    {
        builder.ToTable("DeadlinePresets");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.Name).HasMaxLength(DeadlinePreset.NameMaxLength);
        builder.Property(p => p.LegalBasis).HasMaxLength(DeadlinePreset.LegalBasisMaxLength);
        builder.Ignore(p => p.Offset);
        // One preset per automatic source (several nulls are allowed by both databases).
        builder.HasIndex(p => p.Automatic).IsUnique();
    }
}

internal sealed class ReminderDeliveryConfiguration : IEntityTypeConfiguration<ReminderDelivery>
{
    public void Configure(EntityTypeBuilder<ReminderDelivery> builder)
    {
        builder.ToTable("ReminderDeliveries");
        builder.HasKey(r => r.Id);
        builder.HasOne<Deadline>().WithMany().HasForeignKey(r => r.DeadlineId).OnDelete(DeleteBehavior.Cascade);
        // The guarantee that a reminder reaches a person once: a second insert fails, whoever attempts it.
        builder.HasIndex(r => new { r.DeadlineId, r.DueDate, r.DaysBefore, r.RecipientId }).IsUnique();
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("Notifications");
        builder.HasKey(n => n.Id);
        builder.Ignore(n => n.IsRead);
        builder.HasOne<Deadline>().WithMany().HasForeignKey(n => n.DeadlineId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Session>().WithMany().HasForeignKey(n => n.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.UserId, n.ReadAt, n.CreatedAt });
        builder.HasIndex(n => n.AwaitsDigest);
    }
}

internal sealed class NotificationPreferenceConfiguration : IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<NotificationPreference> builder)
    {
        builder.ToTable("NotificationPreferences");
        builder.HasKey(p => p.UserId);
        builder.Property(p => p.UserId).ValueGeneratedNever();
    }
}

internal sealed class DigestRunConfiguration : IEntityTypeConfiguration<DigestRun>
{
    public void Configure(EntityTypeBuilder<DigestRun> builder)
    {
        builder.ToTable("DigestRuns");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.UserId, r.Day }).IsUnique();
    }
}

internal sealed class OutgoingEmailConfiguration : IEntityTypeConfiguration<OutgoingEmail>
{
    public void Configure(EntityTypeBuilder<OutgoingEmail> builder)
    {
        builder.ToTable("OutgoingEmails");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Recipient).HasMaxLength(256);
        builder.Property(e => e.Subject).HasMaxLength(OutgoingEmail.SubjectMaxLength);
        builder.Property(e => e.LastError).HasMaxLength(OutgoingEmail.ErrorMaxLength);
        builder.HasIndex(e => new { e.Status, e.NextAttemptAt });
    }
}
