using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Remiv.Domain.Documents;

namespace Remiv.Infrastructure.Persistence.Configurations;

internal sealed class SummaryBatchConfiguration : IEntityTypeConfiguration<SummaryBatch>
{
    public void Configure(EntityTypeBuilder<SummaryBatch> builder)
    {
        builder.ToTable("SummaryBatches");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.Property(b => b.StorageKey).HasMaxLength(100);
        builder.Ignore(b => b.Total);
        // The requester's list, and the nightly clean-up of expired files.
        builder.HasIndex(b => new { b.RequestedBy, b.CreatedAt });
        builder.HasIndex(b => new { b.Status, b.ExpiresAt });
    }
}
