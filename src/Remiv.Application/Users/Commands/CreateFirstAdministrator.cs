using FluentValidation;
using Mediator;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Common.Validation;
using Remiv.Domain.Security;

namespace Remiv.Application.Users.Commands;

/// <summary>First run: creates the first administrator, once, with the token printed to the console.</summary>
[AllowAnonymousRequest]
public sealed record CreateFirstAdministrator(string SetupToken, string Email, string DisplayName, string Password) : ICommand<Guid>;

public sealed class CreateFirstAdministratorValidator : AbstractValidator<CreateFirstAdministrator>
{
    public CreateFirstAdministratorValidator()
    {
        RuleFor(c => c.SetupToken).NotEmpty().WithMessage("Recopiez le code d'installation affiché dans la console du serveur.");
        RuleFor(c => c.Email).ValidEmail();
        RuleFor(c => c.DisplayName).ValidDisplayName();
        RuleFor(c => c.Password).NewPassword();
    }
}

public sealed class CreateFirstAdministratorHandler(IIdentityService identity, IFirstRunSetup setup, IAuditLog audit)
    : ICommandHandler<CreateFirstAdministrator, Guid>
{
    public async ValueTask<Guid> Handle(CreateFirstAdministrator command, CancellationToken cancellationToken)
    {
        if (await identity.AnyUserExistsAsync(cancellationToken))
        {
            throw new NotFoundException();
        }

        if (!setup.Accepts(command.SetupToken))
        {
            throw new RequestValidationException(nameof(command.SetupToken),
                "Ce code d'installation est incorrect. Recopiez celui affiché dans la console du serveur au démarrage.");
        }

        var outcome = await identity.CreateUserAsync(
            new NewAccount(command.Email.Trim(), command.DisplayName.Trim(), [Roles.Admin]), command.Password, cancellationToken);
        if (!outcome.Succeeded)
        {
            throw new RequestValidationException(nameof(command.Password), outcome.Errors);
        }

        audit.Record("setup.first-administrator-created", "User", outcome.Value.ToString());
        setup.Complete();
        return outcome.Value;
    }
}
