using FluentValidation;
using Mediator;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Psychology;
using Remiv.Domain.Security;

namespace Remiv.Application.Psychology.Requests.Commands;

/// <summary>
/// Changes the urgency of a waiting request (the situation got worse, or calmer), from the version read. Open to those
/// who may make a request for this young person: only one request waits at a time, so a colleague of the follow-up group
/// raises the urgency of the one there rather than making another. Refused for an archived file.
/// </summary>
[RequiresPermission(Permission.RequestPsychologicalFollowUp)]
public sealed record ChangeRequestUrgency(Guid RequestId, int ExpectedVersion, RequestUrgency Urgency) : ICommand<int>;

public sealed class ChangeRequestUrgencyValidator : AbstractValidator<ChangeRequestUrgency>
{
    public ChangeRequestUrgencyValidator() => RuleFor(c => c.Urgency).IsInEnum().WithMessage("Choisissez l'urgence.");
}

public sealed class ChangeRequestUrgencyHandler(IApplicationDbContext db, YouthAccess access, ICurrentUser user, IAuditLog audit)
    : ICommandHandler<ChangeRequestUrgency, int>
{
    public async ValueTask<int> Handle(ChangeRequestUrgency command, CancellationToken cancellationToken)
    {
        var (request, youth) = await RequestRights.LoadForChangeAsync(
            db, access, user, command.RequestId, command.ExpectedVersion, _ => RequestRights.MayChangeUrgency(user), fromWaitingList: false, cancellationToken);
        youth.EnsureOpen();
        request.ChangeUrgency(command.Urgency);
        audit.Record("psychology.request-urgency-changed", "FollowUpRequest", request.Id.ToString());
        return request.Version;
    }
}
