using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Remiv.Domain.Auditing;

namespace Remiv.Infrastructure.Persistence.Configurations;

internal sealed class ChangeRecordConfiguration : IEntityTypeConfiguration<ChangeRecord>
{
    public void Configure(EntityTypeBuilder<ChangeRecord> builder)
    {
        builder.ToTable("ChangeRecords");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.EntityType).HasMaxLength(100);
        builder.Property(c => c.EntityId).HasMaxLength(100);
        builder.Property(c => c.Operation).HasMaxLength(20);
        builder.HasIndex(c => new { c.YouthId, c.At });
    }
}
