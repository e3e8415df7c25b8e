using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Remiv.Domain.Youths;

namespace Remiv.Infrastructure.Persistence.Configurations;

internal sealed class YouthConfiguration : IEntityTypeConfiguration<Youth>
{
    public void Configure(EntityTypeBuilder<Youth> builder)
    {
        builder.ToTable("Youths");
        builder.HasKey(y => y.Id);
        builder.Property(y => y.Version).IsConcurrencyToken();
        builder.Property(y => y.FirstName).HasMaxLength(Youth.NameMaxLength);
        builder.Property(y => y.LastName).HasMaxLength(Youth.NameMaxLength);
        builder.Property(y => y.Nationality).HasMaxLength(2);
        builder.Property(y => y.Phone).HasMaxLength(30);
        builder.Property(y => y.ReferredBy).HasMaxLength(Youth.ShortTextMaxLength);
        builder.Property(y => y.Accommodation).HasMaxLength(Youth.ShortTextMaxLength);
        builder.Ignore(y => y.FullName);
        builder.Ignore(y => y.IsArchived);
        builder.Ignore(y => y.EighteenthBirthday);
        // Search filters, then sorts by name: these indexes carry the sort columns, so a page is read from the index.
        builder.HasIndex(y => new { y.CurrentStatus, y.LastName, y.FirstName, y.Id });
        builder.HasIndex(y => y.ReferentId);
        builder.HasIndex(y => new { y.BirthDate, y.CurrentStatus, y.LastName, y.FirstName, y.Id });
        builder.HasIndex(y => new { y.LastName, y.FirstName, y.Id });
        // The activity report's arrivals over a period.
        builder.HasIndex(y => y.FirstContact);

        // The parts' identifiers are chosen by the domain: a part with an identifier is not necessarily saved
        // already, so EF must not take "key set" for "row exists".
        builder.OwnsMany(y => y.Aliases, alias =>
        {
            alias.ToTable("YouthAliases");
            alias.WithOwner().HasForeignKey("YouthId");
            alias.HasKey(a => a.Id);
            alias.Property(a => a.Id).ValueGeneratedNever();
            alias.Property(a => a.Name).HasMaxLength(Youth.NameMaxLength);
            alias.Property(a => a.Note).HasMaxLength(Youth.ShortTextMaxLength);
        });
        builder.OwnsMany(y => y.StatusHistory, status =>
        {
            status.ToTable("YouthStatusChanges");
            status.WithOwner().HasForeignKey("YouthId");
            status.HasKey(s => s.Id);
            status.Property(s => s.Id).ValueGeneratedNever();
            status.Property(s => s.Department).HasMaxLength(3);
            status.Property(s => s.Note).HasMaxLength(Youth.NoteMaxLength);
            // The activity report's exits over a period, and who was still followed.
            status.HasIndex(s => new { s.Status, s.Date, s.ExitReason });
        });
        builder.OwnsMany(y => y.FollowUpGroup, member =>
        {
            member.ToTable("YouthGroupMemberships");
            member.WithOwner().HasForeignKey("YouthId");
            member.HasKey(m => m.Id);
            member.Property(m => m.Id).ValueGeneratedNever();
            member.Ignore(m => m.IsActive);
            member.HasIndex("UserId", "Until", "YouthId");
        });
        builder.OwnsMany(y => y.Situations, situation =>
        {
            situation.ToTable("YouthTrackSituations");
            situation.WithOwner().HasForeignKey("YouthId");
            situation.HasKey(s => s.Id);
            situation.Property(s => s.Id).ValueGeneratedNever();
            // No length on the column: the psychological situation is stored encrypted (longer than its text);
            // the domain and the validators bound the text itself.
            situation.Property(s => s.Summary);
        });
        builder.HasMany(y => y.NameTokens).WithOne().HasForeignKey(t => t.YouthId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(y => y.NameTokens).AutoInclude();
        foreach (var navigation in new[] { nameof(Youth.Aliases), nameof(Youth.StatusHistory), nameof(Youth.FollowUpGroup), nameof(Youth.Situations), nameof(Youth.NameTokens) })
        {
            builder.Navigation(navigation).UsePropertyAccessMode(PropertyAccessMode.Field);
        }
    }
}

internal sealed class YouthNameTokenConfiguration : IEntityTypeConfiguration<YouthNameToken>
{
    public void Configure(EntityTypeBuilder<YouthNameToken> builder)
    {
        builder.ToTable("YouthNameTokens");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Plain).HasMaxLength(Youth.NameMaxLength);
        builder.Property(t => t.Phonetic).HasMaxLength(Youth.NameMaxLength);
        builder.HasIndex(t => t.Plain);
        builder.HasIndex(t => t.Phonetic);
    }
}

internal sealed class FollowUpEntryConfiguration : IEntityTypeConfiguration<FollowUpEntry>
{
    public void Configure(EntityTypeBuilder<FollowUpEntry> builder)
    {
        builder.ToTable("FollowUpEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Version).IsConcurrencyToken();
        // No length on these columns: on the psychological track they hold ciphertext, longer than the text;
        // the domain and the validators bound the text itself.
        builder.Property(e => e.Text);
        builder.Property(e => e.Partner);
        builder.Property(e => e.NextStep);
        builder.HasOne<Youth>().WithMany().HasForeignKey(e => e.YouthId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => e.SubmissionId).IsUnique();
        builder.HasIndex(e => new { e.YouthId, e.Date });
        builder.HasIndex(e => new { e.Date, e.YouthId });
        // The activity report counts entries by track and kind over a period from this index alone.
        builder.HasIndex(e => new { e.Date, e.Track, e.Kind });
    }
}

internal sealed class YouthDocumentConfiguration : IEntityTypeConfiguration<YouthDocument>
{
    public void Configure(EntityTypeBuilder<YouthDocument> builder)
    {
        builder.ToTable("YouthDocuments");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.Property(d => d.Note).HasMaxLength(YouthDocument.NoteMaxLength);
        builder.HasOne<Youth>().WithMany().HasForeignKey(d => d.YouthId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.YouthId, d.Kind }).IsUnique();
        builder.HasIndex(d => d.ExpiryDate);
    }
}

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> builder)
    {
        builder.ToTable("Attachments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.FileName).HasMaxLength(Attachment.FileNameMaxLength);
        builder.Property(a => a.ContentType).HasMaxLength(50);
        builder.Property(a => a.StorageKey).HasMaxLength(64);
        builder.HasOne<Youth>().WithMany().HasForeignKey(a => a.YouthId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.YouthId);
    }
}
