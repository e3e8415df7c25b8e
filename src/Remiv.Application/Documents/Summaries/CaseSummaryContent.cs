using Remiv.Application.Deadlines.Queries;
using Remiv.Application.Psychology.Notes;
using Remiv.Application.Youths.Queries;
using Remiv.Domain.Youths;

namespace Remiv.Application.Documents.Summaries;

/// <summary>
/// Everything a case summary shows, as the generating user's queries returned it (so only what they may see), ready to
/// be laid out by <see cref="CaseSummaryComposer"/>.
/// </summary>
/// <param name="File">The file as the user sees it: <see cref="YouthFile.Case"/> is null without case details.</param>
/// <param name="Tracks">The tracks chosen, in the file page's order.</param>
/// <param name="Entries">The follow-up entries of the period on those tracks, newest first.</param>
/// <param name="EntriesCapped">More entries of the period than <see cref="CaseSummaryComposer.MaxEntries"/>: the oldest were left out.</param>
/// <param name="Deadlines">The open deadlines on those tracks, soonest first.</param>
/// <param name="Sessions">The count of psychological sessions; null when the user may not see sessions.</param>
/// <param name="Notes">The session notes of the period; null unless a psychologist generates it with the psychological track.</param>
/// <param name="GeneratedBy">The generating user's display name.</param>
public sealed record CaseSummaryContent(
    YouthFile File,
    IReadOnlyList<Track> Tracks,
    SummaryPeriod Period,
    IReadOnlyList<TimelineItem> Entries,
    bool EntriesCapped,
    IReadOnlyList<DeadlineListItem> Deadlines,
    SessionCount? Sessions,
    IReadOnlyList<SessionNoteItem>? Notes,
    string GeneratedBy,
    DateTimeOffset GeneratedAt,
    DateOnly Today)
{
    /// <summary>Psychological content is in it: the document is the psychologist's own, not to be handed on.</summary>
    public bool ForPsychologistOwnUse => Tracks.Contains(Track.Psychological) || Notes is not null;
}

/// <summary>Psychological sessions of the young person: held in the period, and planned from now on. Counts only, never content.</summary>
public sealed record SessionCount(int Held, int Planned);
