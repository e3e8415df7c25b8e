using Mediator;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Security;

namespace Remiv.Application.Users.Queries;

[RequiresPermission(Permission.ManageUsers)]
public sealed record ListUsers : IQuery<UserDirectory>;

public sealed record UserDirectory(IReadOnlyList<UserSummary> Users, IReadOnlyList<RoleSecurity> RoleSecurity);

public sealed class ListUsersHandler(IIdentityService identity) : IQueryHandler<ListUsers, UserDirectory>
{
    public async ValueTask<UserDirectory> Handle(ListUsers query, CancellationToken cancellationToken) =>
        new(await identity.ListUsersAsync(cancellationToken), await identity.ListRoleSecurityAsync(cancellationToken));
}
