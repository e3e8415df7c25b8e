using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Remiv.Domain.Auditing;

namespace Remiv.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Action).HasMaxLength(AuditEntry.ActionMaxLength);
        builder.Property(e => e.TargetType).HasMaxLength(AuditEntry.TargetTypeMaxLength);
        builder.Property(e => e.TargetId).HasMaxLength(AuditEntry.TargetIdMaxLength);
        builder.HasIndex(e => new { e.TargetType, e.TargetId });
        builder.HasIndex(e => e.OccurredAt);
        builder.HasIndex(e => e.ActorId);
    }
}
