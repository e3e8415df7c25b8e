namespace Remiv.Domain.Youths;

/// <summary>The axes ("volets") along which the hub follows a young person.</summary>
public enum Track
{
    Administrative = 1,
    Legal = 2,
    Social = 3,
    Psychological = 4,
    Health = 5,
    EducationTraining = 6,
    Housing = 7,
    Language = 8,
    CultureSport = 9,
}

/// <summary>Where the young person stands in the child-protection path. Every change is dated.</summary>
public enum YouthStatus
{
    FirstContact = 1,
    AgeAssessment = 2,
    RecognisedMinorPlaced = 3,
    MinorityRefused = 4,
    AppealPending = 5,
    RecognisedAfterAppeal = 6,
    RefusedAfterAppeal = 7,
    YoungAdultSupport = 8,
    Exited = 9,
}

public enum BirthDateStanding
{
    Declared = 1,
    Documented = 2,
    Contested = 3,
}

public enum Sex
{
    Unknown = 0,
    Female = 1,
    Male = 2,
    Other = 3,
}

public enum EntryKind
{
    Conversation = 1,
    Accompaniment = 2,
    PhoneCall = 3,
    Paperwork = 4,
    Workshop = 5,
    Other = 6,
}

/// <summary>Who may read an entry, within the people who may see the young person.</summary>
public enum EntryVisibility
{
    FollowUpGroup = 1,
    AuthorOnly = 2,
}

public enum DocumentKind
{
    BirthCertificate = 1,
    PassportOrIdCard = 2,
    ConsularCard = 3,
    SchoolCertificates = 4,
    AsePlacementOrder = 5,
    CourtDecisions = 6,
    AsylumCertificate = 7,
    ResidencePermitOrReceipt = 8,
    HealthCoverageCard = 9,
}

public enum DocumentStatus
{
    Missing = 1,
    Requested = 2,
    Obtained = 3,
    Expired = 4,
}

/// <summary>Why a young person left the hub; activity reports count exits by these.</summary>
public enum ExitReason
{
    EndOfSupport = 1,
    CameOfAge = 2,
    MovedAway = 3,
    HandedOver = 4,
    LostContact = 5,
    Removed = 6,
    Other = 7,
}
