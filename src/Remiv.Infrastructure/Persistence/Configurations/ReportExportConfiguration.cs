using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Remiv.Domain.Reports;

namespace Remiv.Infrastructure.Persistence.Configurations;

internal sealed class ReportExportConfiguration : IEntityTypeConfiguration<ReportExport>
{
    public void Configure(EntityTypeBuilder<ReportExport> builder)
    {
        builder.ToTable("ReportExports");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Property(e => e.StorageKey).HasMaxLength(100);
        builder.Property(e => e.Template).HasMaxLength(ReportExport.TemplateMaxLength);
        builder.Ignore(e => e.Total);
        builder.HasIndex(e => new { e.RequestedBy, e.CreatedAt });
        builder.HasIndex(e => new { e.Status, e.ExpiresAt });
    }
}
