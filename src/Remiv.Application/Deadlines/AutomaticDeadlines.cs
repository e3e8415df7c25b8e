using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common;
using Remiv.Application.Common.Interfaces;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Youths;

namespace Remiv.Application.Deadlines;

/// <summary>
/// Keeps the automatic deadlines of a file in step with its dates: the 17th and 18th birthdays, the expiry dates of the
/// documents checklist, the end of the health coverage. Called, in the same transaction, by every command that changes
/// one of those dates. A date that moves moves its open deadline (and so its reminders); a date removed cancels it;
/// a new date opens a deadline, unless it would already be past.
/// </summary>
public sealed class AutomaticDeadlines(IApplicationDbContext db, TimeProvider clock)
{
    public const string SourceRemovedNote = "La date dont découlait cette échéance a été retirée du dossier.";
    public const string ArchivedNote = "Dossier archivé.";

    public async Task SyncAsync(Youth youth, CancellationToken cancellationToken)
    {
        if (youth.IsArchived)
        {
            await CancelOpenAsync(youth, cancellationToken);
            return;
        }

        // The caller's changes (a new document line) must be visible to the queries below.
        await db.SaveChangesAsync(cancellationToken);
        var today = clock.Today();
        var presets = await db.DeadlinePresets.Where(p => p.Automatic != null && p.IsActive).ToListAsync(cancellationToken);
        var existing = await db.Deadlines.Where(d => d.YouthId == youth.Id && d.Automatic != null).ToListAsync(cancellationToken);
        var documents = await db.YouthDocuments.Where(d => d.YouthId == youth.Id).ToListAsync(cancellationToken);

        foreach (var (source, document, eventDate) in Sources(youth, documents))
        {
            var open = existing.FirstOrDefault(d => d.Automatic == source && d.Document == document && d.Status == DeadlineStatus.Open);
            var preset = presets.FirstOrDefault(p => p.Automatic == source);
            if (open is not null)
            {
                if (eventDate is null)
                {
                    open.Close(DeadlineStatus.Cancelled, SourceRemovedNote, null, clock.GetUtcNow());
                }
                else if (preset is not null)
                {
                    open.FollowEvent(eventDate.Value, preset, today);
                }

                continue;
            }

            if (eventDate is not { } date || preset is null
                || existing.Any(d => d.Automatic == source && d.Document == document && d.EventDate == date)
                || preset.ComputeDue(date) < today)
            {
                continue;
            }

            var details = new DeadlineDetails(preset.Track, preset.Kind, preset.Name, preset.Event, date, preset.ComputeDue(date), null,
                null, preset.ReminderDays, document);
            db.Deadlines.Add(Deadline.Create(youth, details, preset, null, today, clock.GetUtcNow()));
        }
    }

    private async Task CancelOpenAsync(Youth youth, CancellationToken cancellationToken)
    {
        var open = await db.Deadlines.Where(d => d.YouthId == youth.Id && d.Status == DeadlineStatus.Open).ToListAsync(cancellationToken);
        foreach (var deadline in open)
        {
            deadline.Close(DeadlineStatus.Cancelled, ArchivedNote, null, clock.GetUtcNow());
        }
    }

    /// <summary>Each date an automatic deadline may follow, null when the file does not (or no longer) have it.</summary>
    private static IEnumerable<(AutomaticSource Source, DocumentKind? Document, DateOnly? Date)> Sources(Youth youth, List<YouthDocument> documents)
    {
        yield return (AutomaticSource.SeventeenthBirthday, null, youth.BirthDate?.AddYears(17));
        yield return (AutomaticSource.EighteenthBirthday, null, youth.EighteenthBirthday);
        foreach (var kind in Enum.GetValues<DocumentKind>())
        {
            var line = documents.FirstOrDefault(d => d.Kind == kind);
            var expiry = line?.Status is DocumentStatus.Obtained or DocumentStatus.Expired ? line.ExpiryDate : null;
            yield return kind == DocumentKind.HealthCoverageCard
                ? (AutomaticSource.HealthCoverageEnd, kind, expiry)
                : (AutomaticSource.DocumentExpiry, kind, expiry);
        }
    }
}
