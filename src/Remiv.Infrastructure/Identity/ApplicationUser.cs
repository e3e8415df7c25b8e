using Microsoft.AspNetCore.Identity;

namespace Remiv.Infrastructure.Identity;

public sealed class ApplicationUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>False once an administrator closed the account; it can no longer sign in.</summary>
    public bool IsActive { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }
}

public sealed class ApplicationRole : IdentityRole<Guid>
{
    public ApplicationRole()
    {
    }

    public ApplicationRole(string name)
        : base(name)
    {
        Id = Guid.NewGuid();
    }

    /// <summary>Everyone holding this role must sign in with a second factor.</summary>
    public bool RequiresTwoFactor { get; set; }
}
