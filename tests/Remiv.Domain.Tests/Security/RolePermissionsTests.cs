using Remiv.Domain.Security;

namespace Remiv.Domain.Tests.Security;

public sealed class RolePermissionsTests
{
    private static readonly string[] StaffRoles = [Roles.Coordinator, Roles.YouthWorker, Roles.Psychologist];

    [Test]
    public void RolePermissions_grants_ManageUsers_to_an_administrator()
    {
        RolePermissions.Grants([Roles.Admin], Permission.ManageUsers).ShouldBeTrue();
    }

    [Test]
    public void RolePermissions_does_not_grant_the_staff_area_to_an_administrator_who_must_see_no_case_data()
    {
        RolePermissions.Grants([Roles.Admin], Permission.UseStaffArea).ShouldBeFalse();
        RolePermissions.For([Roles.Admin]).ShouldBe([Permission.ManageUsers], ignoreOrder: true);
    }

    [TestCaseSource(nameof(StaffRoles))]
    public void RolePermissions_grants_the_staff_area_to_each_staff_role(string role)
    {
        RolePermissions.Grants([role], Permission.UseStaffArea).ShouldBeTrue();
    }

    [TestCaseSource(nameof(StaffRoles))]
    public void RolePermissions_does_not_let_a_staff_role_manage_users(string role)
    {
        RolePermissions.Grants([role], Permission.ManageUsers).ShouldBeFalse();
        RolePermissions.For([role]).ShouldBe([Permission.UseStaffArea], ignoreOrder: true);
    }

    [TestCase("Hacker")]
    [TestCase("admin")]
    [TestCase("")]
    public void RolePermissions_grants_nothing_to_an_unknown_role(string role)
    {
        RolePermissions.Grants([role], Permission.ManageUsers).ShouldBeFalse();
        RolePermissions.Grants([role], Permission.UseStaffArea).ShouldBeFalse();
        RolePermissions.For([role]).ShouldBeEmpty();
    }

    [Test]
    public void RolePermissions_grants_nothing_to_a_user_without_roles()
    {
        RolePermissions.Grants([], Permission.ManageUsers).ShouldBeFalse();
        RolePermissions.Grants([], Permission.UseStaffArea).ShouldBeFalse();
        RolePermissions.For([]).ShouldBeEmpty();
    }

    [Test]
    public void RolePermissions_For_returns_the_union_of_the_permissions_of_several_roles()
    {
        var permissions = RolePermissions.For([Roles.Admin, Roles.Coordinator]);

        permissions.ShouldBe([Permission.ManageUsers, Permission.UseStaffArea], ignoreOrder: true);
    }

    [Test]
    public void RolePermissions_For_lists_each_permission_once_and_ignores_unknown_roles_among_known_ones()
    {
        var permissions = RolePermissions.For([Roles.YouthWorker, Roles.Psychologist, "Unknown", Roles.Coordinator]);

        permissions.ShouldBe([Permission.UseStaffArea]);
    }

    [Test]
    public void RolePermissions_grants_a_permission_when_any_one_of_several_roles_grants_it()
    {
        RolePermissions.Grants(["Unknown", Roles.YouthWorker, Roles.Admin], Permission.ManageUsers).ShouldBeTrue();
        RolePermissions.Grants(["Unknown", Roles.YouthWorker, Roles.Admin], Permission.UseStaffArea).ShouldBeTrue();
    }
}
