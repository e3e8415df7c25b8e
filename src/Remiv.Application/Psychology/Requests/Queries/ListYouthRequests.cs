using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Psychology;
using Remiv.Domain.Security;

namespace Remiv.Application.Psychology.Requests.Queries;

/// <summary>
/// The requests for psychological follow-up of one young person whose file the user sees, newest first: status, urgency,
/// date and who asked, how each ended. The reason is given to psychologists and to the request's author only, and each
/// reason read is audited; <see cref="WithReasons"/> false leaves every reason out (a form that only needs to know
/// whether a request is waiting).
/// </summary>
[RequiresPermission(Permission.ViewYouths)]
public sealed record ListYouthRequests(Guid YouthId, bool WithReasons = true) : IQuery<YouthRequests>;

/// <param name="CanRequest">Whether the user may make a new request now (the permission, an open file, none waiting).</param>
public sealed record YouthRequests(IReadOnlyList<YouthRequest> Items, bool HasWaiting, bool CanRequest, bool YouthArchived);

/// <param name="Reason">For psychologists and for the request's author; null for everyone else.</param>
/// <param name="DaysWaiting">Whole days since the request while it waits; null once it no longer waits.</param>
/// <param name="ClosingNote">Why the request was withdrawn.</param>
public sealed record YouthRequest(
    Guid Id,
    RequestUrgency Urgency,
    RequestStatus Status,
    DateTimeOffset RequestedAt,
    Guid RequestedBy,
    string? RequestedByName,
    bool RequestedByMe,
    string? Reason,
    int? DaysWaiting,
    DateTimeOffset? ClosedAt,
    string? ClosedByName,
    string? ClosingNote,
    int Version,
    bool CanChangeUrgency,
    bool CanWithdraw);

public sealed class ListYouthRequestsHandler(
    IApplicationDbContext db,
    YouthAccess access,
    ICurrentUser user,
    IIdentityService identity,
    IAuditLog audit,
    TimeProvider clock) : IQueryHandler<ListYouthRequests, YouthRequests>
{
    public async ValueTask<YouthRequests> Handle(ListYouthRequests query, CancellationToken cancellationToken)
    {
        var youth = await access.LoadAsync(query.YouthId, cancellationToken);
        var userId = access.UserId;

        // Whole entities (the reason is decrypted as they load); it is handed on only to those who may read it.
        var requests = await db.FollowUpRequests.AsNoTracking().Where(r => r.YouthId == youth.Id)
            .OrderByDescending(r => r.RequestedAt).ToListAsync(cancellationToken);
        var names = await identity.DisplayNamesAsync(
            [.. requests.Select(r => r.RequestedBy).Concat(requests.Select(r => r.ClosedBy).OfType<Guid>()).Distinct()], cancellationToken);
        var today = clock.Today();
        var open = !youth.IsArchived;
        var items = requests.Select(r =>
        {
            var waiting = r.Status == RequestStatus.Waiting;
            return new YouthRequest(
                r.Id,
                r.Urgency,
                r.Status,
                r.RequestedAt,
                r.RequestedBy,
                names.GetValueOrDefault(r.RequestedBy),
                r.RequestedBy == userId,
                query.WithReasons && RequestRights.ReadsReason(user, r.RequestedBy) ? r.Reason : null,
                waiting ? Math.Max(0, today.DayNumber - HubCalendar.DayOf(r.RequestedAt).DayNumber) : null,
                r.ClosedAt,
                r.ClosedBy is { } by ? names.GetValueOrDefault(by) : null,
                r.ClosingNote,
                r.Version,
                waiting && open && RequestRights.MayChangeUrgency(user),
                waiting && RequestRights.MayWithdraw(user, r.RequestedBy));
        }).ToList();

        foreach (var item in items.Where(i => i.Reason is not null))
        {
            audit.Record("psychology.request-read", "FollowUpRequest", item.Id.ToString());
        }

        await db.SaveChangesAsync(cancellationToken);
        var hasWaiting = items.Any(i => i.Status == RequestStatus.Waiting);
        return new YouthRequests(items, hasWaiting, open && !hasWaiting && user.Has(Permission.RequestPsychologicalFollowUp), youth.IsArchived);
    }
}
