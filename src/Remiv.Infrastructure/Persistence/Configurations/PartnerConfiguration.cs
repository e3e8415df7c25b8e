using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Remiv.Domain.Partners;
using Remiv.Domain.Youths;

namespace Remiv.Infrastructure.Persistence.Configurations;

internal sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> builder)
    {
        builder.ToTable("Partners");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.Name).HasMaxLength(Partner.NameMaxLength);
        builder.Property(p => p.Description).HasMaxLength(Partner.DescriptionMaxLength);
        builder.Property(p => p.Address).HasMaxLength(Partner.ShortTextMaxLength);
        builder.Property(p => p.Phone).HasMaxLength(30);
        builder.Property(p => p.Email).HasMaxLength(Partner.ShortTextMaxLength);
        builder.Property(p => p.Website).HasMaxLength(Partner.ShortTextMaxLength);
        builder.HasIndex(p => p.Name).IsUnique();
        builder.HasIndex(p => new { p.Type, p.Name });
        builder.OwnsMany(p => p.Contacts, contact =>
        {
            contact.ToTable("PartnerContacts");
            contact.WithOwner().HasForeignKey("PartnerId");
            contact.HasKey(c => c.Id);
            contact.Property(c => c.Id).ValueGeneratedNever();
            contact.Property(c => c.Name).HasMaxLength(Partner.NameMaxLength);
            contact.Property(c => c.Role).HasMaxLength(Partner.ShortTextMaxLength);
            contact.Property(c => c.Phone).HasMaxLength(30);
            contact.Property(c => c.Email).HasMaxLength(Partner.ShortTextMaxLength);
        });
        builder.Navigation(p => p.Contacts).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        builder.ToTable("Referrals");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Property(r => r.Need).HasMaxLength(Referral.NeedMaxLength);
        builder.Property(r => r.Outcome).HasMaxLength(Referral.OutcomeMaxLength);
        builder.Ignore(r => r.IsFinal);
        builder.HasOne<Youth>().WithMany().HasForeignKey(r => r.YouthId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Partner>().WithMany().HasForeignKey(r => r.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.YouthId, r.ProposedOn });
        builder.HasIndex(r => new { r.PartnerId, r.Status });
        // The report counts the referrals proposed in a period by partner type and status.
        builder.HasIndex(r => new { r.ProposedOn, r.PartnerId, r.Status });
        builder.OwnsMany(r => r.History, step =>
        {
            step.ToTable("ReferralSteps");
            step.WithOwner().HasForeignKey("ReferralId");
            step.HasKey(s => s.Id);
            step.Property(s => s.Id).ValueGeneratedNever();
            step.Property(s => s.Note).HasMaxLength(Referral.OutcomeMaxLength);
        });
        builder.Navigation(r => r.History).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
