using Remiv.Domain.Common;

namespace Remiv.Domain.Psychology;

/// <summary>
/// A psychologist's confidential note on one of their sessions. Only the session's psychologist writes it; it is read by
/// its author and, when the author shares it, by the psychologists' team, never by anyone else. Its text is encrypted at
/// rest (the key lives outside the database) and kept out of the change history.
/// </summary>
public sealed class SessionNote
{
    public const int TextMaxLength = 20_000;

    private SessionNote()
    {
        Text = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid SessionId { get; private set; }

    public Guid YouthId { get; private set; }

    public Guid AuthorId { get; private set; }

    public string Text { get; private set; }

    /// <summary>Whether the other psychologists of the hub may read it.</summary>
    public bool SharedWithTeam { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public int Version { get; private set; }

    /// <summary>The note of <paramref name="session"/>, by its psychologist: never on a cancelled session.</summary>
    public static SessionNote Write(Session session, Guid authorId, string? text, bool sharedWithTeam, DateTimeOffset now)
    {
        EnsureAuthorOf(session, authorId);
        if (session.Status == SessionStatus.Cancelled)
        {
            throw new DomainRuleException(nameof(Text), "Cette séance a été annulée : elle ne reçoit pas de note.");
        }

        var note = new SessionNote
        {
            Id = Guid.NewGuid(),
            SessionId = session.Id,
            YouthId = session.YouthId,
            AuthorId = authorId,
            CreatedAt = now,
        };
        note.Set(text, sharedWithTeam, now);
        return note;
    }

    /// <summary>Changes the text or the sharing: its author only.</summary>
    public void Edit(string? text, bool sharedWithTeam, Guid by, DateTimeOffset now)
    {
        if (by != AuthorId)
        {
            throw new DomainRuleException(nameof(Text), "Seule la psychologue qui a écrit cette note peut la modifier.");
        }

        Set(text, sharedWithTeam, now);
        Version++;
    }

    /// <summary>Whether a psychologist (the caller checks the role) may read it: its author, or anyone of the team once shared.</summary>
    public bool IsReadableBy(Guid psychologistId) => psychologistId == AuthorId || SharedWithTeam;

    private static void EnsureAuthorOf(Session session, Guid authorId)
    {
        if (session.PsychologistId != authorId)
        {
            throw new DomainRuleException(nameof(Text), "Seule la psychologue de la séance peut y écrire une note.");
        }
    }

    private void Set(string? text, bool sharedWithTeam, DateTimeOffset now)
    {
        Text = DomainText.Required(text, nameof(Text), TextMaxLength, "Écrivez la note avant de l'enregistrer.", multiline: true);
        SharedWithTeam = sharedWithTeam;
        UpdatedAt = now;
    }
}
