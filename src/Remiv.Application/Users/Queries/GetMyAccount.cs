using Mediator;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Security;

namespace Remiv.Application.Users.Queries;

/// <summary>The signed-in user's own account: name, roles and what they grant.</summary>
[RequiresSignedInUser]
public sealed record GetMyAccount : IQuery<MyAccount>;

public sealed record MyAccount(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string> Permissions, bool TwoFactorEnabled);

public sealed class GetMyAccountHandler(IIdentityService identity, ICurrentUser currentUser) : IQueryHandler<GetMyAccount, MyAccount>
{
    public async ValueTask<MyAccount> Handle(GetMyAccount query, CancellationToken cancellationToken)
    {
        var user = await identity.FindUserAsync(currentUser.UserId ?? Guid.Empty, cancellationToken) ?? throw new NotFoundException();
        return new MyAccount(
            user.Id,
            user.Email,
            user.DisplayName,
            user.Roles,
            [.. RolePermissions.For(user.Roles).Order().Select(p => p.ToString())],
            user.TwoFactorEnabled);
    }
}
