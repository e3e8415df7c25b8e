using Mediator;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Security;

namespace Remiv.Application.Workshops.Queries;

/// <summary>One session: its kind, day, hours, place, facilitator and how many were present (names are on the attendance sheet).</summary>
[RequiresPermission(Permission.ViewWorkshops)]
public sealed record GetWorkshopSession(Guid SessionId) : IQuery<WorkshopSessionItem>;

public sealed class GetWorkshopSessionHandler(IApplicationDbContext db, IIdentityService identity) : IQueryHandler<GetWorkshopSession, WorkshopSessionItem>
{
    public async ValueTask<WorkshopSessionItem> Handle(GetWorkshopSession query, CancellationToken cancellationToken) =>
        (await WorkshopViews.ItemsAsync(db, identity, db.WorkshopSessions.Where(s => s.Id == query.SessionId), cancellationToken)).SingleOrDefault()
        ?? throw new NotFoundException();
}
