using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Youths.Access;
using Remiv.Application.Youths.Queries;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;

namespace Remiv.Application.Workshops.Queries;

/// <summary>
/// The attendance sheet of a session: the young people already ticked, the "regulars" (an open file and a session of the
/// same kind in the 8 weeks before this one), those the user found and kept (<see cref="Include"/>), and, when
/// <see cref="Search"/> is given, the open files whose names match it (any spelling, as the youth search finds them).
/// Roster rule (ADR by the lead): whoever takes attendance sees here the names of young people with an open file even
/// outside their follow-up group (a youth worker takes attendance for the whole class), and nothing else of the file; a
/// link to the file only when the file rule lets them open it. Archived files are never offered. Every opening is audited.
/// </summary>
[RequiresPermission(Permission.TakeAttendance)]
public sealed record GetAttendanceSheet(Guid SessionId, string? Search = null, IReadOnlyList<Guid>? Include = null) : IQuery<AttendanceSheet>;

/// <param name="IsDue">Whether attendance may be taken (the session's day has come).</param>
/// <param name="Found">The search's matches not already on the sheet (20 at most); null without a search.</param>
/// <param name="MoreFound">Whether more young people match than are shown.</param>
public sealed record AttendanceSheet(
    WorkshopSessionItem Session, bool IsDue, IReadOnlyList<AttendanceRow> Rows, IReadOnlyList<AttendanceRow>? Found, bool MoreFound);

/// <param name="Regular">Came to a session of the same kind in the 8 weeks before.</param>
/// <param name="Archived">Only for someone already ticked whose file was archived since: they may be unticked, not ticked again.</param>
/// <param name="CanOpenFile">Whether the user may open the file (their follow-up group, or coordinators).</param>
public sealed record AttendanceRow(
    Guid YouthId, string FirstName, string LastName, IReadOnlyList<string> Aliases, bool Present, bool Regular, bool Archived, bool CanOpenFile);

public sealed class GetAttendanceSheetValidator : AbstractValidator<GetAttendanceSheet>
{
    public GetAttendanceSheetValidator()
    {
        RuleFor(q => q.Search).MaximumLength(200).WithMessage("La recherche est trop longue (200 caractères au plus).");
        RuleFor(q => q.Include).Must(ids => ids is null || ids.Count <= Domain.Workshops.WorkshopSession.MaxAttendees)
            .WithMessage("Une séance compte au plus 200 présents.");
    }
}

public sealed class GetAttendanceSheetHandler(IApplicationDbContext db, IIdentityService identity, YouthAccess access, IAuditLog audit, TimeProvider clock)
    : IQueryHandler<GetAttendanceSheet, AttendanceSheet>
{
    public const int RegularWeeks = 8;
    public const int FoundShown = 20;

    public async ValueTask<AttendanceSheet> Handle(GetAttendanceSheet query, CancellationToken cancellationToken)
    {
        var item = (await WorkshopViews.ItemsAsync(db, identity, db.WorkshopSessions.Where(s => s.Id == query.SessionId), cancellationToken)).SingleOrDefault()
                   ?? throw new NotFoundException();
        var present = await db.WorkshopSessions.AsNoTracking().Where(s => s.Id == item.Id)
            .SelectMany(s => s.Attendance.Select(a => a.YouthId)).ToListAsync(cancellationToken);
        var since = item.Date.AddDays(-7 * RegularWeeks);
        var regulars = await db.WorkshopSessions.AsNoTracking()
            .Where(s => s.KindId == item.KindId && s.Id != item.Id && s.Date >= since && s.Date <= item.Date)
            .SelectMany(s => s.Attendance.Select(a => a.YouthId))
            .Distinct()
            .Join(db.Youths.Where(y => y.CurrentStatus != YouthStatus.Exited), id => id, y => y.Id, (id, _) => id)
            .Take(Domain.Workshops.WorkshopSession.MaxAttendees)
            .ToListAsync(cancellationToken);
        var included = query.Include?.Distinct().ToList() ?? [];
        var onSheet = present.Concat(regulars).Concat(included).ToHashSet();
        var rows = await RowsAsync(db.Youths.Where(y => onSheet.Contains(y.Id)), cancellationToken);
        rows = [.. rows.Where(r => !r.Archived || present.Contains(r.Id))];

        List<Row>? found = null;
        var moreFound = false;
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var matches = db.Youths.AsNoTracking().Where(y => y.CurrentStatus != YouthStatus.Exited).Named(db, query.Search).Where(y => !onSheet.Contains(y.Id));
            found = await RowsAsync(matches.OrderBy(y => y.LastName).ThenBy(y => y.FirstName).ThenBy(y => y.Id).Take(FoundShown + 1), cancellationToken);
            moreFound = found.Count > FoundShown;
            found = [.. found.Take(FoundShown)];
            audit.Record("workshop-attendance.searched", "WorkshopSession", item.Id.ToString());
        }

        var shown = rows.Concat(found ?? []).Select(r => r.Id).ToList();
        var openable = (await access.VisibleYouths().Where(y => shown.Contains(y.Id)).Select(y => y.Id).ToListAsync(cancellationToken)).ToHashSet();
        audit.Record("workshop-attendance.viewed", "WorkshopSession", item.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);

        AttendanceRow View(Row r) => new(
            r.Id, r.FirstName, r.LastName, r.Aliases, present.Contains(r.Id), regulars.Contains(r.Id), r.Archived, openable.Contains(r.Id));
        return new AttendanceSheet(
            item,
            item.Date <= clock.Today(),
            [.. rows.OrderBy(r => r.LastName, StringComparer.CurrentCultureIgnoreCase).ThenBy(r => r.FirstName, StringComparer.CurrentCultureIgnoreCase).ThenBy(r => r.Id).Select(View)],
            found?.Select(View).ToList(),
            moreFound);
    }

    private static async Task<List<Row>> RowsAsync(IQueryable<Youth> youths, CancellationToken cancellationToken) =>
        (await youths.AsNoTracking()
            .Select(y => new { y.Id, y.FirstName, y.LastName, y.CurrentStatus, Aliases = y.Aliases.Select(a => a.Name).ToList() })
            .ToListAsync(cancellationToken))
        .Select(y => new Row(y.Id, y.FirstName, y.LastName, [.. y.Aliases.Take(3)], y.CurrentStatus == YouthStatus.Exited))
        .ToList();

    private sealed record Row(Guid Id, string FirstName, string LastName, IReadOnlyList<string> Aliases, bool Archived);
}
