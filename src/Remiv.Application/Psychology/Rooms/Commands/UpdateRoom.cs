using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Security;

namespace Remiv.Application.Psychology.Rooms.Commands;

/// <summary>
/// A coordinator renames a room, changes its note, withdraws it (<see cref="IsActive"/> false: no more bookings there,
/// the sessions held there keep it) or puts it back in service, from the version they saw.
/// </summary>
[RequiresPermission(Permission.ManageRooms)]
public sealed record UpdateRoom(Guid RoomId, int ExpectedVersion, string Name, string? Note, bool IsActive) : ICommand<int>, IRoomFields;

public sealed class UpdateRoomValidator : AbstractValidator<UpdateRoom>
{
    public UpdateRoomValidator() => Include(new RoomFieldRules());
}

public sealed class UpdateRoomHandler(IApplicationDbContext db, IAuditLog audit) : ICommandHandler<UpdateRoom, int>
{
    public async ValueTask<int> Handle(UpdateRoom command, CancellationToken cancellationToken)
    {
        var room = await db.Rooms.FirstOrDefaultAsync(r => r.Id == command.RoomId, cancellationToken) ?? throw new NotFoundException();
        if (room.Version != command.ExpectedVersion)
        {
            throw new ConcurrencyConflictException();
        }

        await RoomFieldRules.EnsureNameFreeAsync(db, command.Name, room.Id, cancellationToken);
        room.Update(command.Name, command.Note, command.IsActive);
        audit.Record("room.updated", "Room", room.Id.ToString());
        return room.Version;
    }
}
