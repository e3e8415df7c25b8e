using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;

namespace Remiv.Application.Referrals.Queries;

/// <summary>A young person's referrals, and the tracks on which the reader may propose one (none for an archived file).</summary>
public sealed record YouthReferrals(
    Guid YouthId,
    string FirstName,
    string LastName,
    IReadOnlyList<string> Aliases,
    bool Archived,
    DateOnly FirstContact,
    IReadOnlyList<ReferralView> Referrals,
    IReadOnlyList<Track> WritableTracks);

/// <summary>
/// A young person's referrals on the tracks the reader may read, newest first (404 if the young person is not theirs to
/// see). Audited, ids only.
/// </summary>
[RequiresPermission(Permission.ManageReferrals)]
public sealed record ListYouthReferrals(Guid YouthId) : IQuery<YouthReferrals>;

public sealed class ListYouthReferralsHandler(YouthAccess access, IApplicationDbContext db, IIdentityService identity, IAuditLog audit)
    : IQueryHandler<ListYouthReferrals, YouthReferrals>
{
    public async ValueTask<YouthReferrals> Handle(ListYouthReferrals query, CancellationToken cancellationToken)
    {
        var youth = await access.LoadAsync(query.YouthId, cancellationToken);
        var referrals = new ReferralAccess(access, db, identity);
        var rows = await referrals.Readable().AsNoTracking().Where(r => r.YouthId == youth.Id)
            .OrderByDescending(r => r.ProposedOn).ThenByDescending(r => r.CreatedAt)
            .ToListAsync(cancellationToken);
        var views = await referrals.ViewsAsync(rows, [youth], cancellationToken);
        audit.Record("youth.referrals-viewed", "Youth", youth.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return new YouthReferrals(youth.Id, youth.FirstName, youth.LastName, [.. youth.Aliases.Select(a => a.Name)], youth.IsArchived, youth.FirstContact,
            views, youth.IsArchived ? [] : referrals.WritableTracks);
    }
}
