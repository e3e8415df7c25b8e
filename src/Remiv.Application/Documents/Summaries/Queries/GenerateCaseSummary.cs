using System.Globalization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Deadlines.Queries;
using Remiv.Application.Documents.Layout;
using Remiv.Application.Psychology.Notes;
using Remiv.Application.Psychology.Notes.Queries;
using Remiv.Application.Psychology.Sessions.Queries;
using Remiv.Application.Youths.Access;
using Remiv.Application.Youths.Queries;
using Remiv.Domain.Psychology;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;

namespace Remiv.Application.Documents.Summaries.Queries;

/// <summary>
/// A young person's case summary as a PDF, with what the user may see of the file and nothing more: it is gathered by
/// the very queries the pages send (file, deadlines, sessions, notes), through the mediator, and the entries by the
/// timeline's rule (<see cref="YouthAccess.ReadableEntries"/>), so their rules are the summary's. The tracks chosen (default: every track the user may read), the entries of the period (default: the
/// last six months, at most <see cref="CaseSummaryComposer.MaxEntries"/>). The psychological track and the session notes
/// only reach a psychologist's own summary, marked as such. Every generation is audited ("youth.summary-generated").
/// </summary>
[RequiresPermission(Permission.GenerateCaseSummaries)]
public sealed record GenerateCaseSummary(Guid YouthId, IReadOnlyList<Track>? Tracks = null, DateOnly? From = null, DateOnly? To = null)
    : IQuery<GeneratedDocument>, ISummaryScope;

public sealed class GenerateCaseSummaryValidator : AbstractValidator<GenerateCaseSummary>
{
    public GenerateCaseSummaryValidator(TimeProvider clock) => Include(new SummaryScopeRules(clock));
}

public sealed class GenerateCaseSummaryHandler(
    ISender mediator,
    YouthAccess access,
    ICurrentUser user,
    IIdentityService identity,
    IPdfRenderer renderer,
    IApplicationDbContext db,
    IAuditLog audit,
    TimeProvider clock) : IQueryHandler<GenerateCaseSummary, GeneratedDocument>
{
    public const string AuditAction = "youth.summary-generated";

    public const string ContentType = "application/pdf";

    /// <summary>The sessions list covers a year at most per call.</summary>
    private const int SessionWindowDays = 366;

    public async ValueTask<GeneratedDocument> Handle(GenerateCaseSummary query, CancellationToken cancellationToken)
    {
        // A French document whatever the interface's language: countries and languages are named in French too.
        var uiCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = SummaryLabels.French;
        try
        {
            return await GenerateAsync(query, cancellationToken);
        }
        finally
        {
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }

    private async Task<GeneratedDocument> GenerateAsync(GenerateCaseSummary query, CancellationToken cancellationToken)
    {
        var file = await mediator.Send(new GetYouthFile(query.YouthId), cancellationToken);
        var readable = file.Rights.ReadableTracks;
        var asked = query.Tracks is { Count: > 0 } chosen ? chosen.Distinct().ToList() : [.. readable];
        if (asked.Any(t => !readable.Contains(t)))
        {
            throw new RequestValidationException(nameof(GenerateCaseSummary.Tracks), "Choisissez seulement des volets que vous pouvez consulter.");
        }

        var tracks = SummaryLabels.TrackOrder.Where(asked.Contains).ToList();
        var today = clock.Today();
        var now = clock.GetUtcNow();
        var period = SummaryPeriod.Of(query, today);
        var (entries, capped) = await EntriesAsync(file.Id, tracks, period, cancellationToken);
        var deadlines = (await mediator.Send(new ListDeadlines(DeadlineScope.All, file.Id), cancellationToken)).Items
            .Where(d => tracks.Contains(d.Track))
            .ToList();
        var sessions = user.Has(Permission.ViewSessions) ? await CountSessionsAsync(file.Id, period, now, cancellationToken) : null;
        var notes = tracks.Contains(Track.Psychological) && user.Has(Permission.KeepSessionNotes)
            ? await NotesAsync(file.Id, period, cancellationToken)
            : null;
        var me = user.UserId ?? throw new NotSignedInException();
        var author = (await identity.DisplayNamesAsync([me], cancellationToken)).GetValueOrDefault(me) ?? "?";

        var spec = CaseSummaryComposer.Compose(new CaseSummaryContent(
            file, tracks, period, entries, capped, deadlines, sessions, notes, author, now, today));
        var pdf = renderer.Render(spec);

        audit.Record(AuditAction, "Youth", file.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return new GeneratedDocument(pdf, FileName(today), ContentType);
    }

    /// <summary>"synthese-2026-11-27.pdf": the day it was made, nothing of the person.</summary>
    public static string FileName(DateOnly day) => $"synthese-{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.pdf";

    /// <summary>
    /// The entries of the period on the chosen tracks that the user may read (<see cref="YouthAccess.ReadableEntries"/>,
    /// the timeline's rule), newest first, in one query; past <see cref="CaseSummaryComposer.MaxEntries"/> the oldest are
    /// left out.
    /// </summary>
    private async Task<(List<TimelineItem> Entries, bool Capped)> EntriesAsync(
        Guid youthId, List<Track> tracks, SummaryPeriod period, CancellationToken cancellationToken)
    {
        var rows = await access.ReadableEntries().AsNoTracking()
            .Where(e => e.YouthId == youthId && tracks.Contains(e.Track) && e.Date >= period.From && e.Date <= period.To)
            // A note kept for oneself ("Moi seulement") never goes into a document made to be handed on.
            .Where(e => e.Visibility != EntryVisibility.AuthorOnly)
            .OrderByDescending(e => e.Date).ThenByDescending(e => e.CreatedAt)
            .Take(CaseSummaryComposer.MaxEntries + 1)
            .ToListAsync(cancellationToken);
        var names = await identity.DisplayNamesAsync([.. rows.Select(e => e.AuthorId).Distinct()], cancellationToken);
        var entries = rows.Take(CaseSummaryComposer.MaxEntries)
            .Select(e => new TimelineItem(TimelineItemKind.Entry, e.Date, e.CreatedAt, names.GetValueOrDefault(e.AuthorId), e.Id, e.Version, e.Track, e.Kind,
                e.Text, e.Partner, e.NextStep, e.Visibility, false, null, null))
            .ToList();
        return (entries, rows.Count > CaseSummaryComposer.MaxEntries);
    }

    /// <summary>Sessions held in the period (read a year at a time) and planned from now on, as the user's session list shows them.</summary>
    private async Task<SessionCount> CountSessionsAsync(Guid youthId, SummaryPeriod period, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var start = StartOfDay(period.From);
        var end = StartOfDay(period.To.AddDays(1));
        var held = new HashSet<Guid>();
        for (var from = start; from < end; from = from.AddDays(SessionWindowDays))
        {
            var to = from.AddDays(SessionWindowDays) < end ? from.AddDays(SessionWindowDays) : end;
            var list = await mediator.Send(new ListSessions(from, to, YouthId: youthId), cancellationToken);
            held.UnionWith(list.Items.Where(s => s.Status == SessionStatus.Held && s.Start >= start && s.Start < end).Select(s => s.Id));
        }

        var upcoming = await mediator.Send(new ListSessions(now, now.AddDays(SessionWindowDays), YouthId: youthId), cancellationToken);
        return new SessionCount(held.Count, upcoming.Items.Count(s => s.Status == SessionStatus.Planned && s.Start >= now));
    }

    /// <summary>The session notes the psychologist may read, of the sessions that started in the period.</summary>
    private async Task<IReadOnlyList<SessionNoteItem>> NotesAsync(Guid youthId, SummaryPeriod period, CancellationToken cancellationToken)
    {
        var notes = await mediator.Send(new ListYouthSessionNotes(youthId), cancellationToken);
        return [.. notes.Notes.Where(n => HubCalendar.DayOf(n.SessionStart) is var day && day >= period.From && day <= period.To)];
    }

    /// <summary>Midnight of a hub day (Europe/Paris), as an instant.</summary>
    private static DateTimeOffset StartOfDay(DateOnly day) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), HubCalendar.Zone), TimeSpan.Zero);
}
