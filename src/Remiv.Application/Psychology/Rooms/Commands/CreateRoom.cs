using FluentValidation;
using Mediator;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Psychology;
using Remiv.Domain.Security;

namespace Remiv.Application.Psychology.Rooms.Commands;

/// <summary>A coordinator adds a room where psychologists receive young people; its name is unique.</summary>
[RequiresPermission(Permission.ManageRooms)]
public sealed record CreateRoom(string Name, string? Note) : ICommand<Guid>, IRoomFields;

public sealed class CreateRoomValidator : AbstractValidator<CreateRoom>
{
    public CreateRoomValidator() => Include(new RoomFieldRules());
}

public sealed class CreateRoomHandler(IApplicationDbContext db, IAuditLog audit) : ICommandHandler<CreateRoom, Guid>
{
    public async ValueTask<Guid> Handle(CreateRoom command, CancellationToken cancellationToken)
    {
        await RoomFieldRules.EnsureNameFreeAsync(db, command.Name, null, cancellationToken);
        var room = Room.Create(command.Name, command.Note);
        db.Rooms.Add(room);
        audit.Record("room.created", "Room", room.Id.ToString());
        return room.Id;
    }
}
