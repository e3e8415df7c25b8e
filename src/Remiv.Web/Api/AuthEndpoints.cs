using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Remiv.Application.Account.Commands;
using Remiv.Infrastructure.Identity;

namespace Remiv.Web.Api;

/// <summary>
/// Bearer tokens for API clients, issued by Identity's bearer scheme (as Identity's own API endpoints do),
/// with the same lockout and two-factor rules as the sign-in page. There is no public sign-up.
/// </summary>
internal static class AuthEndpoints
{
    public static void MapAuthEndpoints(this RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").AllowAnonymous().WithTags("Authentification");
        auth.MapPost("/login", LoginAsync).WithSummary("Obtenir un jeton d'accès (e-mail, mot de passe et, si le compte l'exige, code de double authentification).");
        auth.MapPost("/refresh", RefreshAsync).WithSummary("Renouveler le jeton d'accès avec le jeton de renouvellement.");
    }

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> LoginAsync(
        LoginRequest login, SignInManager<ApplicationUser> signInManager, IStringLocalizer<SharedResource> l)
    {
        signInManager.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signInManager.PasswordSignInAsync(login.Email, login.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            if (!string.IsNullOrWhiteSpace(login.TwoFactorCode))
            {
                result = await signInManager.TwoFactorAuthenticatorSignInAsync(TwoFactorCode.Normalise(login.TwoFactorCode), isPersistent: false, rememberClient: false);
            }
            else if (!string.IsNullOrWhiteSpace(login.TwoFactorRecoveryCode))
            {
                result = await signInManager.TwoFactorRecoveryCodeSignInAsync(TwoFactorCode.NormaliseRecoveryCode(login.TwoFactorRecoveryCode));
            }
            else
            {
                return TypedResults.Problem(
                    title: l["Ce compte demande un code de double authentification. Renvoyez la requête avec twoFactorCode."],
                    statusCode: StatusCodes.Status401Unauthorized,
                    extensions: new Dictionary<string, object?> { ["twoFactorRequired"] = true });
            }
        }

        if (result.Succeeded)
        {
            // The bearer scheme has written the token response.
            return TypedResults.Empty;
        }

        return TypedResults.Problem(
            title: result.IsLockedOut
                ? l["Ce compte est verrouillé pour 15 minutes après plusieurs essais infructueux. Réessayez plus tard."]
                : l["Adresse e-mail, mot de passe ou code incorrect."],
            statusCode: StatusCodes.Status401Unauthorized);
    }

    private static async Task<Results<SignInHttpResult, ChallengeHttpResult>> RefreshAsync(
        RefreshRequest refresh,
        SignInManager<ApplicationUser> signInManager,
        IOptionsMonitor<BearerTokenOptions> bearerOptions,
        TimeProvider clock)
    {
        var ticket = bearerOptions.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(refresh.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
            || await signInManager.ValidateSecurityStampAsync(ticket.Principal) is not { } user
            || !await signInManager.CanSignInAsync(user))
        {
            return TypedResults.Challenge();
        }

        return TypedResults.SignIn(await signInManager.CreateUserPrincipalAsync(user), authenticationScheme: IdentityConstants.BearerScheme);
    }

    internal sealed record LoginRequest(string Email, string Password, string? TwoFactorCode = null, string? TwoFactorRecoveryCode = null);

    internal sealed record RefreshRequest(string RefreshToken);
}
