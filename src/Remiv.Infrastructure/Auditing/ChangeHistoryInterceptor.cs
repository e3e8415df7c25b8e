using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Remiv.Application.Common.Security;
using Remiv.Domain.Auditing;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Youths;

namespace Remiv.Infrastructure.Auditing;

/// <summary>
/// Writes, in the same SaveChanges (so the same transaction), the values before and after every change
/// to a young person's file. Psychological entries and situations, and author-only entries, are recorded as changed,
/// never with their content.
/// </summary>
internal sealed class ChangeHistoryInterceptor(ICurrentUser currentUser, TimeProvider clock) : SaveChangesInterceptor
{
    public const string Confidential = "(confidentiel)";

    private static readonly HashSet<Type> Tracked =
    [
        typeof(Youth), typeof(YouthAlias), typeof(StatusChange), typeof(GroupMembership), typeof(TrackSituation),
        typeof(FollowUpEntry), typeof(YouthDocument), typeof(Attachment), typeof(Deadline), typeof(DeadlinePreset),
    ];

    private static readonly HashSet<string> ConfidentialFields =
        [
            nameof(FollowUpEntry.Text), nameof(FollowUpEntry.NextStep), nameof(FollowUpEntry.Partner), nameof(TrackSituation.Summary),
            nameof(Deadline.Title), nameof(Deadline.CompletionNote),
        ];

    /// <summary>Bookkeeping the reminder scan moves every day: not a change anyone made to the file.</summary>
    private static readonly HashSet<string> Bookkeeping = [nameof(Deadline.NextReminderOn)];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    private void Record(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var records = new List<ChangeRecord>();
        foreach (var entry in context.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList())
        {
            if (!Tracked.Contains(entry.Metadata.ClrType))
            {
                continue;
            }

            var changes = Changes(entry);
            if (changes.Count == 0)
            {
                continue;
            }

            records.Add(new ChangeRecord(
                now,
                currentUser.UserId,
                entry.Metadata.ClrType.Name,
                string.Join('/', entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Format(entry.Property(p.Name).CurrentValue))),
                YouthIdOf(entry),
                entry.State.ToString(),
                JsonSerializer.Serialize(changes)));
        }

        context.Set<ChangeRecord>().AddRange(records);
    }

    private static List<FieldChange> Changes(EntityEntry entry)
    {
        var confidential = entry.Entity is FollowUpEntry or TrackSituation or Deadline
                           && (Equals(entry.Property(nameof(FollowUpEntry.Track)).CurrentValue, Track.Psychological)
                               || Equals(entry.Property(nameof(FollowUpEntry.Track)).OriginalValue, Track.Psychological)
                               || (entry.Entity is FollowUpEntry
                                   && (Equals(entry.Property(nameof(FollowUpEntry.Visibility)).CurrentValue, EntryVisibility.AuthorOnly)
                                       || Equals(entry.Property(nameof(FollowUpEntry.Visibility)).OriginalValue, EntryVisibility.AuthorOnly))));
        var changes = new List<FieldChange>();
        foreach (var property in entry.Properties)
        {
            if (property.Metadata.IsShadowProperty() || property.Metadata.IsPrimaryKey() || Bookkeeping.Contains(property.Metadata.Name)
                || (entry.State == EntityState.Modified && !property.IsModified))
            {
                continue;
            }

            // A psychological deadline reveals by its dates, kind and event what the track holds: only its status shows.
            var hidden = confidential && (ConfidentialFields.Contains(property.Metadata.Name)
                                          || (entry.Entity is Deadline && property.Metadata.Name is not (nameof(Deadline.Status) or nameof(Deadline.Version))));
            var before = entry.State == EntityState.Added ? null : hidden ? Confidential : Format(property.OriginalValue);
            var after = entry.State == EntityState.Deleted ? null : hidden ? Confidential : Format(property.CurrentValue);
            if (entry.State != EntityState.Modified || before != after || hidden)
            {
                changes.Add(new FieldChange(property.Metadata.Name, before, after));
            }
        }

        return changes;
    }

    private static Guid? YouthIdOf(EntityEntry entry) => entry.Entity switch
    {
        Youth youth => youth.Id,
        _ => entry.Metadata.FindProperty("YouthId") is { } property ? entry.Property(property.Name).CurrentValue as Guid? : null,
    };

    private static string? Format(object? value) => value switch
    {
        null => null,
        IEnumerable<string> list when value is not string => string.Join(", ", list),
        IEnumerable<int> numbers => string.Join(", ", numbers),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private sealed record FieldChange(string Field, string? Before, string? After);
}
