using Mediator;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Security;

namespace Remiv.Application.Psychology.Availability.Commands;

/// <summary>A psychologist removes one of their absences, from the version of their schedule they saw.</summary>
[RequiresPermission(Permission.ManageOwnAvailability)]
public sealed record RemoveMyAbsence(int ExpectedVersion, Guid AbsenceId) : ICommand<int>;

public sealed class RemoveMyAbsenceHandler(IApplicationDbContext db, ICurrentUser user, IAuditLog audit) : ICommandHandler<RemoveMyAbsence, int>
{
    public async ValueTask<int> Handle(RemoveMyAbsence command, CancellationToken cancellationToken)
    {
        var schedule = await OwnSchedule.ForChangeAsync(db, user, command.ExpectedVersion, cancellationToken);
        if (schedule.Absences.All(a => a.Id != command.AbsenceId))
        {
            // Someone else's absence, or none: the same answer, so that nothing is learnt about other schedules.
            throw new NotFoundException();
        }

        schedule.RemoveAbsence(command.AbsenceId);
        audit.Record("psychology.absence-removed", "PsychologistSchedule", schedule.UserId.ToString());
        return schedule.Version;
    }
}
