using Remiv.Domain.Common;
using Remiv.Domain.Youths;

namespace Remiv.Domain.Documents;

public enum SummaryBatchStatus
{
    Queued = 1,
    Running = 2,
    Ready = 3,
    Failed = 4,

    /// <summary>Its file was deleted, 24 hours after it was ready.</summary>
    Expired = 5,
}

/// <summary>
/// Case summaries for a selection of young people, built in the background into one zip that its requester downloads.
/// The zip holds what the requester may see, no more; it is stored encrypted and deleted 24 hours after it is ready.
/// </summary>
public sealed class SummaryBatch
{
    public const int MaxYouths = 200;
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private SummaryBatch()
    {
        YouthIds = [];
        Tracks = [];
    }

    public Guid Id { get; private set; }

    public Guid RequestedBy { get; private set; }

    public List<Guid> YouthIds { get; private set; }

    /// <summary>The tracks to include; every track one may see when empty.</summary>
    public List<Track> Tracks { get; private set; }

    /// <summary>The period of the entries included (both ends included); the latest entries when null.</summary>
    public DateOnly? From { get; private set; }

    public DateOnly? To { get; private set; }

    public SummaryBatchStatus Status { get; private set; }

    /// <summary>How many summaries are written so far.</summary>
    public int Done { get; private set; }

    public int Total => YouthIds.Count;

    /// <summary>The encrypted zip's key in the file store, once ready.</summary>
    public string? StorageKey { get; private set; }

    public long? Length { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>When the zip is deleted (24 hours after it is ready).</summary>
    public DateTimeOffset? ExpiresAt { get; private set; }

    public int Version { get; private set; }

    public static SummaryBatch Queue(
        Guid requestedBy, IReadOnlyCollection<Guid> youthIds, IReadOnlyCollection<Track> tracks, DateOnly? from, DateOnly? to, DateTimeOffset now)
    {
        var distinct = youthIds.Distinct().ToList();
        if (distinct.Count == 0)
        {
            throw new DomainRuleException(nameof(YouthIds), "Cochez au moins un jeune.");
        }

        if (distinct.Count > MaxYouths)
        {
            throw new DomainRuleException(nameof(YouthIds), $"Une série compte au plus {MaxYouths} jeunes : faites-en plusieurs.");
        }

        if (tracks.Any(t => !Enum.IsDefined(t)))
        {
            throw new DomainRuleException(nameof(Tracks), "Choisissez les volets dans la liste.");
        }

        if (from is { } start && to is { } end && end < start)
        {
            throw new DomainRuleException(nameof(To), "La fin de la période doit venir après son début.");
        }

        return new SummaryBatch
        {
            Id = Guid.NewGuid(),
            RequestedBy = requestedBy,
            YouthIds = distinct,
            Tracks = [.. tracks.Distinct().Order()],
            From = from,
            To = to,
            Status = SummaryBatchStatus.Queued,
            CreatedAt = now,
        };
    }

    public void Start()
    {
        if (Status is SummaryBatchStatus.Queued or SummaryBatchStatus.Running)
        {
            Status = SummaryBatchStatus.Running;
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
        (Status, StorageKey, Length, Done, CompletedAt, ExpiresAt) = (SummaryBatchStatus.Ready, storageKey, length, Total, now, now + Lifetime);
        Version++;
    }

    public void Fail(DateTimeOffset now)
    {
        (Status, CompletedAt) = (SummaryBatchStatus.Failed, now);
        Version++;
    }

    /// <summary>Forgets the file (deleted from the store by the caller); the batch stays as a trace.</summary>
    public void Expire()
    {
        (Status, StorageKey) = (SummaryBatchStatus.Expired, null);
        Version++;
    }

    public bool IsDownloadable(DateTimeOffset now) => Status == SummaryBatchStatus.Ready && StorageKey is not null && now < ExpiresAt;
}
