using Remiv.Domain.Common;
using Remiv.Domain.Youths;

namespace Remiv.Domain.Workshops;

/// <summary>
/// A kind of group activity the hub runs (French lessons, slam, sport...). Its track decides where attendance shows on a
/// young person's timeline and who may read it there. Retired kinds stay for the sessions held.
/// </summary>
public sealed class WorkshopKind
{
    public const int NameMaxLength = 80;

    private WorkshopKind()
    {
        Name = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public Track Track { get; private set; }

    public bool IsActive { get; private set; }

    public int Version { get; private set; }

    public static WorkshopKind Create(string name, Track track)
    {
        var kind = new WorkshopKind { Id = Guid.NewGuid(), IsActive = true };
        kind.Apply(name, track);
        return kind;
    }

    public void Update(string name, Track track, bool isActive)
    {
        Apply(name, track);
        IsActive = isActive;
        Version++;
    }

    private void Apply(string name, Track track)
    {
        Name = DomainText.Required(name, nameof(Name), NameMaxLength, "Donnez un nom à ce type d'atelier (par exemple : Cours de français).");
        if (!Enum.IsDefined(track))
        {
            throw new DomainRuleException(nameof(Track), "Choisissez le volet dans la liste.");
        }

        if (track == Track.Psychological)
        {
            throw new DomainRuleException(nameof(Track), "Un atelier collectif ne peut pas relever du volet psychologique : choisissez un autre volet.");
        }

        Track = track;
    }
}

/// <summary>The kinds every hub starts with; coordinators rename, add or retire them.</summary>
public static class DefaultWorkshopKinds
{
    public static IReadOnlyList<(string Name, Track Track)> All { get; } =
    [
        ("Cours de français", Track.Language),
        ("Slam et poésie", Track.CultureSport),
        ("Sport", Track.CultureSport),
        ("Aide administrative", Track.Administrative),
        ("Sortie culturelle", Track.CultureSport),
        ("Permanence juridique", Track.Legal),
        ("Prévention santé", Track.Health),
    ];
}
