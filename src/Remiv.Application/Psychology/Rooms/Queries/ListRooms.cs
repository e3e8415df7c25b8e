using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Security;

namespace Remiv.Application.Psychology.Rooms.Queries;

public sealed record RoomItem(Guid Id, string Name, string? Note, bool IsActive, int Version);

/// <summary>
/// The hub's rooms, by name: the rooms in service (where a session can be booked), and the withdrawn ones too when asked
/// for (coordinators put them back in service). Whoever books sessions or reads the psychologists' availability sees them.
/// </summary>
[RequiresPermission(Permission.ViewPsychologistAvailability)]
public sealed record ListRooms(bool IncludeInactive = false) : IQuery<IReadOnlyList<RoomItem>>;

public sealed class ListRoomsHandler(IApplicationDbContext db) : IQueryHandler<ListRooms, IReadOnlyList<RoomItem>>
{
    public async ValueTask<IReadOnlyList<RoomItem>> Handle(ListRooms query, CancellationToken cancellationToken)
    {
        var rooms = await db.Rooms.AsNoTracking()
            .Where(r => query.IncludeInactive || r.IsActive)
            .Select(r => new RoomItem(r.Id, r.Name, r.Note, r.IsActive, r.Version))
            .ToListAsync(cancellationToken);

        // A handful of rows, sorted here so that both databases give the same order.
        return [.. rooms.OrderBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase).ThenBy(r => r.Id)];
    }
}
