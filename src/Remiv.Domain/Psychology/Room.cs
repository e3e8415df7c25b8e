using Remiv.Domain.Common;

namespace Remiv.Domain.Psychology;

/// <summary>A room of the hub where psychologists receive young people. Withdrawn rooms stay for the sessions held there.</summary>
public sealed class Room
{
    public const int NameMaxLength = 100;
    public const int NoteMaxLength = 300;

    private Room()
    {
        Name = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public string? Note { get; private set; }

    public bool IsActive { get; private set; }

    public int Version { get; private set; }

    public static Room Create(string name, string? note)
    {
        var room = new Room { Id = Guid.NewGuid(), IsActive = true };
        room.Apply(name, note);
        return room;
    }

    public void Update(string name, string? note, bool isActive)
    {
        Apply(name, note);
        IsActive = isActive;
        Version++;
    }

    private void Apply(string name, string? note)
    {
        Name = DomainText.Required(name, nameof(Name), NameMaxLength, "Donnez un nom à la salle (par exemple : Salle du 1er étage).");
        Note = DomainText.Optional(note, nameof(Note), NoteMaxLength);
    }
}
