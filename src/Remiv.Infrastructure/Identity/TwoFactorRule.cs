using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Remiv.Infrastructure.Identity;

/// <summary>Two-factor sign-in is required of a user when any of their roles requires it.</summary>
internal static class TwoFactorRule
{
    public static async Task<bool> RequiredForAsync(UserManager<ApplicationUser> users, RoleManager<ApplicationRole> roles, ApplicationUser user)
    {
        var names = await users.GetRolesAsync(user);
        return await roles.Roles.AnyAsync(r => r.RequiresTwoFactor && r.Name != null && names.Contains(r.Name));
    }
}
