using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Remiv.Domain.Workshops;

namespace Remiv.Infrastructure.Persistence.Configurations;

internal sealed class WorkshopKindConfiguration : IEntityTypeConfiguration<WorkshopKind>
{
    public void Configure(EntityTypeBuilder<WorkshopKind> builder)
    {
        builder.ToTable("WorkshopKinds");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Version).IsConcurrencyToken();
        builder.Property(k => k.Name).HasMaxLength(WorkshopKind.NameMaxLength);
        builder.HasIndex(k => k.Name).IsUnique();
    }
}

internal sealed class WorkshopSessionConfiguration : IEntityTypeConfiguration<WorkshopSession>
{
    public void Configure(EntityTypeBuilder<WorkshopSession> builder)
    {
        builder.ToTable("WorkshopSessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Property(s => s.Title).HasMaxLength(WorkshopSession.TitleMaxLength);
        builder.Property(s => s.Place).HasMaxLength(WorkshopSession.PlaceMaxLength);
        builder.Property(s => s.FacilitatorName).HasMaxLength(WorkshopSession.FacilitatorNameMaxLength);
        builder.HasOne<WorkshopKind>().WithMany().HasForeignKey(s => s.KindId).OnDelete(DeleteBehavior.Restrict);
        // The list by day, and the report's count of sessions per kind over a period.
        builder.HasIndex(s => new { s.Date, s.KindId });
        builder.HasIndex(s => new { s.KindId, s.Date });
        builder.OwnsMany(s => s.Attendance, attendance =>
        {
            attendance.ToTable("WorkshopAttendance");
            attendance.WithOwner().HasForeignKey("WorkshopSessionId");
            attendance.HasKey(a => a.Id);
            attendance.Property(a => a.Id).ValueGeneratedNever();
            attendance.HasIndex("WorkshopSessionId", nameof(WorkshopAttendance.YouthId)).IsUnique();
            attendance.HasIndex(a => a.YouthId);
        });
        builder.Navigation(s => s.Attendance).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
