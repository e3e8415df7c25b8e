using Mediator;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Security;

namespace Remiv.Application.Users.Commands;

/// <summary>Closes or reopens an account. A closed account cannot sign in; nothing it wrote is deleted.</summary>
[RequiresPermission(Permission.ManageUsers)]
public sealed record SetUserActive(Guid UserId, bool Active) : ICommand<Guid>;

public sealed class SetUserActiveHandler(IIdentityService identity, ICurrentUser currentUser, IAuditLog audit) : ICommandHandler<SetUserActive, Guid>
{
    public async ValueTask<Guid> Handle(SetUserActive command, CancellationToken cancellationToken)
    {
        var user = await identity.FindUserAsync(command.UserId, cancellationToken) ?? throw new NotFoundException();
        if (!command.Active)
        {
            if (user.Id == currentUser.UserId)
            {
                throw new RequestValidationException(nameof(command.Active), "Vous ne pouvez pas désactiver votre propre compte.");
            }

            if (user.Roles.Contains(Roles.Admin))
            {
                await AdministratorGuard.EnsureAnotherActiveAdministratorAsync(identity, user.Id, cancellationToken);
            }
        }

        var outcome = await identity.SetActiveAsync(command.UserId, command.Active, cancellationToken);
        if (!outcome.Succeeded)
        {
            throw new NotFoundException();
        }

        audit.Record(command.Active ? "user.reactivated" : "user.deactivated", "User", command.UserId.ToString());
        return command.UserId;
    }
}
