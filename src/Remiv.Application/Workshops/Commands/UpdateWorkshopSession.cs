using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Security;

namespace Remiv.Application.Workshops.Commands;

/// <summary>Changes a session (kind, theme, day, hours, place, facilitator) from the version read; attendance stays.</summary>
[RequiresPermission(Permission.ScheduleWorkshops)]
public sealed record UpdateWorkshopSession(
    Guid SessionId,
    int ExpectedVersion,
    Guid KindId,
    string? Title,
    DateOnly Date,
    TimeOnly Start,
    TimeOnly End,
    string? Place,
    Guid? FacilitatorUserId,
    Guid? FacilitatorPartnerId,
    string? FacilitatorName) : ICommand<int>, IWorkshopSessionFields;

public sealed class UpdateWorkshopSessionValidator : AbstractValidator<UpdateWorkshopSession>
{
    public UpdateWorkshopSessionValidator() => Include(new WorkshopSessionFieldRules());
}

public sealed class UpdateWorkshopSessionHandler(IApplicationDbContext db, IIdentityService identity, IAuditLog audit, TimeProvider clock)
    : ICommandHandler<UpdateWorkshopSession, int>
{
    public async ValueTask<int> Handle(UpdateWorkshopSession command, CancellationToken cancellationToken)
    {
        var session = await db.WorkshopSessions.FirstOrDefaultAsync(s => s.Id == command.SessionId, cancellationToken) ?? throw new NotFoundException();
        if (session.Version != command.ExpectedVersion)
        {
            throw new ConcurrencyConflictException();
        }

        await WorkshopSessionFieldRules.CheckReferencesAsync(db, identity, command, session, cancellationToken);
        session.Update(command.KindId, WorkshopSessionFieldRules.Details(command), clock.Today());
        audit.Record("workshop-session.updated", "WorkshopSession", session.Id.ToString());
        return session.Version;
    }
}
