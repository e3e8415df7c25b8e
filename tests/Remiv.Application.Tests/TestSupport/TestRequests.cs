using Mediator;
using Remiv.Application.Common.Security;
using Remiv.Domain.Security;

namespace Remiv.Application.Tests.TestSupport;

/// <summary>A request that says nothing about who may send it.</summary>
public sealed record UndeclaredRequest : ICommand<string>;

[AllowAnonymousRequest]
public sealed record AnonymousRequest : ICommand<string>;

[RequiresSignedInUser]
public sealed record SignedInRequest : IQuery<string>;

[RequiresPermission(Permission.ManageUsers)]
public sealed record ManageUsersRequest : ICommand<string>;

[RequiresPermission(Permission.UseStaffArea)]
public sealed record StaffAreaRequest : IQuery<string>;

/// <summary>A request carrying personal data, to prove it never reaches the logs.</summary>
[RequiresPermission(Permission.UseStaffArea)]
public sealed record RegisterYouthRequest(string FullName, string Email) : ICommand<Guid>;

/// <summary>A command for the unit-of-work tests.</summary>
[RequiresPermission(Permission.UseStaffArea)]
public sealed record SaveNoteRequest(string Text) : ICommand<int>;

/// <summary>A request that contradicts itself: anonymous and restricted at once.</summary>
[AllowAnonymousRequest]
[RequiresPermission(Permission.ManageUsers)]
public sealed record ContradictoryRequest : ICommand<string>;
