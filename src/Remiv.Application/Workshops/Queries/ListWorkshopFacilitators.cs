using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Security;

namespace Remiv.Application.Workshops.Queries;

public sealed record FacilitatorChoice(Guid Id, string Name);

/// <summary>Who may lead a session: the active staff and the partners still working with the hub, each by name.</summary>
public sealed record WorkshopFacilitators(IReadOnlyList<FacilitatorChoice> Staff, IReadOnlyList<FacilitatorChoice> Partners);

[RequiresPermission(Permission.ScheduleWorkshops)]
public sealed record ListWorkshopFacilitators : IQuery<WorkshopFacilitators>;

public sealed class ListWorkshopFacilitatorsHandler(IApplicationDbContext db, IIdentityService identity) : IQueryHandler<ListWorkshopFacilitators, WorkshopFacilitators>
{
    public async ValueTask<WorkshopFacilitators> Handle(ListWorkshopFacilitators query, CancellationToken cancellationToken)
    {
        var staff = await identity.ListStaffAsync(cancellationToken);
        var partners = await db.Partners.AsNoTracking().Where(p => p.IsActive).Select(p => new FacilitatorChoice(p.Id, p.Name)).ToListAsync(cancellationToken);
        return new WorkshopFacilitators(
            [.. staff.Select(s => new FacilitatorChoice(s.Id, s.DisplayName)).OrderBy(s => s.Name, StringComparer.CurrentCultureIgnoreCase)],
            [.. partners.OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase)]);
    }
}
