using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Domain.Security;

namespace Remiv.Application.Users.Commands;

/// <summary>The hub must never lose its last active administrator: nobody could open accounts any more.</summary>
internal static class AdministratorGuard
{
    public static async Task EnsureAnotherActiveAdministratorAsync(IIdentityService identity, Guid leaving, CancellationToken cancellationToken)
    {
        var users = await identity.ListUsersAsync(cancellationToken);
        if (!users.Any(u => u.Id != leaving && u.IsActive && u.HasPassword && u.Roles.Contains(Roles.Admin)))
        {
            throw new RequestValidationException("Roles",
                "C'est le dernier compte d'administration actif. Donnez d'abord le rôle Administration à un autre compte.");
        }
    }
}
