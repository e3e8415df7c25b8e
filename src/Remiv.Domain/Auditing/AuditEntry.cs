namespace Remiv.Domain.Auditing;

/// <summary>
/// One line of the audit log: who did what to which record, and when. It names records by their
/// identifiers only, never by personal data, so that the log itself reveals nothing.
/// </summary>
public sealed class AuditEntry
{
    public const int ActionMaxLength = 100;
    public const int TargetTypeMaxLength = 100;
    public const int TargetIdMaxLength = 100;

    private AuditEntry()
    {
        Action = string.Empty;
        TargetType = string.Empty;
    }

    public AuditEntry(DateTimeOffset occurredAt, Guid? actorId, string action, string targetType, string? targetId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentException.ThrowIfNullOrWhiteSpace(targetType);
        if (action.Length > ActionMaxLength || targetType.Length > TargetTypeMaxLength || targetId?.Length > TargetIdMaxLength)
        {
            throw new ArgumentException("An audit entry names an action, a record type and an identifier, each short.");
        }

        Id = Guid.NewGuid();
        OccurredAt = occurredAt;
        ActorId = actorId;
        Action = action;
        TargetType = targetType;
        TargetId = targetId;
    }

    public Guid Id { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>The user who acted; null for the system (first-run setup, jobs).</summary>
    public Guid? ActorId { get; private set; }

    public string Action { get; private set; }
    public string TargetType { get; private set; }
    public string? TargetId { get; private set; }
}
