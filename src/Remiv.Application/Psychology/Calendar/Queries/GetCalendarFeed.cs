using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Psychology;
using Remiv.Domain.Security;

namespace Remiv.Application.Psychology.Calendar.Queries;

/// <summary>
/// The iCalendar document behind a secret address, read by calendar apps without signing in: the psychologist's
/// sessions from 30 days ago to 180 days ahead, cancelled ones included (marked so) so that the apps take them away.
/// Null — "not found" — for an unknown, replaced or revoked token, and for an account that is deactivated or no longer
/// a psychologist. The token guards it: 256 random bits, of which only the hash is stored.
/// </summary>
[AllowAnonymousRequest]
public sealed record GetCalendarFeed(string Token) : IQuery<string?>;

public sealed class GetCalendarFeedHandler(IApplicationDbContext db, IIdentityService identity, ICalendarFeedWriter writer, IAuditLog audit, TimeProvider clock)
    : IQueryHandler<GetCalendarFeed, string?>
{
    public async ValueTask<string?> Handle(GetCalendarFeed query, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(query.Token) || query.Token.Length > 200)
        {
            return null;
        }

        var hash = CalendarFeed.HashOf(query.Token);
        var feed = await db.CalendarFeeds.FirstOrDefaultAsync(f => f.TokenHash == hash, cancellationToken);
        if (feed is null)
        {
            return null;
        }

        var account = await identity.FindUserAsync(feed.PsychologistId, cancellationToken);
        if (account is not { IsActive: true } || !RolePermissions.Grants(account.Roles, Permission.UseCalendarFeed))
        {
            return null;
        }

        var now = clock.GetUtcNow();
        if (feed.NoteRead(now))
        {
            // At most once an hour: a calendar app polls often; a leaked address still shows.
            audit.Record("psychology.calendar-feed-read", "CalendarFeed", feed.PsychologistId.ToString());
            await db.SaveChangesAsync(cancellationToken);
        }

        var (from, to) = (now - CalendarFeedRules.Past, now + CalendarFeedRules.Ahead);
        var psychologist = feed.PsychologistId;
        var rows = await db.Sessions.AsNoTracking()
            .Where(s => s.PsychologistId == psychologist && s.Start >= from && s.Start < to)
            .Join(db.Youths, s => s.YouthId, y => y.Id, (s, y) => new { Session = s, y.FirstName, y.LastName })
            .Join(db.Rooms, x => x.Session.RoomId, r => r.Id, (x, r) => new
            {
                x.Session.Id, x.Session.Version, x.Session.Start, x.Session.End, x.Session.Status, x.FirstName, x.LastName, Room = r.Name,
            })
            .OrderBy(x => x.Start).ThenBy(x => x.Id)
            .Take(CalendarFeedRules.MaxEvents)
            .ToListAsync(cancellationToken);

        var events = rows.Select(r =>
        {
            var cancelled = r.Status == SessionStatus.Cancelled;
            return new CalendarFeedEvent(r.Id, r.Version, r.Start, r.End, CalendarFeedRules.Summary(r.FirstName, r.LastName, cancelled), r.Room, cancelled);
        }).ToList();
        return writer.Write(new CalendarFeedDocument(CalendarFeedRules.CalendarName, now, events));
    }
}
