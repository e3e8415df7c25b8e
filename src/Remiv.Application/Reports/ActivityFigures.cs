using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Psychology.Figures;
using Remiv.Application.Psychology.Figures.Queries;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Partners;
using Remiv.Domain.Youths;

namespace Remiv.Application.Reports;

/// <summary>
/// The raw counts of a period, before the small-count rule: every one is an aggregate computed by the database
/// (GROUP BY, COUNT, COUNT DISTINCT); no row of a young person is read into memory, and no name.
/// </summary>
public sealed record ActivityFigures(
    int Followed,
    int Arrivals,
    IReadOnlyList<ExitCount> Exits,
    IReadOnlyList<AgeCount> ArrivalAges,
    IReadOnlyList<CodeCount> Nationalities,
    IReadOnlyList<CodeCount> Languages,
    IReadOnlyList<EntryCount> Entries,
    PsychologyFigures Psychology,
    IReadOnlyList<WorkshopCount> Workshops,
    int WorkshopParticipants,
    IReadOnlyList<ReferralCount> Referrals,
    DeadlineCounts Deadlines);

/// <param name="Reason">Null for exits recorded before reasons were counted.</param>
public sealed record ExitCount(ExitReason? Reason, int Count);

/// <param name="Age">Age in whole years on the day of the first contact; null when the birth date is unknown.</param>
public sealed record AgeCount(int? Age, int Count);

/// <param name="Code">ISO code (country or language); null when not filled in.</param>
public sealed record CodeCount(string? Code, int Count);

public sealed record EntryCount(Track Track, EntryKind Kind, int Count);

/// <param name="Sessions">Sessions of the kind held in the period.</param>
/// <param name="Attendance">Presences recorded at those sessions.</param>
/// <param name="Participants">Distinct young people present at least once.</param>
public sealed record WorkshopCount(string Kind, int Sessions, int Attendance, int Participants);

public sealed record ReferralCount(PartnerType PartnerType, ReferralStatus Status, int Count);

/// <param name="Met">Done on or before the due day (Paris).</param>
/// <param name="Missed">Marked missed, done after the due day, or still open after it.</param>
/// <param name="Cancelled">Cancelled.</param>
/// <param name="Open">Still open and not due yet (due today or later).</param>
public sealed record DeadlineCounts(int Met, int Missed, int Cancelled, int Open)
{
    public int Total => Met + Missed + Cancelled + Open;
}

/// <summary>Reads <see cref="ActivityFigures"/> for a period of hub days (both ends included) as of a given day.</summary>
public sealed class ActivityFigureReader(IApplicationDbContext db, IIdentityService identity)
{
    public async Task<ActivityFigures> ReadAsync(DateOnly from, DateOnly to, DateOnly today, CancellationToken cancellationToken)
    {
        // Followed in the period: first contact on or before its last day, and no exit before its first day. The exits
        // before the period are read once (an uncorrelated NOT IN, from the index on status and date), not per young person.
        var exitedBefore = db.Youths.SelectMany(y => y.StatusHistory, (y, s) => new { y.Id, s.Status, s.Date })
            .Where(x => x.Status == YouthStatus.Exited && x.Date < from)
            .Select(x => x.Id);
        var followed = db.Youths.AsNoTracking().Where(y => y.FirstContact <= to && !exitedBefore.Contains(y.Id));
        var arrivals = db.Youths.AsNoTracking().Where(y => y.FirstContact >= from && y.FirstContact <= to);

        // One pass over the young people followed: nationality and main language together; the other counts add up from it.
        var profiles = await followed.GroupBy(y => new { y.Nationality, Language = y.Languages.FirstOrDefault() })
            .Select(g => new { g.Key.Nationality, g.Key.Language, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var nationalities = profiles.GroupBy(p => p.Nationality, StringComparer.Ordinal).Select(g => new CodeCount(g.Key, g.Sum(p => p.Count))).ToList();
        var languages = profiles.GroupBy(p => p.Language, StringComparer.Ordinal).Select(g => new CodeCount(g.Key, g.Sum(p => p.Count))).ToList();

        var exits = await db.Youths.AsNoTracking()
            .SelectMany(y => y.StatusHistory)
            .Where(s => s.Status == YouthStatus.Exited && s.Date >= from && s.Date <= to)
            .GroupBy(s => s.ExitReason)
            .Select(g => new ExitCount(g.Key, g.Count()))
            .ToListAsync(cancellationToken);

        // Age on the day of the first contact, in whole years, computed by the database; the arrivals are their sum.
        var ages = await arrivals
            .GroupBy(y => y.BirthDate == null
                ? (int?)null
                : y.FirstContact.Year - y.BirthDate.Value.Year
                  - (y.FirstContact.Month < y.BirthDate.Value.Month
                     || (y.FirstContact.Month == y.BirthDate.Value.Month && y.FirstContact.Day < y.BirthDate.Value.Day) ? 1 : 0))
            .Select(g => new AgeCount(g.Key, g.Count()))
            .ToListAsync(cancellationToken);

        var entries = await db.FollowUpEntries.AsNoTracking()
            .Where(e => e.Date >= from && e.Date <= to)
            .GroupBy(e => new { e.Track, e.Kind })
            .Select(g => new EntryCount(g.Key.Track, g.Key.Kind, g.Count()))
            .ToListAsync(cancellationToken);

        // The psychology figures' own reading (the same counts as its page and its API).
        var psychology = await new GetPsychologyFiguresHandler(db, identity).Handle(new GetPsychologyFigures(from, to), cancellationToken);

        var (workshops, participants) = await WorkshopsAsync(from, to < today ? to : today, cancellationToken);

        // Referrals on the psychological track are seen by psychologists alone (ADR 0013): they are not counted here either,
        // or a coordinator could subtract the partners' pages from the report and find them.
        var referrals = await db.Referrals.AsNoTracking()
            .Where(r => r.ProposedOn >= from && r.ProposedOn <= to && r.Track != Track.Psychological)
            .Join(db.Partners, r => r.PartnerId, p => p.Id, (r, p) => new { p.Type, r.Status })
            .GroupBy(x => new { x.Type, x.Status })
            .Select(g => new ReferralCount(g.Key.Type, g.Key.Status, g.Count()))
            .ToListAsync(cancellationToken);

        return new ActivityFigures(
            profiles.Sum(p => p.Count), ages.Sum(a => a.Count), exits, ages, nationalities, languages, entries, psychology, workshops, participants, referrals,
            await DeadlinesAsync(from, to, today, cancellationToken));
    }

    /// <summary>The workshop sessions held (dated in the period, today at the latest), their presences and participants.</summary>
    private async Task<(IReadOnlyList<WorkshopCount> Kinds, int Participants)> WorkshopsAsync(DateOnly from, DateOnly last, CancellationToken cancellationToken)
    {
        if (last < from)
        {
            return ([], 0);
        }

        var sessions = db.WorkshopSessions.AsNoTracking().Where(w => w.Date >= from && w.Date <= last);
        var held = await sessions.GroupBy(w => w.KindId)
            .Select(g => new { Kind = g.Key, Sessions = g.Count() })
            .ToListAsync(cancellationToken);
        var present = sessions.SelectMany(w => w.Attendance, (w, a) => new { w.KindId, a.YouthId });
        var attendance = await present.GroupBy(x => x.KindId)
            .Select(g => new { Kind = g.Key, Attendance = g.Count(), Participants = g.Select(x => x.YouthId).Distinct().Count() })
            .ToDictionaryAsync(x => x.Kind, cancellationToken);
        var participants = await present.Select(x => x.YouthId).Distinct().CountAsync(cancellationToken);

        var kindIds = held.Select(h => h.Kind).ToList();
        var names = await db.WorkshopKinds.AsNoTracking().Where(k => kindIds.Contains(k.Id))
            .ToDictionaryAsync(k => k.Id, k => k.Name, cancellationToken);
        return (
            [.. held.Select(h => new WorkshopCount(
                    names.GetValueOrDefault(h.Kind) ?? ReportLabels.Unknown,
                    h.Sessions,
                    attendance.GetValueOrDefault(h.Kind)?.Attendance ?? 0,
                    attendance.GetValueOrDefault(h.Kind)?.Participants ?? 0))
                .OrderBy(k => k.Kind, StringComparer.CurrentCulture)],
            participants);
    }

    /// <summary>
    /// The deadlines due in the period. "Done on time" compares the closing instant with the end of the due day in Paris:
    /// the database picks each due day's end from a search tree of the period's due days (a CASE on the due date), so the
    /// count stays an aggregate however many deadlines there are.
    /// </summary>
    private async Task<DeadlineCounts> DeadlinesAsync(DateOnly from, DateOnly to, DateOnly today, CancellationToken cancellationToken)
    {
        var due = db.Deadlines.AsNoTracking().Where(d => d.DueDate >= from && d.DueDate <= to);
        var byStatus = await due.GroupBy(d => new { d.Status, Past = d.DueDate < today })
            .Select(g => new { g.Key.Status, g.Key.Past, Count = g.Count() })
            .ToListAsync(cancellationToken);
        int Count(DeadlineStatus status, bool? past = null) =>
            byStatus.Where(x => x.Status == status && (past is null || x.Past == past)).Sum(x => x.Count);

        var done = due.Where(d => d.Status == DeadlineStatus.Done);
        var doneDays = await done.GroupBy(d => d.DueDate).Select(g => g.Key).ToListAsync(cancellationToken);
        var onTime = 0;
        if (doneDays.Count > 0)
        {
            doneDays.Sort();
            onTime = await done.Where(ClosedByEndOfDueDay(doneDays)).CountAsync(cancellationToken);
        }

        var doneCount = Count(DeadlineStatus.Done);
        return new DeadlineCounts(
            onTime,
            Count(DeadlineStatus.Missed) + (doneCount - onTime) + Count(DeadlineStatus.Open, past: true),
            Count(DeadlineStatus.Cancelled),
            Count(DeadlineStatus.Open, past: false));
    }

    /// <summary>d.ClosedAt &lt; (the start of the day after d.DueDate in Paris), for due days among <paramref name="days"/> (sorted).</summary>
    private static Expression<Func<Deadline, bool>> ClosedByEndOfDueDay(List<DateOnly> days)
    {
        var deadline = Expression.Parameter(typeof(Deadline), "d");
        var dueDate = Expression.Property(deadline, nameof(Deadline.DueDate));
        var closedAt = Expression.Property(deadline, nameof(Deadline.ClosedAt));
        return Expression.Lambda<Func<Deadline, bool>>(Expression.LessThan(closedAt, EndOf(dueDate, days, 0, days.Count - 1)), deadline);
    }

    private static Expression EndOf(Expression dueDate, List<DateOnly> days, int low, int high)
    {
        if (low == high)
        {
            return Expression.Constant(GetPsychologyFiguresHandler.StartOf(days[low].AddDays(1)), typeof(DateTimeOffset?));
        }

        var middle = (low + high + 1) / 2;
        return Expression.Condition(
            Expression.LessThan(dueDate, Expression.Constant(days[middle])),
            EndOf(dueDate, days, low, middle - 1),
            EndOf(dueDate, days, middle, high));
    }
}
