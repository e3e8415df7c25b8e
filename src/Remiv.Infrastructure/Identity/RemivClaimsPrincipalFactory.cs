using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Remiv.Infrastructure.Identity;

/// <summary>
/// Adds to the signed-in identity the display name and, when one of the user's roles requires
/// two-factor sign-in that the user has not set up yet, a claim that confines them to its set-up page.
/// </summary>
public sealed class RemivClaimsPrincipalFactory(
    UserManager<ApplicationUser> userManager,
    RoleManager<ApplicationRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, ApplicationRole>(userManager, roleManager, options)
{
    public const string DisplayNameClaim = "remiv:name";
    public const string TwoFactorSetupRequiredClaim = "remiv:2fa-setup-required";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        if (!user.TwoFactorEnabled && await TwoFactorRule.RequiredForAsync(UserManager, RoleManager, user))
        {
            identity.AddClaim(new Claim(TwoFactorSetupRequiredClaim, "true"));
        }

        return identity;
    }
}
