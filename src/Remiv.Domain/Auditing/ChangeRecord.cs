namespace Remiv.Domain.Auditing;

/// <summary>
/// The values before and after one change of one record, written in the same transaction as the change.
/// Values of confidential fields (psychological entries) are never copied here.
/// </summary>
public sealed class ChangeRecord
{
    private ChangeRecord()
    {
        EntityType = string.Empty;
        EntityId = string.Empty;
        Operation = string.Empty;
        Changes = string.Empty;
    }

    public ChangeRecord(DateTimeOffset at, Guid? actorId, string entityType, string entityId, Guid? youthId, string operation, string changes)
    {
        Id = Guid.NewGuid();
        At = at;
        ActorId = actorId;
        EntityType = entityType;
        EntityId = entityId;
        YouthId = youthId;
        Operation = operation;
        Changes = changes;
    }

    public Guid Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public Guid? ActorId { get; private set; }

    public string EntityType { get; private set; }

    public string EntityId { get; private set; }

    /// <summary>The young person whose file the record belongs to, to read a file's history in one query.</summary>
    public Guid? YouthId { get; private set; }

    /// <summary>Added, Modified or Deleted.</summary>
    public string Operation { get; private set; }

    /// <summary>JSON: [{"field": ..., "before": ..., "after": ...}].</summary>
    public string Changes { get; private set; }
}
