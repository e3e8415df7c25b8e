using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Domain.Partners;

namespace Remiv.Application.Partners;

/// <summary>
/// One name per partner, whatever the case and accents typed ("coallia" is "Coallia"). The directory is small (a few
/// hundred rows at most), so names are compared here with the culture's rules rather than with each database's.
/// </summary>
public static class PartnerNames
{
    public const string Duplicate = "Un partenaire porte déjà ce nom dans l'annuaire : ouvrez sa fiche plutôt que d'en créer un second.";

    private static readonly CompareInfo French = CultureInfo.GetCultureInfo("fr-FR").CompareInfo;

    public static bool Same(string a, string b) =>
        French.Compare(a.Trim(), b.Trim(), CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) == 0;

    /// <summary>Whether <paramref name="text"/> contains <paramref name="part"/>, ignoring case and accents.</summary>
    public static bool Contains(string text, string part) =>
        French.IndexOf(text, part.Trim(), CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0;

    /// <summary>Refuses a name another partner already has (case-insensitive).</summary>
    public static async Task EnsureFreeAsync(IApplicationDbContext db, string? name, Guid? exceptId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return;
        }

        var names = await db.Partners.AsNoTracking().Where(p => p.Id != exceptId).Select(p => p.Name).ToListAsync(cancellationToken);
        if (names.Any(n => Same(n, name)))
        {
            throw new RequestValidationException(nameof(Partner.Name), Duplicate);
        }
    }

    /// <summary>
    /// Saves now, so that a partner created under the same name at the same instant (past the check above, stopped by
    /// the database's unique index) gets the same French message rather than an error.
    /// </summary>
    public static async Task SaveAsync(IApplicationDbContext db, IDatabaseErrors errors, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException race) when (errors.IsUniqueKeyViolation(race))
        {
            db.DiscardUnsavedChanges();
            throw new RequestValidationException(nameof(Partner.Name), Duplicate);
        }
    }
}
