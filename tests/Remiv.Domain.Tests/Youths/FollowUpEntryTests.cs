using Remiv.Domain.Common;
using Remiv.Domain.Youths;

namespace Remiv.Domain.Tests.Youths;

public sealed class FollowUpEntryTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    private static Youth Youth() =>
        Domain.Youths.Youth.Register(
            new YouthIdentity("Aïssatou", "Bâ", new DateOnly(2010, 1, 1), BirthDateStanding.Declared, Sex.Female, "GN", ["fr"], false, null, null, null, null),
            new DateOnly(2026, 10, 1), Guid.NewGuid(), Today, Now);

    private static FollowUpEntry Write(Youth youth, DateOnly date, string text = "Entretien sur la scolarité", string? nextStep = null) =>
        FollowUpEntry.Write(youth, Guid.NewGuid(), date, Track.EducationTraining, EntryKind.Conversation, text, Guid.NewGuid(), null, nextStep, EntryVisibility.FollowUpGroup, Today, Now);

    [Test]
    public void An_entry_keeps_its_text_with_line_breaks()
    {
        var entry = Write(Youth(), Today, "Ligne 1\nLigne 2", "Appeler le CASNAV");

        entry.Text.ShouldBe("Ligne 1\nLigne 2");
        entry.NextStep.ShouldBe("Appeler le CASNAV");
    }

    [Test]
    public void An_entry_refuses_a_future_date_a_date_before_first_contact_and_an_empty_or_overlong_text()
    {
        var youth = Youth();

        Should.Throw<DomainRuleException>(() => Write(youth, Today.AddDays(1))).Field.ShouldBe(nameof(FollowUpEntry.Date));
        Should.Throw<DomainRuleException>(() => Write(youth, new DateOnly(2026, 9, 30))).Field.ShouldBe(nameof(FollowUpEntry.Date));
        Should.Throw<DomainRuleException>(() => Write(youth, Today, "   ")).Field.ShouldBe(nameof(FollowUpEntry.Text));
        Should.Throw<DomainRuleException>(() => Write(youth, Today, new string('x', FollowUpEntry.TextMaxLength + 1)));
    }

    [Test]
    public void Revising_an_entry_moves_its_version_on()
    {
        var youth = Youth();
        var entry = Write(youth, Today);

        entry.Revise(youth, Today, Track.Health, EntryKind.Accompaniment, "Accompagné à la PASS", null, null, EntryVisibility.AuthorOnly, Today);

        entry.Version.ShouldBe(1);
        entry.Track.ShouldBe(Track.Health);
        entry.Visibility.ShouldBe(EntryVisibility.AuthorOnly);
    }

    [Test]
    public void An_obtained_document_past_its_expiry_counts_as_expired()
    {
        var youth = Youth();
        var document = YouthDocument.Record(youth, DocumentKind.PassportOrIdCard, DocumentStatus.Obtained, Today.AddDays(-1), null, null, Now);

        document.StatusOn(Today).ShouldBe(DocumentStatus.Expired);
        document.StatusOn(Today.AddDays(-1)).ShouldBe(DocumentStatus.Obtained);
        Should.Throw<DomainRuleException>(() => YouthDocument.Record(youth, DocumentKind.BirthCertificate, DocumentStatus.Missing, Today, null, null, Now));
    }

    [Test]
    public void An_attachment_must_be_between_one_byte_and_ten_megabytes_and_keeps_only_the_file_name()
    {
        var youth = Youth();

        Should.Throw<DomainRuleException>(() => Attachment.Register(youth, null, "a.pdf", "application/pdf", 0, new string('a', 64), Guid.NewGuid(), Now));
        Should.Throw<DomainRuleException>(() => Attachment.Register(youth, null, "a.pdf", "application/pdf", Attachment.MaxLength + 1, new string('a', 64), Guid.NewGuid(), Now));
        Attachment.Register(youth, DocumentKind.BirthCertificate, "C:\\scans\\..\\acte.pdf", "application/pdf", 10, new string('a', 64), Guid.NewGuid(), Now)
            .FileName.ShouldBe("acte.pdf");
    }
}
