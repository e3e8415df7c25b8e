using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Interfaces;
using Remiv.Domain.Workshops;
using Remiv.Domain.Youths;

namespace Remiv.Application.Workshops;

/// <summary>
/// A session as the lists, pages and API show it. <see cref="Facilitator"/> is the member of staff's name or the
/// partner's name; <see cref="FacilitatorName"/> the partner's own facilitator, when known.
/// </summary>
public sealed record WorkshopSessionItem(
    Guid Id,
    Guid KindId,
    string KindName,
    Track Track,
    string? Title,
    DateOnly Date,
    TimeOnly Start,
    TimeOnly End,
    string Place,
    Guid? FacilitatorUserId,
    Guid? FacilitatorPartnerId,
    string Facilitator,
    string? FacilitatorName,
    int PresentCount,
    int Version);

/// <summary>Builds <see cref="WorkshopSessionItem"/>s: kinds, staff names and partner names read once for the whole list.</summary>
public static class WorkshopViews
{
    public static async Task<IReadOnlyList<WorkshopSessionItem>> ItemsAsync(
        IApplicationDbContext db, IIdentityService identity, IQueryable<WorkshopSession> sessions, CancellationToken cancellationToken)
    {
        var rows = await sessions.AsNoTracking()
            .Join(db.WorkshopKinds, s => s.KindId, k => k.Id, (s, k) => new
            {
                s.Id, s.KindId, KindName = k.Name, k.Track, s.Title, s.Date, s.Start, s.End, s.Place, s.FacilitatorUserId, s.FacilitatorPartnerId,
                s.FacilitatorName, Present = s.Attendance.Count, s.Version,
            })
            .ToListAsync(cancellationToken);
        var userIds = rows.Where(r => r.FacilitatorUserId is not null).Select(r => r.FacilitatorUserId!.Value).Distinct().ToList();
        var partnerIds = rows.Where(r => r.FacilitatorPartnerId is not null).Select(r => r.FacilitatorPartnerId!.Value).Distinct().ToList();
        var staff = await identity.DisplayNamesAsync(userIds, cancellationToken);
        var partners = await db.Partners.AsNoTracking().Where(p => partnerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        return
        [
            .. rows.OrderBy(r => r.Date).ThenBy(r => r.Start).ThenBy(r => r.KindName, StringComparer.CurrentCultureIgnoreCase).ThenBy(r => r.Id)
                .Select(r => new WorkshopSessionItem(
                    r.Id, r.KindId, r.KindName, r.Track, r.Title, r.Date, r.Start, r.End, r.Place, r.FacilitatorUserId, r.FacilitatorPartnerId,
                    (r.FacilitatorUserId is { } user ? staff.GetValueOrDefault(user) : r.FacilitatorPartnerId is { } partner ? partners.GetValueOrDefault(partner) : null) ?? "?",
                    r.FacilitatorName, r.Present, r.Version)),
        ];
    }
}
