using Remiv.Domain.Security;

namespace Remiv.Application.Common.Security;

/// <summary>Who is sending the request: a signed-in person, an API client, or a background job.</summary>
public interface ICurrentUser
{
    Guid? UserId { get; }

    bool IsAuthenticated { get; }

    IReadOnlyCollection<string> Roles { get; }

    bool Has(Permission permission) => IsAuthenticated && RolePermissions.Grants(Roles, permission);
}
