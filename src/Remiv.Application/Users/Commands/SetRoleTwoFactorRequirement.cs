using FluentValidation;
using Mediator;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Security;

namespace Remiv.Application.Users.Commands;

/// <summary>
/// Requires (or stops requiring) two-factor sign-in for everyone holding a role. A user of that role
/// without 2FA is sent to its set-up page after signing in, and cannot use anything else until it is done.
/// </summary>
[RequiresPermission(Permission.ManageUsers)]
public sealed record SetRoleTwoFactorRequirement(string Role, bool Required) : ICommand<string>;

public sealed class SetRoleTwoFactorRequirementValidator : AbstractValidator<SetRoleTwoFactorRequirement>
{
    public SetRoleTwoFactorRequirementValidator() =>
        RuleFor(c => c.Role).Must(Roles.IsKnown).WithMessage("Ce rôle n'existe pas. Choisissez parmi Administration, Coordination, Travail social et Psychologie.");
}

public sealed class SetRoleTwoFactorRequirementHandler(IIdentityService identity, IAuditLog audit)
    : ICommandHandler<SetRoleTwoFactorRequirement, string>
{
    public async ValueTask<string> Handle(SetRoleTwoFactorRequirement command, CancellationToken cancellationToken)
    {
        await identity.SetRoleRequiresTwoFactorAsync(command.Role, command.Required, cancellationToken);
        audit.Record(command.Required ? "role.two-factor-required" : "role.two-factor-optional", "Role", command.Role);
        return command.Role;
    }
}
