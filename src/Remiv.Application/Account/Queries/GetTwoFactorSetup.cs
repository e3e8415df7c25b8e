using Mediator;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;

namespace Remiv.Application.Account.Queries;

/// <summary>What the two-factor page shows: whether it is on, and the key to scan into an authenticator app.</summary>
[RequiresSignedInUser]
public sealed record GetTwoFactorSetup : IQuery<TwoFactorSetup>;

/// <param name="AuthenticatorUri">The otpauth:// address the QR code carries.</param>
public sealed record TwoFactorSetup(bool Enabled, bool RequiredByRole, string SharedKey, string AuthenticatorUri, int RecoveryCodesLeft);

public sealed class GetTwoFactorSetupHandler(IIdentityService identity, ICurrentUser currentUser) : IQueryHandler<GetTwoFactorSetup, TwoFactorSetup>
{
    public async ValueTask<TwoFactorSetup> Handle(GetTwoFactorSetup query, CancellationToken cancellationToken)
    {
        var state = await identity.GetTwoFactorStateAsync(currentUser.UserId ?? throw new NotSignedInException(), cancellationToken);
        var key = state.AuthenticatorKey.ToUpperInvariant();
        var uri = $"otpauth://totp/Remiv:{Uri.EscapeDataString(state.Email)}?secret={key}&issuer=Remiv&digits=6";
        return new TwoFactorSetup(state.Enabled, state.RequiredByRole, Group(key), uri, state.RecoveryCodesLeft);
    }

    /// <summary>Groups of four characters, easier to type by hand.</summary>
    private static string Group(string key) =>
        string.Join(' ', Enumerable.Range(0, (key.Length + 3) / 4).Select(i => key.Substring(i * 4, Math.Min(4, key.Length - (i * 4)))));
}
