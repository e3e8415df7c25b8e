using Remiv.Domain.Common;
using Remiv.Domain.Psychology;

namespace Remiv.Domain.Tests.Psychology;

/// <summary>
/// A session note's rules: written by the session's psychologist only, never on a cancelled session, changed by its author
/// only, its text required, bounded and trimmed; read by its author, and by the team only once shared.
/// </summary>
public sealed class SessionNoteTests
{
    private const string OnlyTheSessionsPsychologist = "Seule la psychologue de la séance peut y écrire une note.";
    private const string OnlyTheAuthor = "Seule la psychologue qui a écrit cette note peut la modifier.";
    private const string Cancelled = "Cette séance a été annulée : elle ne reçoit pas de note.";
    private const string Empty = "Écrivez la note avant de l'enregistrer.";
    private const string TooLong = "Ce texte est trop long : raccourcissez-le.";

    private static readonly DateTimeOffset Booked = new(2027, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Start = new(2027, 3, 4, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset After = Start.AddHours(2);
    private static readonly Guid Psychologist = Guid.NewGuid();
    private static readonly Guid Colleague = Guid.NewGuid();

    [Test]
    public void The_sessions_psychologist_writes_its_note_trimmed_private_unless_shared()
    {
        var session = Held();

        var note = SessionNote.Write(session, Psychologist, "  Premier entretien avec interprète.\nSommeil difficile.  ", sharedWithTeam: false, After);

        note.SessionId.ShouldBe(session.Id);
        note.YouthId.ShouldBe(session.YouthId);
        note.AuthorId.ShouldBe(Psychologist);
        note.Text.ShouldBe("Premier entretien avec interprète.\nSommeil difficile.");
        note.SharedWithTeam.ShouldBeFalse();
        note.CreatedAt.ShouldBe(After);
        note.UpdatedAt.ShouldBe(After);
        note.Version.ShouldBe(0);
    }

    [Test]
    public void Another_psychologist_cannot_write_the_note_of_a_session_that_is_not_theirs()
    {
        var refusal = Should.Throw<DomainRuleException>(() => SessionNote.Write(Held(), Colleague, "Observation", sharedWithTeam: true, After));

        refusal.Message.ShouldBe(OnlyTheSessionsPsychologist);
        refusal.Field.ShouldBe(nameof(SessionNote.Text));
    }

    [Test]
    public void A_cancelled_session_takes_no_note_but_a_planned_or_missed_one_does()
    {
        var cancelled = Planned();
        cancelled.Cancel("Le jeune a déménagé", Psychologist, Booked);
        var missed = Planned();
        missed.RecordOutcome(SessionStatus.YouthAbsent, Psychologist, After);

        Should.Throw<DomainRuleException>(() => SessionNote.Write(cancelled, Psychologist, "Préparation", sharedWithTeam: false, After))
            .Message.ShouldBe(Cancelled);
        Should.NotThrow(() => SessionNote.Write(Planned(), Psychologist, "Préparation de la première séance", sharedWithTeam: false, Booked));
        Should.NotThrow(() => SessionNote.Write(missed, Psychologist, "Absent sans prévenir : rappeler l'éducatrice", sharedWithTeam: false, After));
    }

    [Test]
    public void The_sessions_psychologist_is_checked_before_the_session_status()
    {
        // A colleague learns nothing of the session's state from the refusal.
        var cancelled = Planned();
        cancelled.Cancel("Maladie", Psychologist, Booked);

        Should.Throw<DomainRuleException>(() => SessionNote.Write(cancelled, Colleague, "Observation", sharedWithTeam: false, After))
            .Message.ShouldBe(OnlyTheSessionsPsychologist);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   \n\t ")]
    public void An_empty_note_is_refused(string? text)
    {
        Should.Throw<DomainRuleException>(() => SessionNote.Write(Held(), Psychologist, text, sharedWithTeam: false, After)).Message.ShouldBe(Empty);
    }

    [Test]
    public void A_note_is_bounded_in_length_and_refuses_invisible_characters_but_keeps_line_breaks()
    {
        Should.NotThrow(() => SessionNote.Write(Held(), Psychologist, new string('é', SessionNote.TextMaxLength), sharedWithTeam: false, After));
        Should.Throw<DomainRuleException>(() => SessionNote.Write(Held(), Psychologist, new string('é', SessionNote.TextMaxLength + 1), sharedWithTeam: false, After))
            .Message.ShouldBe(TooLong);
        Should.Throw<DomainRuleException>(() => SessionNote.Write(Held(), Psychologist, "Texte\u0007caché", sharedWithTeam: false, After))
            .Message.ShouldBe("Ce texte contient des caractères invisibles : retapez-le.");
        SessionNote.Write(Held(), Psychologist, "Ligne 1\r\nLigne 2\tfin", sharedWithTeam: false, After).Text.ShouldBe("Ligne 1\r\nLigne 2\tfin");
    }

    [Test]
    public void Its_author_changes_the_text_and_the_sharing_and_each_change_is_a_new_version()
    {
        var note = SessionNote.Write(Held(), Psychologist, "Premier jet", sharedWithTeam: false, After);
        var later = After.AddDays(1);

        note.Edit("Version relue", sharedWithTeam: true, Psychologist, later);

        note.Text.ShouldBe("Version relue");
        note.SharedWithTeam.ShouldBeTrue();
        note.Version.ShouldBe(1);
        note.CreatedAt.ShouldBe(After);
        note.UpdatedAt.ShouldBe(later);
    }

    [Test]
    public void Nobody_but_its_author_changes_a_note_and_a_refused_change_leaves_it_as_it_was()
    {
        var note = SessionNote.Write(Held(), Psychologist, "Texte d'origine", sharedWithTeam: true, After);

        Should.Throw<DomainRuleException>(() => note.Edit("Texte remplacé", sharedWithTeam: false, Colleague, After.AddHours(1))).Message.ShouldBe(OnlyTheAuthor);
        Should.Throw<DomainRuleException>(() => note.Edit("  ", sharedWithTeam: false, Psychologist, After.AddHours(1))).Message.ShouldBe(Empty);

        note.Text.ShouldBe("Texte d'origine");
        note.SharedWithTeam.ShouldBeTrue();
        note.Version.ShouldBe(0);
        note.UpdatedAt.ShouldBe(After);
    }

    [Test]
    public void Its_author_always_reads_it_the_team_only_while_it_is_shared()
    {
        var note = SessionNote.Write(Held(), Psychologist, "Observation", sharedWithTeam: false, After);

        note.IsReadableBy(Psychologist).ShouldBeTrue();
        note.IsReadableBy(Colleague).ShouldBeFalse();

        note.Edit("Observation", sharedWithTeam: true, Psychologist, After.AddHours(1));
        note.IsReadableBy(Colleague).ShouldBeTrue();

        note.Edit("Observation", sharedWithTeam: false, Psychologist, After.AddHours(2));
        note.IsReadableBy(Colleague).ShouldBeFalse();
        note.IsReadableBy(Psychologist).ShouldBeTrue();
    }

    private static Session Planned() =>
        Session.Book(Guid.NewGuid(), Psychologist, Guid.NewGuid(), Start, Start.AddHours(1), SessionKind.FollowUp, null, null, null, Psychologist, Booked);

    private static Session Held()
    {
        var session = Planned();
        session.RecordOutcome(SessionStatus.Held, Psychologist, After);
        return session;
    }
}
