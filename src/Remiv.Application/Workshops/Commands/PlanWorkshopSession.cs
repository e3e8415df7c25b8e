using FluentValidation;
using Mediator;
using Remiv.Application.Common;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Security;
using Remiv.Domain.Workshops;

namespace Remiv.Application.Workshops.Commands;

/// <summary>
/// Plans a session of a kind still offered: day, hours (Paris), place, led by a member of staff or by a partner (with the
/// name of the partner's facilitator if known).
/// </summary>
[RequiresPermission(Permission.ScheduleWorkshops)]
public sealed record PlanWorkshopSession(
    Guid KindId,
    string? Title,
    DateOnly Date,
    TimeOnly Start,
    TimeOnly End,
    string? Place,
    Guid? FacilitatorUserId,
    Guid? FacilitatorPartnerId,
    string? FacilitatorName) : ICommand<Guid>, IWorkshopSessionFields;

public sealed class PlanWorkshopSessionValidator : AbstractValidator<PlanWorkshopSession>
{
    public PlanWorkshopSessionValidator() => Include(new WorkshopSessionFieldRules());
}

public sealed class PlanWorkshopSessionHandler(IApplicationDbContext db, IIdentityService identity, ICurrentUser user, IAuditLog audit, TimeProvider clock)
    : ICommandHandler<PlanWorkshopSession, Guid>
{
    public async ValueTask<Guid> Handle(PlanWorkshopSession command, CancellationToken cancellationToken)
    {
        var userId = user.UserId ?? throw new NotSignedInException();
        await WorkshopSessionFieldRules.CheckReferencesAsync(db, identity, command, null, cancellationToken);
        var session = WorkshopSession.Plan(command.KindId, WorkshopSessionFieldRules.Details(command), userId, clock.Today(), clock.GetUtcNow());
        db.WorkshopSessions.Add(session);
        audit.Record("workshop-session.planned", "WorkshopSession", session.Id.ToString());
        return session.Id;
    }
}
