using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Psychology;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;

namespace Remiv.Application.Coordination.Queries;

/// <summary>
/// The coordinators' dashboard, as of today (Paris): each youth worker's caseload, the young people turning 18 soon,
/// the overdue deadlines (never those of the psychological track), the waiting psychological requests (counted, never
/// their reason) and the open files with no follow-up entry for a month. Counts are computed in the database.
/// </summary>
[RequiresPermission(Permission.ViewCoordinationDashboard)]
public sealed record GetCoordinationDashboard : IQuery<CoordinationDashboard>;

public sealed record CoordinationDashboard(
    DateOnly Today,
    IReadOnlyList<WorkerCaseload> Caseloads,
    IReadOnlyList<TurningEighteen> TurningEighteen,
    int OverdueDeadlineCount,
    IReadOnlyList<OverdueDeadline> MostOverdueDeadlines,
    int WaitingRequestCount,
    int? OldestWaitDays,
    int QuietFileCount,
    IReadOnlyList<QuietFile> QuietFiles);

/// <summary>A youth worker's open files: those they are referent of, and those whose follow-up group they are in.</summary>
public sealed record WorkerCaseload(Guid UserId, string Name, int Referent, int Member);

public sealed record TurningEighteen(Guid YouthId, string FirstName, string LastName, IReadOnlyList<string> Aliases, DateOnly EighteenthBirthday, int DaysLeft, string? ReferentName);

public sealed record OverdueDeadline(
    Guid DeadlineId, Guid YouthId, string FirstName, string LastName, IReadOnlyList<string> Aliases, Track Track, DeadlineKind Kind, string Title,
    DateOnly DueDate, int DaysOverdue, string? ResponsibleName);

/// <param name="LastEntryDate">Null when the file has no entry one may read.</param>
public sealed record QuietFile(Guid YouthId, string FirstName, string LastName, IReadOnlyList<string> Aliases, DateOnly? LastEntryDate, DateOnly FirstContact, string? ReferentName);

public sealed class GetCoordinationDashboardHandler(YouthAccess access, IApplicationDbContext db, IIdentityService identity, TimeProvider clock)
    : IQueryHandler<GetCoordinationDashboard, CoordinationDashboard>
{
    public const int HorizonDays = 90;
    public const int QuietDays = 30;
    public const int MaxOverdueListed = 20;
    public const int MaxQuietListed = 200;

    public async ValueTask<CoordinationDashboard> Handle(GetCoordinationDashboard query, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var open = access.VisibleYouths().AsNoTracking().Where(y => y.CurrentStatus != YouthStatus.Exited);

        // Caseloads: two grouped counts in the database.
        var referentCounts = await open.Where(y => y.ReferentId != null)
            .GroupBy(y => y.ReferentId!.Value)
            .Select(g => new { UserId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.UserId, g => g.Count, cancellationToken);
        var memberCounts = await open.SelectMany(y => y.FollowUpGroup, (y, m) => new { m.UserId, m.Until })
            .Where(m => m.Until == null)
            .GroupBy(m => m.UserId)
            .Select(g => new { UserId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.UserId, g => g.Count, cancellationToken);
        var staff = await identity.ListStaffAsync(cancellationToken);
        var caseloads = staff.Where(s => s.Roles.Contains(Roles.YouthWorker))
            .Select(s => new WorkerCaseload(s.Id, s.DisplayName, referentCounts.GetValueOrDefault(s.Id), memberCounts.GetValueOrDefault(s.Id)))
            .OrderByDescending(c => c.Referent).ThenBy(c => c.Name, StringComparer.CurrentCulture)
            .ToList();

        // Turning 18 within the horizon, today included. The database keeps a day either side (29 February), the exact
        // birthday is the domain's.
        var horizon = today.AddDays(HorizonDays);
        var bornFrom = today.AddYears(-18).AddDays(-1);
        var bornTo = horizon.AddYears(-18).AddDays(1);
        var minors = await open.Where(y => y.BirthDate != null && y.BirthDate >= bornFrom && y.BirthDate <= bornTo)
            .Select(y => new { y.Id, y.FirstName, y.LastName, y.BirthDate, y.ReferentId, Aliases = y.Aliases.Select(a => a.Name).ToList() })
            .ToListAsync(cancellationToken);
        var turning = minors
            .Select(y => new { Youth = y, Birthday = y.BirthDate!.Value.AddYears(18) })
            .Where(x => x.Birthday >= today && x.Birthday <= horizon)
            .OrderBy(x => x.Birthday).ThenBy(x => x.Youth.LastName, StringComparer.CurrentCulture).ThenBy(x => x.Youth.Id)
            .ToList();

        // Overdue deadlines, on the tracks one may read only (never the psychological track for coordinators).
        var overdue = access.ReadableDeadlines().AsNoTracking()
            .Where(d => d.Status == DeadlineStatus.Open && d.DueDate < today)
            .Join(open, d => d.YouthId, y => y.Id, (d, y) => new { Deadline = d, Youth = y });
        var overdueCount = await overdue.CountAsync(cancellationToken);
        var mostOverdue = await overdue
            .OrderBy(x => x.Deadline.DueDate).ThenBy(x => x.Deadline.Id)
            .Take(MaxOverdueListed)
            .Select(x => new
            {
                x.Deadline.Id, x.Deadline.YouthId, x.Deadline.Track, x.Deadline.Kind, x.Deadline.Title, x.Deadline.DueDate, x.Deadline.ResponsibleUserId,
                x.Youth.FirstName, x.Youth.LastName, x.Youth.ReferentId, Aliases = x.Youth.Aliases.Select(a => a.Name).ToList(),
            })
            .ToListAsync(cancellationToken);

        // Waiting psychological requests: how many, and the longest wait. The reason is never read.
        var waiting = db.FollowUpRequests.AsNoTracking()
            .Where(r => r.Status == RequestStatus.Waiting)
            .Join(open, r => r.YouthId, y => y.Id, (r, y) => r);
        var waitingCount = await waiting.CountAsync(cancellationToken);
        var oldest = await waiting.OrderBy(r => r.RequestedAt).Select(r => r.RequestedAt).Take(1).ToListAsync(cancellationToken);

        // Open files with no entry one may read in the last 30 days (today included), opened before that.
        var since = today.AddDays(-QuietDays);
        var entries = access.ReadableEntries();
        var quiet = open.Where(y => y.FirstContact < since && !entries.Any(e => e.YouthId == y.Id && e.Date >= since))
            .Select(y => new
            {
                y.Id, y.FirstName, y.LastName, y.FirstContact, y.ReferentId,
                LastEntry = entries.Where(e => e.YouthId == y.Id).Max(e => (DateOnly?)e.Date),
            });
        var quietCount = await quiet.CountAsync(cancellationToken);
        var quietRows = await quiet
            .OrderBy(x => x.LastEntry ?? x.FirstContact).ThenBy(x => x.Id)
            .Take(MaxQuietListed)
            .ToListAsync(cancellationToken);
        var quietIds = quietRows.Select(r => r.Id).ToList();
        var quietAliases = (await db.Youths.AsNoTracking().Where(y => quietIds.Contains(y.Id))
                .Select(y => new { y.Id, Aliases = y.Aliases.Select(a => a.Name).ToList() })
                .ToListAsync(cancellationToken))
            .ToDictionary(y => y.Id, y => (IReadOnlyList<string>)y.Aliases);

        var people = await identity.DisplayNamesAsync(
            [.. turning.Select(t => t.Youth.ReferentId)
                .Concat(mostOverdue.Select(d => d.ResponsibleUserId ?? d.ReferentId))
                .Concat(quietRows.Select(q => q.ReferentId))
                .OfType<Guid>().Distinct()],
            cancellationToken);
        string? NameOf(Guid? id) => id is { } known ? people.GetValueOrDefault(known) : null;

        return new CoordinationDashboard(
            today,
            caseloads,
            [.. turning.Select(t => new TurningEighteen(t.Youth.Id, t.Youth.FirstName, t.Youth.LastName, t.Youth.Aliases, t.Birthday,
                t.Birthday.DayNumber - today.DayNumber, NameOf(t.Youth.ReferentId)))],
            overdueCount,
            [.. mostOverdue.Select(d => new OverdueDeadline(d.Id, d.YouthId, d.FirstName, d.LastName, d.Aliases, d.Track, d.Kind, d.Title, d.DueDate,
                today.DayNumber - d.DueDate.DayNumber, NameOf(d.ResponsibleUserId ?? d.ReferentId)))],
            waitingCount,
            oldest.Count == 0 ? null : Math.Max(0, today.DayNumber - HubCalendar.DayOf(oldest[0]).DayNumber),
            quietCount,
            [.. quietRows.Select(q => new QuietFile(q.Id, q.FirstName, q.LastName, quietAliases.GetValueOrDefault(q.Id) ?? [], q.LastEntry, q.FirstContact,
                NameOf(q.ReferentId)))]);
    }
}
