using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Domain.Psychology;

namespace Remiv.Application.Psychology.Rooms;

/// <summary>What a room says, as a form or an API call sends it.</summary>
public interface IRoomFields
{
    string Name { get; }

    string? Note { get; }
}

/// <summary>Rules shared by adding and changing a room; invisible characters are the domain's to refuse.</summary>
public sealed class RoomFieldRules : AbstractValidator<IRoomFields>
{
    public RoomFieldRules()
    {
        RuleFor(r => r.Name).NotEmpty().WithMessage("Donnez un nom à la salle (par exemple : Salle du 1er étage).")
            .Must(name => name is null || name.Trim().Length <= Room.NameMaxLength).WithMessage("Le nom est trop long (100 caractères au plus).");
        RuleFor(r => r.Note).Must(note => note is null || note.Trim().Length <= Room.NoteMaxLength)
            .WithMessage("Ce texte est trop long (300 caractères au plus).");
    }

    /// <summary>
    /// Refuses a name another room already has (withdrawn rooms included: they keep the sessions held there), whatever
    /// the case ("salle 2" and "Salle 2" would be confused). The database's unique index stays the last guard against a race.
    /// </summary>
    public static async Task EnsureNameFreeAsync(IApplicationDbContext db, string name, Guid? exceptRoomId, CancellationToken cancellationToken)
    {
        var wanted = name.Trim();
        var except = exceptRoomId ?? Guid.Empty;
        var names = await db.Rooms.AsNoTracking().Where(r => r.Id != except).Select(r => r.Name).ToListAsync(cancellationToken);
        if (names.Any(n => string.Equals(n, wanted, StringComparison.OrdinalIgnoreCase)))
        {
            throw new RequestValidationException(nameof(IRoomFields.Name), "Une salle porte déjà ce nom : choisissez-en un autre (par exemple en ajoutant l'étage).");
        }
    }
}
