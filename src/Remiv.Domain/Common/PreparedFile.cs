namespace Remiv.Domain.Common;

public enum PreparedFileStatus
{
    Queued = 1,
    Running = 2,
    Ready = 3,
    Failed = 4,

    /// <summary>Its file was deleted, 24 hours after it was ready.</summary>
    Expired = 5,
}

/// <summary>
/// A file built in the background for one person (a batch of summaries, an activity report export): its progress, then
/// its encrypted copy in the file store, kept 24 hours after it is ready and then deleted, the record staying as a trace.
/// </summary>
public abstract class PreparedFile
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    public Guid Id { get; protected set; }

    public Guid RequestedBy { get; protected set; }

    public PreparedFileStatus Status { get; protected set; }

    /// <summary>How many steps are done so far, out of <see cref="Total"/>.</summary>
    public int Done { get; private set; }

    public abstract int Total { get; }

    /// <summary>The encrypted file's key in the file store, once ready.</summary>
    public string? StorageKey { get; private set; }

    public long? Length { get; private set; }

    public DateTimeOffset CreatedAt { get; protected set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>When the file is deleted (24 hours after it is ready).</summary>
    public DateTimeOffset? ExpiresAt { get; private set; }

    public int Version { get; private set; }

    public void Start()
    {
        if (Status is PreparedFileStatus.Queued or PreparedFileStatus.Running)
        {
            Status = PreparedFileStatus.Running;
            Done = 0;
            Version++;
        }
    }

    public void Advance(int done)
    {
        Done = Math.Clamp(done, 0, Total);
        Version++;
    }

    public void Complete(string storageKey, long length, DateTimeOffset now)
    {
        (Status, StorageKey, Length, Done, CompletedAt, ExpiresAt) = (PreparedFileStatus.Ready, storageKey, length, Total, now, now + Lifetime);
        Version++;
    }

    public void Fail(DateTimeOffset now)
    {
        (Status, CompletedAt) = (PreparedFileStatus.Failed, now);
        Version++;
    }

    /// <summary>Forgets the file (deleted from the store by the caller); the record stays as a trace.</summary>
    public void Expire()
    {
        (Status, StorageKey) = (PreparedFileStatus.Expired, null);
        Version++;
    }

    public bool IsDownloadable(DateTimeOffset now) => Status == PreparedFileStatus.Ready && StorageKey is not null && now < ExpiresAt;
}
