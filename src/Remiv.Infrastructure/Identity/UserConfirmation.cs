using Microsoft.AspNetCore.Identity;

namespace Remiv.Infrastructure.Identity;

/// <summary>An account may sign in once its invitation is accepted and while an administrator keeps it open.</summary>
internal sealed class UserConfirmation : IUserConfirmation<ApplicationUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<ApplicationUser> manager, ApplicationUser user) =>
        Task.FromResult(user.IsActive && user.PasswordHash is not null);
}
