using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Security;

namespace Remiv.Application.Referrals.Queries;

/// <summary>One referral, if the reader may read it (its young person and its track); 404 otherwise. Audited, ids only.</summary>
[RequiresPermission(Permission.ManageReferrals)]
public sealed record GetReferral(Guid ReferralId) : IQuery<ReferralView>;

public sealed class GetReferralHandler(YouthAccess access, IApplicationDbContext db, IIdentityService identity, IAuditLog audit)
    : IQueryHandler<GetReferral, ReferralView>
{
    public async ValueTask<ReferralView> Handle(GetReferral query, CancellationToken cancellationToken)
    {
        var referrals = new ReferralAccess(access, db, identity);
        var referral = await referrals.Readable().AsNoTracking().FirstOrDefaultAsync(r => r.Id == query.ReferralId, cancellationToken)
                       ?? throw new NotFoundException();
        var youth = await access.LoadAsync(referral.YouthId, cancellationToken);
        var view = (await referrals.ViewsAsync([referral], [youth], cancellationToken))[0];
        audit.Record("referral.read", "Referral", referral.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return view;
    }
}
