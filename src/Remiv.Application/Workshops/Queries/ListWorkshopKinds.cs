using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;

namespace Remiv.Application.Workshops.Queries;

public sealed record WorkshopKindItem(Guid Id, string Name, Track Track, bool IsActive, int Version);

/// <summary>The kinds of workshop, by name: those offered, and the retired ones too when asked for.</summary>
[RequiresPermission(Permission.ViewWorkshops)]
public sealed record ListWorkshopKinds(bool IncludeRetired = false) : IQuery<IReadOnlyList<WorkshopKindItem>>;

public sealed class ListWorkshopKindsHandler(IApplicationDbContext db) : IQueryHandler<ListWorkshopKinds, IReadOnlyList<WorkshopKindItem>>
{
    public async ValueTask<IReadOnlyList<WorkshopKindItem>> Handle(ListWorkshopKinds query, CancellationToken cancellationToken)
    {
        var kinds = await db.WorkshopKinds.AsNoTracking()
            .Where(k => query.IncludeRetired || k.IsActive)
            .Select(k => new WorkshopKindItem(k.Id, k.Name, k.Track, k.IsActive, k.Version))
            .ToListAsync(cancellationToken);

        // A handful of rows, sorted here so that both databases give the same order.
        return [.. kinds.OrderBy(k => k.Name, StringComparer.CurrentCultureIgnoreCase).ThenBy(k => k.Id)];
    }
}
