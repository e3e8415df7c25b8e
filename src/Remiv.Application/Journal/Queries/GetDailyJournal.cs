using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;

namespace Remiv.Application.Journal.Queries;

/// <summary>The team's "journal du jour": a day's entries across the young people the user may see, latest first (audited).</summary>
[RequiresPermission(Permission.ViewYouths)]
public sealed record GetDailyJournal(DateOnly? Date = null) : IQuery<JournalDay>;

public sealed record JournalDay(DateOnly Date, IReadOnlyList<JournalLine> Lines, bool Truncated);

public sealed record JournalLine(Guid EntryId, Guid YouthId, string YouthName, Track Track, EntryKind Kind, string Text, string? NextStep, string? Author, DateTimeOffset CreatedAt);

public sealed class GetDailyJournalHandler(IApplicationDbContext db, YouthAccess access, IIdentityService identity, IAuditLog audit, TimeProvider clock)
    : IQueryHandler<GetDailyJournal, JournalDay>
{
    private const int Limit = 300;

    public async ValueTask<JournalDay> Handle(GetDailyJournal query, CancellationToken cancellationToken)
    {
        var day = query.Date ?? clock.Today();
        var rows = await access.ReadableEntries().AsNoTracking()
            .Where(e => e.Date == day)
            .Join(db.Youths, e => e.YouthId, y => y.Id, (e, y) => new { Entry = e, y.FirstName, y.LastName })
            .OrderByDescending(r => r.Entry.CreatedAt)
            .Take(Limit + 1)
            .ToListAsync(cancellationToken);
        var authors = await identity.DisplayNamesAsync([.. rows.Select(r => r.Entry.AuthorId)], cancellationToken);
        audit.Record("journal.viewed", "Journal", day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await db.SaveChangesAsync(cancellationToken);
        return new JournalDay(
            day,
            [.. rows.Take(Limit).Select(r => new JournalLine(
                r.Entry.Id, r.Entry.YouthId, string.Join(' ', new[] { r.FirstName, r.LastName }.Where(n => n.Length > 0)),
                r.Entry.Track, r.Entry.Kind, r.Entry.Text, r.Entry.NextStep, authors.GetValueOrDefault(r.Entry.AuthorId), r.Entry.CreatedAt))],
            rows.Count > Limit);
    }
}
