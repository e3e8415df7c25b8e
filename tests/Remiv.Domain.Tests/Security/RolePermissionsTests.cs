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
        RolePermissions.For([Roles.Admin]).ShouldBe([Permission.ManageUsers, Permission.MonitorJobs], ignoreOrder: true);
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
        RolePermissions.For([role]).ShouldContain(Permission.UseStaffArea);
    }

    /// <summary>The access rules of the case files, role by role: the specification, written out.</summary>
    private static readonly Dictionary<string, Permission[]> Expected = new()
    {
        [Roles.Admin] = [Permission.ManageUsers, Permission.MonitorJobs],
        [Roles.Coordinator] =
        [
            Permission.UseStaffArea, Permission.ViewYouths, Permission.ViewAllYouths, Permission.ViewCaseDetails, Permission.EditYouths,
            Permission.WriteFollowUpEntries, Permission.ManageFollowUpGroups, Permission.ArchiveYouths, Permission.ManageDocuments,
            Permission.ManageDeadlines, Permission.ManageDeadlinePresets, Permission.ViewDeadlineOverview,
            Permission.RequestPsychologicalFollowUp, Permission.ViewWaitingList, Permission.ManageRooms, Permission.ViewPsychologistAvailability,
            Permission.BookSessions, Permission.ViewSessions, Permission.ViewPsychologyFigures, Permission.GenerateCaseSummaries,
            Permission.GenerateSummaryBatches, Permission.ViewCoordinationDashboard, Permission.ViewWorkshops, Permission.ScheduleWorkshops,
            Permission.ManageWorkshopKinds, Permission.TakeAttendance, Permission.ViewPartners, Permission.ManagePartners,
            Permission.ManageReferrals, Permission.ViewActivityReport, Permission.ExportActivityReport,
        ],
        [Roles.YouthWorker] =
        [
            Permission.UseStaffArea, Permission.ViewYouths, Permission.ViewCaseDetails, Permission.EditYouths,
            Permission.WriteFollowUpEntries, Permission.ManageDocuments, Permission.ManageDeadlines, Permission.RequestPsychologicalFollowUp,
            Permission.ViewSessions, Permission.GenerateCaseSummaries, Permission.GenerateSummaryBatches, Permission.ViewWorkshops,
            Permission.ScheduleWorkshops, Permission.TakeAttendance, Permission.ViewPartners, Permission.ManagePartners, Permission.ManageReferrals,
        ],
        [Roles.Psychologist] =
        [
            Permission.UseStaffArea, Permission.ViewYouths, Permission.UsePsychologicalTrack, Permission.ManageDeadlines,
            Permission.ViewWaitingList, Permission.ViewPsychologistAvailability, Permission.ManageOwnAvailability,
            Permission.BookSessions, Permission.ViewSessions, Permission.KeepSessionNotes, Permission.UseCalendarFeed,
            Permission.GenerateCaseSummaries, Permission.ViewPartners, Permission.ManageReferrals,
        ],
    };

    [TestCase(Roles.Admin)]
    [TestCase(Roles.Coordinator)]
    [TestCase(Roles.YouthWorker)]
    [TestCase(Roles.Psychologist)]
    public void RolePermissions_grants_each_role_exactly_its_permissions(string role)
    {
        foreach (var permission in Enum.GetValues<Permission>())
        {
            RolePermissions.Grants([role], permission).ShouldBe(Expected[role].Contains(permission), $"{role} / {permission}");
        }
    }

    [Test]
    public void RolePermissions_keeps_the_psychological_track_to_psychologists_alone()
    {
        Roles.All.Where(r => RolePermissions.Grants([r], Permission.UsePsychologicalTrack)).ShouldBe([Roles.Psychologist]);
        Roles.All.Where(r => RolePermissions.Grants([r], Permission.KeepSessionNotes)).ShouldBe([Roles.Psychologist]);
    }

    [Test]
    public void RolePermissions_lets_only_coordinators_see_and_export_the_activity_report()
    {
        Roles.All.Where(r => RolePermissions.Grants([r], Permission.ViewActivityReport)).ShouldBe([Roles.Coordinator]);
        Roles.All.Where(r => RolePermissions.Grants([r], Permission.ExportActivityReport)).ShouldBe([Roles.Coordinator]);
        Roles.All.Where(r => RolePermissions.Grants([r], Permission.TakeAttendance)).ShouldBe([Roles.Coordinator, Roles.YouthWorker], ignoreOrder: true);
    }

    [Test]
    public void RolePermissions_gives_administration_no_access_to_case_data()
    {
        var caseData = Enum.GetValues<Permission>().Where(p => p is not (Permission.ManageUsers or Permission.MonitorJobs));

        caseData.Where(p => RolePermissions.Grants([Roles.Admin], p)).ShouldBeEmpty();
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

        permissions.ShouldBe([.. Expected[Roles.Coordinator], .. Expected[Roles.Admin]], ignoreOrder: true);
    }

    [Test]
    public void RolePermissions_For_lists_each_permission_once_and_ignores_unknown_roles_among_known_ones()
    {
        var permissions = RolePermissions.For([Roles.YouthWorker, Roles.Psychologist, "Unknown", Roles.Coordinator]);

        permissions.Count.ShouldBe(permissions.Distinct().Count());
        permissions.ShouldBe(Expected[Roles.Coordinator].Union(Expected[Roles.YouthWorker]).Union(Expected[Roles.Psychologist]), ignoreOrder: true);
    }

    [Test]
    public void RolePermissions_grants_a_permission_when_any_one_of_several_roles_grants_it()
    {
        RolePermissions.Grants(["Unknown", Roles.YouthWorker, Roles.Admin], Permission.ManageUsers).ShouldBeTrue();
        RolePermissions.Grants(["Unknown", Roles.YouthWorker, Roles.Admin], Permission.UseStaffArea).ShouldBeTrue();
    }

    [Test]
    public void RolePermissions_keeps_the_scheduled_jobs_to_the_system_which_no_account_can_hold()
    {
        Roles.All.ShouldNotContain(Roles.System);
        Roles.IsKnown(Roles.System).ShouldBeFalse();
        RolePermissions.For([Roles.System]).ShouldBe([Permission.RunScheduledJobs]);
        Roles.All.Where(r => RolePermissions.Grants([r], Permission.RunScheduledJobs)).ShouldBeEmpty();
    }
}
