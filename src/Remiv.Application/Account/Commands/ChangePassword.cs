using FluentValidation;
using Mediator;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Common.Validation;

namespace Remiv.Application.Account.Commands;

[RequiresSignedInUser]
public sealed record ChangePassword(string CurrentPassword, string NewPassword, string NewPasswordConfirmation) : ICommand<Guid>;

public sealed class ChangePasswordValidator : AbstractValidator<ChangePassword>
{
    public ChangePasswordValidator()
    {
        RuleFor(c => c.CurrentPassword).NotEmpty().WithMessage("Saisissez votre mot de passe actuel.");
        RuleFor(c => c.NewPassword).NewPassword();
        RuleFor(c => c.NewPasswordConfirmation).Equal(c => c.NewPassword).WithMessage("Les deux mots de passe ne sont pas identiques. Saisissez-les à nouveau.");
    }
}

public sealed class ChangePasswordHandler(IIdentityService identity, ICurrentUser currentUser, IAuditLog audit) : ICommandHandler<ChangePassword, Guid>
{
    public async ValueTask<Guid> Handle(ChangePassword command, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId ?? throw new NotSignedInException();
        if (!await identity.CheckPasswordAsync(userId, command.CurrentPassword, cancellationToken))
        {
            throw new RequestValidationException(nameof(command.CurrentPassword), "Votre mot de passe actuel est incorrect.");
        }

        var outcome = await identity.ChangePasswordAsync(userId, command.CurrentPassword, command.NewPassword, cancellationToken);
        if (!outcome.Succeeded)
        {
            throw new RequestValidationException(nameof(command.NewPassword), outcome.Errors);
        }

        audit.Record("account.password-changed", "User", userId.ToString());
        return userId;
    }
}
