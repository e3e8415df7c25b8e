using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Partners;
using Remiv.Domain.Security;

namespace Remiv.Application.Referrals.Queries;

public sealed record OpenReferrals(IReadOnlyList<ReferralView> Items, bool Truncated);

/// <summary>
/// The referrals still waiting for an end (proposed, accepted, in progress, no answer) of the young people the reader
/// sees, on the tracks they may read, the oldest status first so that stale ones get chased. Each one shown is audited.
/// </summary>
[RequiresPermission(Permission.ManageReferrals)]
public sealed record ListOpenReferrals(ReferralStatus? Status = null, Guid? PartnerId = null) : IQuery<OpenReferrals>
{
    public const int Limit = 200;

    public static readonly IReadOnlyList<ReferralStatus> OpenStatuses =
        [ReferralStatus.Proposed, ReferralStatus.Accepted, ReferralStatus.InProgress, ReferralStatus.NoAnswer];
}

public sealed class ListOpenReferralsValidator : AbstractValidator<ListOpenReferrals>
{
    public ListOpenReferralsValidator() =>
        RuleFor(q => q.Status).Must(s => s is null || ListOpenReferrals.OpenStatuses.Contains(s.Value))
            .WithMessage("Choisissez un statut d'orientation en cours : proposée, acceptée, en cours ou sans réponse.");
}

public sealed class ListOpenReferralsHandler(YouthAccess access, IApplicationDbContext db, IIdentityService identity, IAuditLog audit)
    : IQueryHandler<ListOpenReferrals, OpenReferrals>
{
    public async ValueTask<OpenReferrals> Handle(ListOpenReferrals query, CancellationToken cancellationToken)
    {
        var open = ListOpenReferrals.OpenStatuses;
        var referrals = new ReferralAccess(access, db, identity);
        var rows = referrals.Readable().AsNoTracking().Where(r => open.Contains(r.Status));
        if (query.Status is { } status)
        {
            rows = rows.Where(r => r.Status == status);
        }

        if (query.PartnerId is { } partnerId)
        {
            rows = rows.Where(r => r.PartnerId == partnerId);
        }

        var page = await rows.OrderBy(r => r.StatusDate).ThenBy(r => r.CreatedAt).Take(ListOpenReferrals.Limit + 1).ToListAsync(cancellationToken);
        var shown = page.Take(ListOpenReferrals.Limit).ToList();
        var youthIds = shown.Select(r => r.YouthId).Distinct().ToList();
        var youths = await access.VisibleYouths().AsNoTracking().Where(y => youthIds.Contains(y.Id)).ToListAsync(cancellationToken);
        var views = await referrals.ViewsAsync(shown, youths, cancellationToken);
        foreach (var referral in shown)
        {
            audit.Record("referral.read", "Referral", referral.Id.ToString());
        }

        await db.SaveChangesAsync(cancellationToken);
        return new OpenReferrals(views, page.Count > ListOpenReferrals.Limit);
    }
}
