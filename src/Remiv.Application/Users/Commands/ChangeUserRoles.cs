using FluentValidation;
using Mediator;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Common.Validation;
using Remiv.Domain.Security;

namespace Remiv.Application.Users.Commands;

[RequiresPermission(Permission.ManageUsers)]
public sealed record ChangeUserRoles(Guid UserId, IReadOnlyCollection<string> Roles) : ICommand<Guid>;

public sealed class ChangeUserRolesValidator : AbstractValidator<ChangeUserRoles>
{
    public ChangeUserRolesValidator() => RuleFor(c => c.Roles).ValidRoles();
}

public sealed class ChangeUserRolesHandler(IIdentityService identity, IAuditLog audit) : ICommandHandler<ChangeUserRoles, Guid>
{
    public async ValueTask<Guid> Handle(ChangeUserRoles command, CancellationToken cancellationToken)
    {
        var user = await identity.FindUserAsync(command.UserId, cancellationToken) ?? throw new NotFoundException();
        if (user.Roles.Contains(Roles.Admin) && !command.Roles.Contains(Roles.Admin))
        {
            await AdministratorGuard.EnsureAnotherActiveAdministratorAsync(identity, user.Id, cancellationToken);
        }

        var outcome = await identity.SetRolesAsync(command.UserId, [.. command.Roles.Distinct(StringComparer.Ordinal)], cancellationToken);
        if (!outcome.Succeeded)
        {
            throw new RequestValidationException(nameof(command.Roles), outcome.Errors[0]);
        }

        audit.Record("user.roles-changed", "User", command.UserId.ToString());
        return command.UserId;
    }
}
