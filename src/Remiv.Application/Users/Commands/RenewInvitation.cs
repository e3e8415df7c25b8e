using Mediator;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Security;

namespace Remiv.Application.Users.Commands;

/// <summary>
/// A new link to choose a password: for a colleague who lost their invitation or let it expire, or who
/// forgot their password (which then stops working). Links sent before stop working too.
/// </summary>
[RequiresPermission(Permission.ManageUsers)]
public sealed record RenewInvitation(Guid UserId) : ICommand<InvitationSent>;

public sealed class RenewInvitationHandler(IIdentityService identity, InvitationMailer mailer, IAuditLog audit)
    : ICommandHandler<RenewInvitation, InvitationSent>
{
    public async ValueTask<InvitationSent> Handle(RenewInvitation command, CancellationToken cancellationToken)
    {
        var outcome = await identity.RenewInvitationAsync(command.UserId, cancellationToken);
        if (outcome.Value is null)
        {
            throw outcome.Errors.Count == 0
                ? new NotFoundException()
                : new RequestValidationException(nameof(command.UserId), outcome.Errors[0]);
        }

        audit.Record("user.invitation-renewed", "User", command.UserId.ToString());
        return await mailer.SendAsync(outcome.Value, cancellationToken);
    }
}
