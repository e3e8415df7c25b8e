using Mediator;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Security;

namespace Remiv.Application.Psychology.Availability.Commands;

/// <summary>A psychologist removes one of their weekly slots, from the version of their schedule they saw.</summary>
[RequiresPermission(Permission.ManageOwnAvailability)]
public sealed record RemoveMySlot(int ExpectedVersion, Guid SlotId) : ICommand<int>;

public sealed class RemoveMySlotHandler(IApplicationDbContext db, ICurrentUser user, IAuditLog audit) : ICommandHandler<RemoveMySlot, int>
{
    public async ValueTask<int> Handle(RemoveMySlot command, CancellationToken cancellationToken) =>
        await OwnSchedule.RemoveItemAsync(db, user, audit, command.ExpectedVersion,
            schedule => schedule.Slots.Any(item => item.Id == command.SlotId), schedule => schedule.RemoveSlot(command.SlotId),
            "psychology.slot-removed", cancellationToken);
}
