using Mediator;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Security;

namespace Remiv.Application.Psychology.Availability.Commands;

/// <summary>A psychologist removes one of their weekly slots, from the version of their schedule they saw.</summary>
[RequiresPermission(Permission.ManageOwnAvailability)]
public sealed record RemoveMySlot(int ExpectedVersion, Guid SlotId) : ICommand<int>;

public sealed class RemoveMySlotHandler(IApplicationDbContext db, ICurrentUser user, IAuditLog audit) : ICommandHandler<RemoveMySlot, int>
{
    public async ValueTask<int> Handle(RemoveMySlot command, CancellationToken cancellationToken)
    {
        var schedule = await OwnSchedule.ForChangeAsync(db, user, command.ExpectedVersion, cancellationToken);
        if (schedule.Slots.All(s => s.Id != command.SlotId))
        {
            // Someone else's slot, or none: the same answer, so that nothing is learnt about other schedules.
            throw new NotFoundException();
        }

        schedule.RemoveSlot(command.SlotId);
        audit.Record("psychology.slot-removed", "PsychologistSchedule", schedule.UserId.ToString());
        return schedule.Version;
    }
}
