using Remiv.Domain.Common;

namespace Remiv.Domain.Youths;

/// <summary>
/// One logged action or conversation about a young person, on one track. Entries of the psychological
/// track are for psychologists only; an entry may also be kept to its author.
/// </summary>
public sealed class FollowUpEntry
{
    public const int TextMaxLength = 4000;
    public const int NextStepMaxLength = 300;
    public const int PartnerMaxLength = 200;

    private FollowUpEntry()
    {
        Text = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid YouthId { get; private set; }

    /// <summary>A key chosen by the form that sent the entry: sending it twice (double click) creates one entry.</summary>
    public Guid SubmissionId { get; private set; }

    public DateOnly Date { get; private set; }

    public Track Track { get; private set; }

    public EntryKind Kind { get; private set; }

    public string Text { get; private set; }

    public Guid AuthorId { get; private set; }

    /// <summary>The partner involved, as written (the partner directory comes later).</summary>
    public string? Partner { get; private set; }

    public string? NextStep { get; private set; }

    public EntryVisibility Visibility { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public int Version { get; private set; }

    public static FollowUpEntry Write(
        Youth youth,
        Guid submissionId,
        DateOnly date,
        Track track,
        EntryKind kind,
        string text,
        Guid authorId,
        string? partner,
        string? nextStep,
        EntryVisibility visibility,
        DateOnly today,
        DateTimeOffset now)
    {
        youth.EnsureOpen();
        var entry = new FollowUpEntry
        {
            Id = Guid.NewGuid(),
            YouthId = youth.Id,
            SubmissionId = submissionId,
            AuthorId = authorId,
            CreatedAt = now,
        };
        entry.Apply(youth, date, track, kind, text, partner, nextStep, visibility, today);
        return entry;
    }

    public void Revise(Youth youth, DateOnly date, Track track, EntryKind kind, string text, string? partner, string? nextStep, EntryVisibility visibility, DateOnly today)
    {
        youth.EnsureOpen();
        Apply(youth, date, track, kind, text, partner, nextStep, visibility, today);
        Version++;
    }

    private void Apply(Youth youth, DateOnly date, Track track, EntryKind kind, string text, string? partner, string? nextStep, EntryVisibility visibility, DateOnly today)
    {
        if (date > today)
        {
            throw new DomainRuleException(nameof(Date), "La date d'une entrée ne peut pas être dans le futur.");
        }

        if (date < youth.FirstContact)
        {
            throw new DomainRuleException(nameof(Date), "La date d'une entrée ne peut pas précéder le premier contact avec le jeune.");
        }

        if (!Enum.IsDefined(track) || !Enum.IsDefined(kind) || !Enum.IsDefined(visibility))
        {
            throw new DomainRuleException(nameof(Track), "Choisissez une valeur dans la liste.");
        }

        // Everything is checked before anything is assigned: a refused change leaves the entry as it was.
        var cleanedText = DomainText.Required(text, nameof(Text), TextMaxLength, "Écrivez le contenu de l'entrée.", multiline: true);
        var cleanedPartner = DomainText.Optional(partner, nameof(Partner), PartnerMaxLength);
        var cleanedNextStep = DomainText.Optional(nextStep, nameof(NextStep), NextStepMaxLength, multiline: true);
        Date = date;
        Track = track;
        Kind = kind;
        Text = cleanedText;
        Partner = cleanedPartner;
        NextStep = cleanedNextStep;
        Visibility = visibility;
    }
}
