using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Common.Validation;
using Remiv.Application.Youths.Access;
using Remiv.Application.Youths.Queries;
using Remiv.Domain.Psychology;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;

namespace Remiv.Application.Psychology.Requests.Queries;

/// <summary>
/// The waiting list of psychological follow-up: the waiting requests, most urgent first, then the oldest. A deliberate,
/// narrow exception to the follow-up groups: psychologists see each young person's names as given, aliases, age,
/// languages and interpreter need, and the request's reason, so as to pick it up, and nothing else of the file.
/// Coordinators, who see every file anyway, get the same list without the reasons. Every reason read is audited.
/// Archived files are left out: nobody can be booked there.
/// </summary>
[RequiresPermission(Permission.ViewWaitingList)]
public sealed record ListWaitingList : IQuery<WaitingList>;

/// <param name="ShowsReasons">Whether the reasons are given (psychologists): otherwise every <see cref="WaitingRequest.Reason"/> is null.</param>
public sealed record WaitingList(IReadOnlyList<WaitingRequest> Items, bool ShowsReasons, DateOnly Today);

/// <param name="Age">On the hub's today; null when the birth date is unknown.</param>
/// <param name="DaysWaiting">Whole days since the request (0 on the day it was made).</param>
/// <param name="Reason">For psychologists only.</param>
/// <param name="CanOpenFile">Whether the user may open the young person's file (coordinators; a psychologist of the follow-up group).</param>
public sealed record WaitingRequest(
    Guid Id,
    Guid YouthId,
    string FirstName,
    string LastName,
    IReadOnlyList<string> Aliases,
    int? Age,
    IReadOnlyList<CodeView> Languages,
    bool InterpreterNeeded,
    RequestUrgency Urgency,
    DateTimeOffset RequestedAt,
    int DaysWaiting,
    string? RequestedByName,
    string? Reason,
    int Version,
    bool CanOpenFile,
    bool CanChangeUrgency,
    bool CanWithdraw);

public sealed class ListWaitingListHandler(
    IApplicationDbContext db,
    YouthAccess access,
    ICurrentUser user,
    IIdentityService identity,
    IAuditLog audit,
    TimeProvider clock) : IQueryHandler<ListWaitingList, WaitingList>
{
    public async ValueTask<WaitingList> Handle(ListWaitingList query, CancellationToken cancellationToken)
    {
        // The reason is not read here: it is stored encrypted, and only loaded (then decrypted) for psychologists below.
        var rows = await db.FollowUpRequests.AsNoTracking()
            .Where(r => r.Status == RequestStatus.Waiting)
            .Join(db.Youths.Where(y => y.CurrentStatus != YouthStatus.Exited), r => r.YouthId, y => y.Id, (r, y) => new
            {
                r.Id, r.YouthId, r.Urgency, r.RequestedAt, r.RequestedBy, r.Version,
                y.FirstName, y.LastName, y.BirthDate, y.Languages, y.InterpreterNeeded, Aliases = y.Aliases.Select(a => a.Name).ToList(),
            })
            .OrderByDescending(x => x.Urgency).ThenBy(x => x.RequestedAt)
            .ToListAsync(cancellationToken);

        var showsReasons = user.Has(Permission.UsePsychologicalTrack);
        var ids = rows.Select(r => r.Id).ToList();
        var reasons = showsReasons && ids.Count > 0
            ? (await db.FollowUpRequests.AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken)).ToDictionary(r => r.Id, r => r.Reason)
            : [];
        var youthIds = rows.Select(r => r.YouthId).Distinct().ToList();
        var openable = (await access.VisibleYouths().Where(y => youthIds.Contains(y.Id)).Select(y => y.Id).ToListAsync(cancellationToken)).ToHashSet();
        var names = await identity.DisplayNamesAsync([.. rows.Select(r => r.RequestedBy).Distinct()], cancellationToken);
        var today = clock.Today();

        var items = rows.Select(r => new WaitingRequest(
            r.Id,
            r.YouthId,
            r.FirstName,
            r.LastName,
            r.Aliases,
            Youth.AgeOn(r.BirthDate, today),
            [.. r.Languages.Select(l => new CodeView(l, IsoCodes.LanguageName(l) ?? l))],
            r.InterpreterNeeded,
            r.Urgency,
            r.RequestedAt,
            Math.Max(0, today.DayNumber - HubCalendar.DayOf(r.RequestedAt).DayNumber),
            names.GetValueOrDefault(r.RequestedBy),
            reasons.GetValueOrDefault(r.Id),
            r.Version,
            openable.Contains(r.YouthId),
            RequestRights.MayChangeUrgency(user) && openable.Contains(r.YouthId),
            RequestRights.MayWithdraw(user, r.RequestedBy))).ToList();

        foreach (var item in items.Where(i => i.Reason is not null))
        {
            audit.Record("psychology.request-read", "FollowUpRequest", item.Id.ToString());
        }

        await db.SaveChangesAsync(cancellationToken);
        return new WaitingList(items, showsReasons, today);
    }
}
