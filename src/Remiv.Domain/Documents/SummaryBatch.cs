using Remiv.Domain.Common;
using Remiv.Domain.Youths;

namespace Remiv.Domain.Documents;

/// <summary>
/// Case summaries for a selection of young people, built in the background into one zip that its requester downloads.
/// The zip holds what the requester may see, no more.
/// </summary>
public sealed class SummaryBatch : PreparedFile
{
    public const int MaxYouths = 200;

    private SummaryBatch()
    {
        YouthIds = [];
        Tracks = [];
    }

    public List<Guid> YouthIds { get; private set; }

    /// <summary>The tracks to include; every track one may see when empty.</summary>
    public List<Track> Tracks { get; private set; }

    /// <summary>The period of the entries included (both ends included); the latest entries when null.</summary>
    public DateOnly? From { get; private set; }

    public DateOnly? To { get; private set; }

    /// <summary>One step a summary.</summary>
    public override int Total => YouthIds.Count;

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
            Status = PreparedFileStatus.Queued,
            CreatedAt = now,
        };
    }
}
