using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Security;

namespace Remiv.Application.Psychology.Sessions.Queries;

/// <summary>
/// One session one may see, with its history (who booked, moved, cancelled or closed it). "Not found" otherwise. Each read
/// is written to the audit log: that a young person sees a psychologist is itself sensitive.
/// </summary>
[RequiresPermission(Permission.ViewSessions)]
public sealed record GetSession(Guid SessionId) : IQuery<SessionDetail>;

public sealed class GetSessionHandler(IApplicationDbContext db, IIdentityService identity, YouthAccess access, ICurrentUser user, IAuditLog audit)
    : IQueryHandler<GetSession, SessionDetail>
{
    private readonly SessionRules rules = new(db, access, user, identity);

    public async ValueTask<SessionDetail> Handle(GetSession query, CancellationToken cancellationToken)
    {
        var visible = rules.VisibleSessions().Where(s => s.Id == query.SessionId);
        var item = (await SessionViews.ItemsAsync(db, identity, visible, 1, cancellationToken)).SingleOrDefault() ?? throw new NotFoundException();
        var history = await db.Sessions.AsNoTracking().Where(s => s.Id == query.SessionId).SelectMany(s => s.History).ToListAsync(cancellationToken);
        var names = await identity.DisplayNamesAsync([.. history.Select(h => h.By).Distinct()], cancellationToken);
        audit.Record("psychology.session-read", "Session", item.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return new SessionDetail(item,
        [
            .. history.OrderBy(h => h.At).Select(h => new SessionChangeItem(h.At, h.By, names.GetValueOrDefault(h.By), h.Kind, h.PreviousStart, h.PreviousEnd)),
        ]);
    }
}
