using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Interfaces;
using Remiv.Domain.Youths;

namespace Remiv.Application.Youths.Access;

/// <summary>
/// What changed in a young person's file since a given version, read from the change history, so that a
/// refused stale edit can tell the user what the other person changed.
/// </summary>
public sealed class ChangesSince(IApplicationDbContext db)
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["Youth.FirstName"] = "Prénom",
        ["Youth.LastName"] = "Nom",
        ["Youth.BirthDate"] = "Date de naissance",
        ["Youth.BirthDateStanding"] = "Date de naissance",
        ["Youth.Sex"] = "Sexe",
        ["Youth.Nationality"] = "Nationalité",
        ["Youth.Languages"] = "Langues",
        ["Youth.InterpreterNeeded"] = "Interprète",
        ["Youth.Phone"] = "Téléphone",
        ["Youth.ArrivalInFrance"] = "Arrivée en France",
        ["Youth.ReferredBy"] = "Orienté par",
        ["Youth.Accommodation"] = "Hébergement",
        ["Youth.CurrentStatus"] = "Statut",
        ["Youth.ReferentId"] = "Référent",
        [nameof(YouthAlias)] = "Autres orthographes",
        [nameof(StatusChange)] = "Statut",
        [nameof(GroupMembership)] = "Groupe de suivi",
        [nameof(TrackSituation)] = "Situation par volet",
    };

    public async Task<IReadOnlyList<string>> ForYouthAsync(Guid youthId, int version, CancellationToken cancellationToken)
    {
        var records = await db.ChangeRecords.AsNoTracking()
            .Where(c => c.YouthId == youthId && c.EntityType != nameof(FollowUpEntry) && c.EntityType != nameof(YouthDocument) && c.EntityType != nameof(Attachment))
            .OrderByDescending(c => c.At)
            .Take(200)
            .ToListAsync(cancellationToken);
        var laterSaves = records
            .Where(r => r.EntityType == nameof(Youth) && Fields(r.Changes).Any(f => f.Field == nameof(Youth.Version) && int.TryParse(f.After, out var after) && after > version))
            .Select(r => r.At)
            .ToHashSet();
        return [.. records.Where(r => laterSaves.Contains(r.At))
            .SelectMany(r => r.EntityType == nameof(Youth) ? Fields(r.Changes).Select(f => $"{nameof(Youth)}.{f.Field}") : [r.EntityType])
            .Select(key => Labels.GetValueOrDefault(key))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)];
    }

    private static List<FieldChange> Fields(string json) => JsonSerializer.Deserialize<List<FieldChange>>(json) ?? [];

    private sealed record FieldChange(string Field, string? Before, string? After);
}
