using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Partners;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;

namespace Remiv.Application.Youths.Queries;

public enum TimelineItemKind
{
    Entry = 1,
    StatusChange = 2,
    MembershipStarted = 3,
    MembershipEnded = 4,
    DeadlineClosed = 5,

    /// <summary>Present at a workshop session.</summary>
    WorkshopAttendance = 6,

    /// <summary>A step of a referral to a partner (proposed, accepted, done...).</summary>
    ReferralStep = 7,
}

/// <summary>
/// A young person's history, newest first: the entries, closed deadlines, workshop attendance and referral steps the user
/// may read (by track), and (for those who see case details) status changes and follow-up group changes. Filtered by track (entries only, then), paginated. Every read is audited.
/// </summary>
[RequiresPermission(Permission.ViewYouths)]
public sealed record GetYouthTimeline(Guid YouthId, Track? Track = null, int Page = 1, int PageSize = 20) : IQuery<TimelinePage>;

public sealed record TimelinePage(IReadOnlyList<TimelineItem> Items, int Page, int PageSize, bool HasMore);

/// <param name="Person">The author of an entry, the member who joined or left, who recorded a status.</param>
public sealed record TimelineItem(
    TimelineItemKind Kind,
    DateOnly Date,
    DateTimeOffset RecordedAt,
    string? Person,
    Guid? EntryId,
    int? EntryVersion,
    Track? Track,
    EntryKind? EntryKind,
    string? Text,
    string? Partner,
    string? NextStep,
    EntryVisibility? Visibility,
    bool CanRevise,
    YouthStatus? Status,
    string? Note,
    Guid? DeadlineId = null,
    DeadlineStatus? DeadlineOutcome = null,
    ReferralStatus? ReferralStatus = null,
    Guid? ReferralId = null,
    ExitReason? ExitReason = null);

public sealed class GetYouthTimelineValidator : AbstractValidator<GetYouthTimeline>
{
    public GetYouthTimelineValidator()
    {
        RuleFor(q => q.Page).InclusiveBetween(1, 10_000).WithMessage("Cette page n'existe pas.");
        RuleFor(q => q).Must(q => q.Page * q.PageSize <= 10_000).OverridePropertyName(nameof(GetYouthTimeline.Page))
            .WithMessage("Cette page n'existe pas.");
        RuleFor(q => q.PageSize).InclusiveBetween(1, 100).WithMessage("Une page montre entre 1 et 100 éléments.");
        RuleFor(q => q.Track).IsInEnum().When(q => q.Track is not null).WithMessage("Ce volet n'existe pas.");
    }
}

public sealed class GetYouthTimelineHandler(YouthAccess access, IIdentityService identity, IApplicationDbContext db, IAuditLog audit)
    : IQueryHandler<GetYouthTimeline, TimelinePage>
{
    public async ValueTask<TimelinePage> Handle(GetYouthTimeline query, CancellationToken cancellationToken)
    {
        var youth = await access.LoadAsync(query.YouthId, cancellationToken);
        var wanted = query.Page * query.PageSize + 1;
        var entries = access.ReadableEntries().AsNoTracking().Where(e => e.YouthId == youth.Id);
        if (query.Track is { } track)
        {
            entries = entries.Where(e => e.Track == track);
        }

        var entryRows = await entries.OrderByDescending(e => e.Date).ThenByDescending(e => e.CreatedAt).Take(wanted).ToListAsync(cancellationToken);
        var userId = access.UserId;
        var items = entryRows.Select(e => new TimelineItem(
            TimelineItemKind.Entry, e.Date, e.CreatedAt, e.AuthorId.ToString(), e.Id, e.Version, e.Track, e.Kind, e.Text, e.Partner, e.NextStep, e.Visibility,
            e.AuthorId == userId && !youth.IsArchived && access.CanWrite(e.Track), null, null)).ToList();

        var deadlines = access.ReadableDeadlines().AsNoTracking().Where(d => d.YouthId == youth.Id && d.Status != DeadlineStatus.Open);
        if (query.Track is { } deadlineTrack)
        {
            deadlines = deadlines.Where(d => d.Track == deadlineTrack);
        }

        var closed = await deadlines.OrderByDescending(d => d.ClosedAt).Take(wanted).ToListAsync(cancellationToken);
        items.AddRange(closed.Select(d => new TimelineItem(
            TimelineItemKind.DeadlineClosed, HubCalendar.DayOf(d.ClosedAt!.Value), d.ClosedAt.Value, d.ClosedBy?.ToString(), null, null, d.Track, null,
            d.Title, null, null, null, false, null, d.CompletionNote, d.Id, d.Status)));

        items.AddRange(await AttendanceAsync(youth.Id, query.Track, wanted, cancellationToken));
        items.AddRange(await ReferralStepsAsync(youth.Id, query.Track, wanted, cancellationToken));

        if (query.Track is null && access.SeesCaseDetails)
        {
            items.AddRange(youth.StatusHistory.Select(s => new TimelineItem(
                TimelineItemKind.StatusChange, s.Date, s.RecordedAt, s.RecordedBy?.ToString(), null, null, null, null, null, null, null, null, false, s.Status, s.Note,
                ExitReason: s.ExitReason)));
            items.AddRange(youth.FollowUpGroup.Select(m => new TimelineItem(
                TimelineItemKind.MembershipStarted, m.From, DateTimeOffset.MinValue, m.UserId.ToString(), null, null, null, null, null, null, null, null, false, null, null)));
            items.AddRange(youth.FollowUpGroup.Where(m => m.Until is not null).Select(m => new TimelineItem(
                TimelineItemKind.MembershipEnded, m.Until!.Value, DateTimeOffset.MinValue, m.UserId.ToString(), null, null, null, null, null, null, null, null, false, null, null)));
        }

        var ordered = items.OrderByDescending(i => i.Date).ThenByDescending(i => i.RecordedAt).ToList();
        var page = ordered.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToList();
        var names = await identity.DisplayNamesAsync(
            [.. page.Select(i => i.Person).OfType<string>().Select(Guid.Parse)], cancellationToken);
        audit.Record("youth.timeline-viewed", "Youth", youth.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return new TimelinePage(
            [.. page.Select(i => i with { Person = i.Person is { } p ? names.GetValueOrDefault(Guid.Parse(p)) : null })],
            query.Page,
            query.PageSize,
            ordered.Count > query.Page * query.PageSize);
    }

    /// <summary>The workshop sessions the young person attended, on the tracks the user may read.</summary>
    private async Task<IEnumerable<TimelineItem>> AttendanceAsync(Guid youthId, Track? track, int wanted, CancellationToken cancellationToken)
    {
        var readable = Enum.GetValues<Track>().Where(access.CanRead).ToList();
        var rows = await db.WorkshopSessions.AsNoTracking()
            .SelectMany(s => s.Attendance.Where(a => a.YouthId == youthId), (s, a) => new { s.Date, s.KindId, s.Title, s.Place, a.RecordedAt, a.RecordedBy })
            .Join(db.WorkshopKinds, r => r.KindId, k => k.Id, (r, k) => new { r.Date, r.Title, r.Place, r.RecordedAt, r.RecordedBy, k.Name, k.Track })
            .Where(r => readable.Contains(r.Track) && (track == null || r.Track == track))
            .OrderByDescending(r => r.Date).Take(wanted)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new TimelineItem(
            TimelineItemKind.WorkshopAttendance, r.Date, r.RecordedAt, r.RecordedBy.ToString(), null, null, r.Track, null,
            r.Title is null ? r.Name : $"{r.Name} · {r.Title}", null, null, null, false, null, r.Place));
    }

    /// <summary>Every dated step of the young person's referrals, on the tracks the user may read.</summary>
    private async Task<IEnumerable<TimelineItem>> ReferralStepsAsync(Guid youthId, Track? track, int wanted, CancellationToken cancellationToken)
    {
        var readable = Enum.GetValues<Track>().Where(access.CanRead).ToList();
        var rows = await db.Referrals.AsNoTracking()
            .Where(r => r.YouthId == youthId && readable.Contains(r.Track) && (track == null || r.Track == track))
            .SelectMany(r => r.History, (r, s) => new { r.Id, r.PartnerId, r.Track, r.Need, s.Status, s.Date, s.Note, s.RecordedAt, s.RecordedBy })
            .Join(db.Partners, r => r.PartnerId, p => p.Id, (r, p) => new { r.Id, r.Track, r.Need, r.Status, r.Date, r.Note, r.RecordedAt, r.RecordedBy, Partner = p.Name })
            .OrderByDescending(r => r.Date).Take(wanted)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new TimelineItem(
            TimelineItemKind.ReferralStep, r.Date, r.RecordedAt, r.RecordedBy.ToString(), null, null, r.Track, null, r.Need, r.Partner, null, null, false,
            null, r.Note, ReferralStatus: r.Status, ReferralId: r.Id));
    }
}
