using Remiv.Domain.Common;
using Remiv.Domain.Documents;
using Remiv.Domain.Youths;

namespace Remiv.Application.Documents.Summaries;

/// <summary>
/// A batch of summaries as its requester follows it: where it stands, how far (<see cref="Done"/> of <see cref="Total"/>),
/// what it covers, and until when its zip can be downloaded. Never the young people's names.
/// </summary>
/// <param name="Tracks">The tracks asked for; empty: every track the requester may read.</param>
/// <param name="Downloadable">Ready and not yet deleted: the zip can be downloaded now.</param>
public sealed record SummaryBatchView(
    Guid Id,
    PreparedFileStatus Status,
    int Done,
    int Total,
    IReadOnlyList<Track> Tracks,
    DateOnly? From,
    DateOnly? To,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt,
    DateTimeOffset? ExpiresAt,
    long? Length,
    bool Downloadable)
{
    public static SummaryBatchView Of(SummaryBatch batch, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return new SummaryBatchView(batch.Id, batch.Status, batch.Done, batch.Total, [.. batch.Tracks], batch.From, batch.To, batch.CreatedAt,
            batch.CompletedAt, batch.ExpiresAt, batch.Status == PreparedFileStatus.Ready ? batch.Length : null, batch.IsDownloadable(now));
    }
}
