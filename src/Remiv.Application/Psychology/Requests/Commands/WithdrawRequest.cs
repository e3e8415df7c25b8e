using FluentValidation;
using Mediator;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Psychology;
using Remiv.Domain.Security;

namespace Remiv.Application.Psychology.Requests.Commands;

/// <summary>
/// Takes a waiting request off the waiting list, with a note saying why (the young person left, declined, is followed
/// elsewhere), from the version read. Its author, coordinators and psychologists may withdraw it (see
/// <see cref="RequestRights"/>); the note and who withdrew it stay on the file. Allowed on an archived file, so that a
/// request left waiting there can still be closed.
/// </summary>
[RequiresPermission(Permission.ViewYouths)]
public sealed record WithdrawRequest(Guid RequestId, int ExpectedVersion, string Note) : ICommand<int>;

public sealed class WithdrawRequestValidator : AbstractValidator<WithdrawRequest>
{
    public WithdrawRequestValidator()
    {
        RuleFor(c => c.Note).NotEmpty().WithMessage("Indiquez pourquoi la demande est retirée.");
        RuleFor(c => c.Note).MaximumLength(FollowUpRequest.NoteMaxLength).WithMessage("Ce texte est trop long (300 caractères au plus).");
    }
}

public sealed class WithdrawRequestHandler(IApplicationDbContext db, YouthAccess access, ICurrentUser user, IAuditLog audit, TimeProvider clock)
    : ICommandHandler<WithdrawRequest, int>
{
    public async ValueTask<int> Handle(WithdrawRequest command, CancellationToken cancellationToken)
    {
        var (request, _) = await RequestRights.LoadForChangeAsync(
            db, access, user, command.RequestId, command.ExpectedVersion, r => RequestRights.MayWithdraw(user, r.RequestedBy), fromWaitingList: true, cancellationToken);
        request.Withdraw(command.Note, access.UserId, clock.GetUtcNow());
        audit.Record("psychology.request-withdrawn", "FollowUpRequest", request.Id.ToString());
        return request.Version;
    }
}
