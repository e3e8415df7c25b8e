namespace Remiv.Domain.Youths;

/// <summary>Another spelling or script of the young person's name, as given or found in a document.</summary>
public sealed class YouthAlias
{
    private YouthAlias()
    {
        Name = string.Empty;
    }

    internal YouthAlias(string name, string? note)
    {
        Id = Guid.NewGuid();
        Name = name;
        Note = note;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>Where this spelling comes from ("passeport", "jugement", "dit par le jeune").</summary>
    public string? Note { get; private set; }
}

/// <summary>One dated step of the young person's path.</summary>
public sealed class StatusChange
{
    private StatusChange()
    {
    }

    internal StatusChange(YouthStatus status, DateOnly date, string? department, string? note, Guid? recordedBy, DateTimeOffset recordedAt, ExitReason? exitReason = null)
    {
        ExitReason = exitReason;
        Id = Guid.NewGuid();
        Status = status;
        Date = date;
        Department = department;
        Note = note;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    public YouthStatus Status { get; private set; }

    public DateOnly Date { get; private set; }

    /// <summary>The département whose child welfare (ASE) took the young person in, for a placement.</summary>
    public string? Department { get; private set; }

    /// <summary>Free note; for an exit, its details.</summary>
    public string? Note { get; private set; }

    /// <summary>Why the young person left, for an exit (null on exits recorded before reasons were counted).</summary>
    public ExitReason? ExitReason { get; private set; }

    public Guid? RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
}

/// <summary>A staff member's membership of the follow-up group, dated; it gives access while it lasts.</summary>
public sealed class GroupMembership
{
    private GroupMembership()
    {
    }

    internal GroupMembership(Guid userId, DateOnly from)
    {
        Id = Guid.NewGuid();
        UserId = userId;
        From = from;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public DateOnly From { get; private set; }

    /// <summary>The last day of membership; null while the member follows the young person.</summary>
    public DateOnly? Until { get; private set; }

    public bool IsActive => Until is null;

    internal void End(DateOnly until) => Until = until;
}

/// <summary>The current situation on one track, in a line or two.</summary>
public sealed class TrackSituation
{
    private TrackSituation()
    {
        Summary = string.Empty;
    }

    internal TrackSituation(Track track, string summary, Guid? updatedBy, DateTimeOffset updatedAt)
    {
        Id = Guid.NewGuid();
        Track = track;
        Summary = summary;
        UpdatedBy = updatedBy;
        UpdatedAt = updatedAt;
    }

    public Guid Id { get; private set; }

    public Track Track { get; private set; }

    public string Summary { get; private set; }

    public Guid? UpdatedBy { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    internal void Update(string summary, Guid? updatedBy, DateTimeOffset updatedAt)
    {
        Summary = summary;
        UpdatedBy = updatedBy;
        UpdatedAt = updatedAt;
    }
}

/// <summary>One word of one of the young person's names, as search keys (see <see cref="NameKeys"/>).</summary>
public sealed class YouthNameToken
{
    private YouthNameToken()
    {
        Plain = string.Empty;
        Phonetic = string.Empty;
    }

    internal YouthNameToken(Guid youthId, string plain)
    {
        YouthId = youthId;
        Plain = plain;
        Phonetic = NameKeys.Phonetic(plain);
    }

    public int Id { get; private set; }

    public Guid YouthId { get; private set; }

    public string Plain { get; private set; }

    public string Phonetic { get; private set; }
}
