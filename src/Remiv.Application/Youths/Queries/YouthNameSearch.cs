using Remiv.Application.Common.Interfaces;
using Remiv.Domain.Youths;

namespace Remiv.Application.Youths.Queries;

/// <summary>
/// The one name search of Remiv, over the YouthNameTokens index (<see cref="NameKeys"/>): a young person matches when
/// every word typed (six at most) matches one of their name tokens.
/// </summary>
public static class YouthNameSearch
{
    public static IQueryable<Youth> Named(this IQueryable<Youth> youths, IApplicationDbContext db, string? text)
    {
        foreach (var token in NameKeys.Tokens(text).Distinct(StringComparer.Ordinal).Take(6))
        {
            // A word typed in part matches by its plain key ("abd" finds Abdoulaye); a whole word also matches
            // its spelling variants by phonetic key ("muhammad" finds Mohamed, not Mamadou).
            var phonetic = NameKeys.Phonetic(token);
            var plainEnd = token + char.MaxValue;
#pragma warning disable CA1309 // Translated to SQL: a binary comparison (SQLite; "C" collation on PostgreSQL), the index's order.
            var matching = db.YouthNameTokens
                .Where(n => (string.Compare(n.Plain, token) >= 0 && string.Compare(n.Plain, plainEnd) < 0) || n.Phonetic == phonetic)
                .Select(n => n.YouthId);
#pragma warning restore CA1309
            youths = youths.Where(y => matching.Contains(y.Id));
        }

        return youths;
    }
}
