using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Psychology;
using Remiv.Domain.Security;

namespace Remiv.Application.Psychology.Requests.Commands;

/// <summary>
/// Asks for psychological follow-up for a young person one follows: an urgency, and a reason the psychologists read
/// (stored encrypted). The request joins the waiting list. One request waits at a time per young person; an archived
/// file takes no request.
/// </summary>
[RequiresPermission(Permission.RequestPsychologicalFollowUp)]
public sealed record RequestFollowUp(Guid YouthId, RequestUrgency Urgency, string Reason) : ICommand<Guid>;

public sealed class RequestFollowUpValidator : AbstractValidator<RequestFollowUp>
{
    public RequestFollowUpValidator()
    {
        RuleFor(c => c.Urgency).IsInEnum().WithMessage("Choisissez l'urgence.");
        RuleFor(c => c.Reason).NotEmpty()
            .WithMessage("Expliquez en quelques lignes ce qui motive la demande (ce que les psychologues doivent savoir).");
        RuleFor(c => c.Reason).MaximumLength(FollowUpRequest.ReasonMaxLength).WithMessage("Ce texte est trop long (1000 caractères au plus).");
    }
}

public sealed class RequestFollowUpHandler(IApplicationDbContext db, YouthAccess access, IAuditLog audit, TimeProvider clock)
    : ICommandHandler<RequestFollowUp, Guid>
{
    public async ValueTask<Guid> Handle(RequestFollowUp command, CancellationToken cancellationToken)
    {
        var youth = await access.LoadAsync(command.YouthId, cancellationToken);
        youth.EnsureOpen();
        if (await db.FollowUpRequests.AnyAsync(r => r.YouthId == youth.Id && r.Status == RequestStatus.Waiting, cancellationToken))
        {
            throw new RequestValidationException(string.Empty,
                "Une demande de suivi psychologique est déjà en attente pour ce jeune. Si la situation s'aggrave, changez son urgence.");
        }

        var request = FollowUpRequest.Make(youth, command.Urgency, command.Reason, access.UserId, clock.GetUtcNow());
        db.FollowUpRequests.Add(request);
        audit.Record("psychology.request-made", "FollowUpRequest", request.Id.ToString());
        return request.Id;
    }
}
