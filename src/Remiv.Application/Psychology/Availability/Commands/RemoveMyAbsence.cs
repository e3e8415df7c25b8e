using Mediator;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Security;

namespace Remiv.Application.Psychology.Availability.Commands;

/// <summary>A psychologist removes one of their absences, from the version of their schedule they saw.</summary>
[RequiresPermission(Permission.ManageOwnAvailability)]
public sealed record RemoveMyAbsence(int ExpectedVersion, Guid AbsenceId) : ICommand<int>;

public sealed class RemoveMyAbsenceHandler(IApplicationDbContext db, ICurrentUser user, IAuditLog audit) : ICommandHandler<RemoveMyAbsence, int>
{
    public async ValueTask<int> Handle(RemoveMyAbsence command, CancellationToken cancellationToken) =>
        await OwnSchedule.RemoveItemAsync(db, user, audit, command.ExpectedVersion,
            schedule => schedule.Absences.Any(item => item.Id == command.AbsenceId), schedule => schedule.RemoveAbsence(command.AbsenceId),
            "psychology.absence-removed", cancellationToken);
}
