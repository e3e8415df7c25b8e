using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Remiv.Domain.Security;

namespace Remiv.Web.Security;

/// <summary>Protects a page with a permission, decided by the same <see cref="RolePermissions"/> as the mediator pipeline.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequirePermissionAttribute : AuthorizeAttribute
{
    public RequirePermissionAttribute(Permission permission)
    {
        Permission = permission;
        Policy = PermissionPolicy.Name(permission);
    }

    public Permission Permission { get; }
}

public static class PermissionPolicy
{
    private const string Prefix = "permission:";

    public static string Name(Permission permission) => Prefix + permission;

    public static bool TryParse(string policyName, out Permission permission)
    {
        permission = default;
        return policyName.StartsWith(Prefix, StringComparison.Ordinal)
               && Enum.TryParse(policyName[Prefix.Length..], out permission);
    }
}

internal sealed class PermissionRequirement(Permission permission) : IAuthorizationRequirement
{
    public Permission Permission { get; } = permission;
}

internal sealed class PermissionHandler : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        var roles = context.User.FindAll(ClaimTypes.Role).Select(c => c.Value);
        if (context.User.Identity?.IsAuthenticated == true && RolePermissions.Grants(roles, requirement.Permission))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

/// <summary>Builds "permission:X" policies on demand; any other name goes to the default provider.</summary>
internal sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName) =>
        PermissionPolicy.TryParse(policyName, out var permission)
            ? new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(permission)).Build()
            : await base.GetPolicyAsync(policyName);
}
