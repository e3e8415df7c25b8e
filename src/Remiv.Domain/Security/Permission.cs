namespace Remiv.Domain.Security;

/// <summary>
/// What a request may do. Pages, API endpoints and background jobs all ask for a permission;
/// <see cref="RolePermissions"/> is the one place that says which role grants it.
/// </summary>
public enum Permission
{
    /// <summary>Invite, deactivate and change the roles of accounts; set the two-factor rule per role.</summary>
    ManageUsers = 1,

    /// <summary>Open the hub's home and the screens every staff member shares (no case data by itself).</summary>
    UseStaffArea = 2,

    /// <summary>See young people's identity, languages and interpreter need: those whose follow-up group one belongs to.</summary>
    ViewYouths = 3,

    /// <summary>Widens <see cref="ViewYouths"/> to every young person followed by the hub.</summary>
    ViewAllYouths = 4,

    /// <summary>See the case beyond identity: status, situations, documents, entries of the non-psychological tracks.</summary>
    ViewCaseDetails = 5,

    /// <summary>Register young people and change their file (within the files one may see).</summary>
    EditYouths = 6,

    /// <summary>Write follow-up entries on the non-psychological tracks.</summary>
    WriteFollowUpEntries = 7,

    /// <summary>Read and write the psychological track. Psychologists only: professional secrecy.</summary>
    UsePsychologicalTrack = 8,

    /// <summary>Change referents and follow-up groups.</summary>
    ManageFollowUpGroups = 9,

    /// <summary>Archive a young person who leaves the hub.</summary>
    ArchiveYouths = 10,

    /// <summary>Update the documents checklist, upload and download attachments.</summary>
    ManageDocuments = 11,

    /// <summary>Create, change and close the deadlines of the files one may see (on the tracks one may read).</summary>
    ManageDeadlines = 12,

    /// <summary>Edit the deadline presets (the rules of law turned into data).</summary>
    ManageDeadlinePresets = 13,

    /// <summary>See every open deadline of the hub, whoever answers for it.</summary>
    ViewDeadlineOverview = 14,

    /// <summary>Watch the background jobs and the emails that failed. Administration: no case data.</summary>
    MonitorJobs = 15,

    /// <summary>Run the scheduled jobs (reminders, digests, outbox). Held by the system alone, never by an account.</summary>
    RunScheduledJobs = 16,

    /// <summary>Ask for psychological follow-up for a young person one may see (urgency and reason).</summary>
    RequestPsychologicalFollowUp = 17,

    /// <summary>
    /// See the waiting list of psychological follow-up: psychologists (with each request's reason, and the young
    /// person's identity even before they follow them) and coordinators (urgency and waiting time, without the reason).
    /// </summary>
    ViewWaitingList = 18,

    /// <summary>Add, rename and withdraw the hub's rooms.</summary>
    ManageRooms = 19,

    /// <summary>See the psychologists' profiles, weekly slots and absences (to book sessions).</summary>
    ViewPsychologistAvailability = 20,

    /// <summary>Keep one's own profile, weekly slots and absences as a psychologist.</summary>
    ManageOwnAvailability = 21,

    /// <summary>
    /// Book, move, cancel and close psychological sessions: coordinators for any psychologist, psychologists for
    /// themselves only (the use cases check the "themselves").
    /// </summary>
    BookSessions = 22,

    /// <summary>
    /// See psychological sessions (time, room, psychologist, interpreter; never notes): coordinators all, psychologists
    /// their own and those of the young people they follow, youth workers those of the young people they follow.
    /// </summary>
    ViewSessions = 23,

    /// <summary>Write notes on one's sessions and read one's own and those the psychologists' team shares (psychologists only).</summary>
    KeepSessionNotes = 24,

    /// <summary>See the figures of psychological follow-up: sessions held, absences, cancellations, waiting times, interpreters.</summary>
    ViewPsychologyFigures = 25,

    /// <summary>Subscribe one's calendar app to one's sessions through a secret feed address.</summary>
    UseCalendarFeed = 26,

    /// <summary>Generate a young person's case summary (PDF) with what one may see of the file.</summary>
    GenerateCaseSummaries = 27,

    /// <summary>Have summaries of several young people built in the background, as a zip.</summary>
    GenerateSummaryBatches = 28,

    /// <summary>See the coordination dashboard: caseloads, coming majorities, overdue deadlines, waiting requests, silent files.</summary>
    ViewCoordinationDashboard = 29,

    /// <summary>See the workshop sessions and their attendance sheets (with the names of the young people present).</summary>
    ViewWorkshops = 30,

    /// <summary>Plan, move and edit workshop sessions.</summary>
    ScheduleWorkshops = 31,

    /// <summary>Add, rename and retire kinds of workshop.</summary>
    ManageWorkshopKinds = 32,

    /// <summary>Tick the young people present at a workshop session.</summary>
    TakeAttendance = 33,

    /// <summary>Read the partner directory and its contacts.</summary>
    ViewPartners = 34,

    /// <summary>Add and edit partners and their contacts.</summary>
    ManagePartners = 35,

    /// <summary>Refer a young person one follows to a partner, and follow the referral (within the tracks one may write).</summary>
    ManageReferrals = 36,

    /// <summary>See the activity report's aggregate figures.</summary>
    ViewActivityReport = 37,

    /// <summary>Export the activity report (PDF, Excel, CSV); every export is audited.</summary>
    ExportActivityReport = 38,
}
