using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Psychology;
using Remiv.Domain.Security;

namespace Remiv.Application.Psychology.Calendar.Commands;

/// <param name="Token">The secret of the address, given this once: only its hash is kept.</param>
/// <param name="Address">The address to paste into a calendar app.</param>
public sealed record IssuedCalendarFeed(string Token, Uri Address, DateTimeOffset IssuedAt);

/// <summary>
/// Gives the psychologist a new secret address for their calendar app. An address issued before stops working at once
/// (one address per psychologist): issuing again is how one replaces an address that was shared by mistake.
/// </summary>
[RequiresPermission(Permission.UseCalendarFeed)]
public sealed record IssueMyCalendarFeed : ICommand<IssuedCalendarFeed>;

public sealed class IssueMyCalendarFeedHandler(IApplicationDbContext db, ICurrentUser user, IAuditLog audit, IAppLinks links, TimeProvider clock)
    : ICommandHandler<IssueMyCalendarFeed, IssuedCalendarFeed>
{
    public async ValueTask<IssuedCalendarFeed> Handle(IssueMyCalendarFeed command, CancellationToken cancellationToken)
    {
        var me = user.UserId ?? throw new NotSignedInException();
        // Inside the command's transaction: the old address goes and the new one comes together. Two issues at the same
        // moment meet on the key (one psychologist, one feed): the second is told to try again.
        await db.CalendarFeeds.Where(f => f.PsychologistId == me).ExecuteDeleteAsync(cancellationToken);
        var (feed, token) = CalendarFeed.Issue(me, clock.GetUtcNow());
        db.CalendarFeeds.Add(feed);
        audit.Record("psychology.calendar-feed-issued", "CalendarFeed", me.ToString());
        return new IssuedCalendarFeed(token, links.CalendarFeed(token), feed.IssuedAt);
    }
}
