using Mediator;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;

namespace Remiv.Application.Account.Commands;

/// <summary>Ten new single-use recovery codes; the previous ones stop working.</summary>
[RequiresSignedInUser]
public sealed record RegenerateRecoveryCodes : ICommand<IReadOnlyList<string>>;

public sealed class RegenerateRecoveryCodesHandler(IIdentityService identity, ICurrentUser currentUser, IAuditLog audit)
    : ICommandHandler<RegenerateRecoveryCodes, IReadOnlyList<string>>
{
    public async ValueTask<IReadOnlyList<string>> Handle(RegenerateRecoveryCodes command, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId ?? throw new NotSignedInException();
        var outcome = await identity.RegenerateRecoveryCodesAsync(userId, cancellationToken);
        if (!outcome.Succeeded || outcome.Value is null)
        {
            throw new RequestValidationException("TwoFactor", outcome.Errors.Count > 0 ? outcome.Errors[0] : "Activez d'abord la double authentification.");
        }

        audit.Record("account.recovery-codes-regenerated", "User", userId.ToString());
        return outcome.Value;
    }
}
