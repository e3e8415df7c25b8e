namespace Remiv.Domain.Security;

/// <summary>
/// The single rule set mapping roles to permissions. Deny by default: a permission not listed
/// for any of the user's roles is refused.
/// Administration deliberately grants no access to the young people's files.
/// </summary>
public static class RolePermissions
{
    private static readonly Dictionary<string, HashSet<Permission>> Map = new(StringComparer.Ordinal)
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
        [Roles.System] = [Permission.RunScheduledJobs],
    };

    public static bool Grants(IEnumerable<string> roles, Permission permission) =>
        roles.Any(role => Map.TryGetValue(role, out var granted) && granted.Contains(permission));

    public static IReadOnlySet<Permission> For(IEnumerable<string> roles) =>
        roles.Where(Map.ContainsKey).SelectMany(role => Map[role]).ToHashSet();
}
