using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Remiv.Domain.Psychology;
using Remiv.Domain.Youths;

namespace Remiv.Infrastructure.Persistence.Configurations;

internal sealed class RoomConfiguration : IEntityTypeConfiguration<Room>
{
    public void Configure(EntityTypeBuilder<Room> builder)
    {
        builder.ToTable("Rooms");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Property(r => r.Name).HasMaxLength(Room.NameMaxLength);
        builder.Property(r => r.Note).HasMaxLength(Room.NoteMaxLength);
        builder.HasIndex(r => r.Name).IsUnique();
    }
}

internal sealed class PsychologistScheduleConfiguration : IEntityTypeConfiguration<PsychologistSchedule>
{
    public void Configure(EntityTypeBuilder<PsychologistSchedule> builder)
    {
        builder.ToTable("PsychologistSchedules");
        builder.HasKey(s => s.UserId);
        builder.Property(s => s.UserId).ValueGeneratedNever();
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Property(s => s.Approaches).HasMaxLength(PsychologistSchedule.ApproachesMaxLength);
        // As for the file's parts: identifiers chosen by the domain are not a sign that a row exists.
        builder.OwnsMany(s => s.Slots, slot =>
        {
            slot.ToTable("AvailabilitySlots");
            slot.WithOwner().HasForeignKey("PsychologistId");
            slot.HasKey(x => x.Id);
            slot.Property(x => x.Id).ValueGeneratedNever();
        });
        builder.OwnsMany(s => s.Absences, absence =>
        {
            absence.ToTable("PsychologistAbsences");
            absence.WithOwner().HasForeignKey("PsychologistId");
            absence.HasKey(x => x.Id);
            absence.Property(x => x.Id).ValueGeneratedNever();
            absence.Property(x => x.Reason).HasMaxLength(PsychologistSchedule.AbsenceReasonMaxLength);
        });
    }
}

internal sealed class FollowUpRequestConfiguration : IEntityTypeConfiguration<FollowUpRequest>
{
    public void Configure(EntityTypeBuilder<FollowUpRequest> builder)
    {
        builder.ToTable("FollowUpRequests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Version).IsConcurrencyToken();
        // No length: the reason is stored encrypted (longer than the text); the domain bounds the text itself.
        builder.Property(r => r.Reason);
        builder.Property(r => r.ClosingNote).HasMaxLength(FollowUpRequest.NoteMaxLength);
        builder.HasOne<Youth>().WithMany().HasForeignKey(r => r.YouthId).OnDelete(DeleteBehavior.Restrict);
        // The waiting list: open requests, most urgent first, then the oldest.
        builder.HasIndex(r => new { r.Status, r.Urgency, r.RequestedAt });
        builder.HasIndex(r => new { r.YouthId, r.Status });
        // One waiting request per young person, whoever saves at the same moment (the second gets a 409).
        builder.HasIndex(r => r.YouthId).IsUnique().HasFilter("\"Status\" = 1").HasDatabaseName("IX_FollowUpRequests_OneWaitingPerYouth");
    }
}
