using Mediator;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;

namespace Remiv.Application.Account.Commands;

/// <summary>Turns two-factor sign-in off, unless one of the user's roles requires it.</summary>
[RequiresSignedInUser]
public sealed record DisableTwoFactor : ICommand<Guid>;

public sealed class DisableTwoFactorHandler(IIdentityService identity, ICurrentUser currentUser, IAuditLog audit) : ICommandHandler<DisableTwoFactor, Guid>
{
    public async ValueTask<Guid> Handle(DisableTwoFactor command, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId ?? throw new NotSignedInException();
        if (await identity.TwoFactorRequiredForAsync(userId, cancellationToken))
        {
            throw new RequestValidationException("TwoFactor",
                "Votre rôle exige la double authentification : elle ne peut pas être désactivée. Adressez-vous à l'administration si besoin.");
        }

        await identity.DisableTwoFactorAsync(userId, cancellationToken);
        audit.Record("account.two-factor-disabled", "User", userId.ToString());
        return userId;
    }
}
