using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Youths;

namespace Remiv.Application.Youths.Commands;

/// <summary>
/// Files that may already be this young person: names that sound alike (see <see cref="NameKeys"/>) and a birth
/// date within a year, or unknown. It looks at every file of the hub, since a duplicate is most likely followed by
/// someone else; a file the user may not open is shown by initials, birth year and referent only.
/// </summary>
public sealed class DuplicateFinder(IApplicationDbContext db, YouthAccess access, IIdentityService identity)
{
    private const int MaxShown = 5;

    public async Task<IReadOnlyList<LikelyDuplicate>> FindAsync(string firstName, string lastName, DateOnly? birthDate, CancellationToken cancellationToken)
    {
        var keys = NameKeys.Tokens(firstName).Concat(NameKeys.Tokens(lastName)).Select(NameKeys.Phonetic).Distinct(StringComparer.Ordinal).ToList();
        if (keys.Count == 0)
        {
            return [];
        }

        var needed = Math.Min(2, keys.Count);
        var matches = await db.YouthNameTokens.AsNoTracking()
            .Where(t => keys.Contains(t.Phonetic))
            .Select(t => new { t.YouthId, t.Phonetic })
            .ToListAsync(cancellationToken);
        var candidateIds = matches.GroupBy(m => m.YouthId)
            .Where(g => g.Select(m => m.Phonetic).Distinct(StringComparer.Ordinal).Count() >= needed)
            .Select(g => g.Key)
            .Take(200)
            .ToList();
        if (candidateIds.Count == 0)
        {
            return [];
        }

        var earliest = birthDate?.AddYears(-1);
        var latest = birthDate?.AddYears(1);
        var candidates = await db.Youths.AsNoTracking()
            .Where(y => candidateIds.Contains(y.Id))
            .Where(y => birthDate == null || y.BirthDate == null || (y.BirthDate >= earliest && y.BirthDate <= latest))
            .OrderByDescending(y => y.BirthDate == birthDate)
            .Take(MaxShown)
            .Select(y => new { y.Id, y.FirstName, y.LastName, y.BirthDate, y.ReferentId })
            .ToListAsync(cancellationToken);
        var visibleIds = await access.VisibleYouths().Where(y => candidateIds.Contains(y.Id)).Select(y => y.Id).ToListAsync(cancellationToken);
        var referents = await identity.DisplayNamesAsync([.. candidates.Where(c => c.ReferentId != null).Select(c => c.ReferentId!.Value)], cancellationToken);
        return [.. candidates.Select(c =>
        {
            var visible = visibleIds.Contains(c.Id);
            return new LikelyDuplicate(
                visible ? c.Id : null,
                visible ? string.Join(' ', new[] { c.FirstName, c.LastName }.Where(n => n.Length > 0)) : Initials(c.FirstName, c.LastName),
                visible ? c.BirthDate : null,
                c.BirthDate?.Year,
                c.ReferentId is { } referent ? referents.GetValueOrDefault(referent) : null);
        })];
    }

    private static string Initials(string first, string last) =>
        string.Join(' ', new[] { first, last }.Where(n => n.Length > 0).Select(n => char.ToUpperInvariant(n[0]) + "."));
}

/// <param name="YouthId">Null when the user may not open that file.</param>
/// <param name="Name">The full name, or initials only when the user may not open the file.</param>
public sealed record LikelyDuplicate(Guid? YouthId, string Name, DateOnly? BirthDate, int? BirthYear, string? ReferentName);
