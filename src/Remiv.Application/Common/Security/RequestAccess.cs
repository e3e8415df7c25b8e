using Remiv.Domain.Security;

namespace Remiv.Application.Common.Security;

/// <summary>The request may only run for a user whose roles grant this permission.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequiresPermissionAttribute(Permission permission) : Attribute
{
    public Permission Permission { get; } = permission;
}

/// <summary>The request may run for any signed-in user (their own account, for example).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequiresSignedInUserAttribute : Attribute;

/// <summary>
/// The request may run without a signed-in user. Only for the few steps that come before an account
/// exists (first-run setup, accepting an invitation); each guards itself with a secret token.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AllowAnonymousRequestAttribute : Attribute;
