using Remiv.Application.Common.Security;
using Remiv.Domain.Security;

namespace Remiv.Application.Tests.TestSupport;

/// <summary>
/// A hand-written <see cref="ICurrentUser"/>. It does not override <see cref="ICurrentUser.Has"/>,
/// so the interface's own rule (signed in and granted by <see cref="RolePermissions"/>) applies.
/// </summary>
public sealed class TestUser(Guid? userId, bool isAuthenticated, IReadOnlyCollection<string> roles) : ICurrentUser
{
    public Guid? UserId { get; } = userId;

    public bool IsAuthenticated { get; } = isAuthenticated;

    public IReadOnlyCollection<string> Roles { get; } = roles;

    public static TestUser Anonymous() => new(null, false, []);

    public static TestUser SignedIn(params string[] roles) => new(Guid.NewGuid(), true, roles);

    public static TestUser SignedIn(Guid userId, params string[] roles) => new(userId, true, roles);
}
