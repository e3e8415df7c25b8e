using FluentValidation;
using Mediator;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Common.Validation;

namespace Remiv.Application.Users.Commands;

/// <summary>The invited colleague chooses a password; the token in their link proves the invitation is theirs.</summary>
[AllowAnonymousRequest]
public sealed record AcceptInvitation(Guid UserId, string Token, string Password, string PasswordConfirmation) : ICommand<Guid>;

public sealed class AcceptInvitationValidator : AbstractValidator<AcceptInvitation>
{
    public AcceptInvitationValidator()
    {
        RuleFor(c => c.Token).NotEmpty().WithMessage("Ce lien d'invitation est incomplet. Ouvrez le lien reçu en entier, ou demandez-en un nouveau à l'administration.");
        RuleFor(c => c.Password).NewPassword();
        RuleFor(c => c.PasswordConfirmation).Equal(c => c.Password).WithMessage("Les deux mots de passe ne sont pas identiques. Saisissez-les à nouveau.");
    }
}

public sealed class AcceptInvitationHandler(IIdentityService identity, IAuditLog audit) : ICommandHandler<AcceptInvitation, Guid>
{
    public async ValueTask<Guid> Handle(AcceptInvitation command, CancellationToken cancellationToken)
    {
        var outcome = await identity.AcceptInvitationAsync(command.UserId, command.Token, command.Password, cancellationToken);
        if (!outcome.Succeeded)
        {
            throw new RequestValidationException(nameof(command.Password), outcome.Errors);
        }

        audit.Record("user.invitation-accepted", "User", command.UserId.ToString());
        return command.UserId;
    }
}
