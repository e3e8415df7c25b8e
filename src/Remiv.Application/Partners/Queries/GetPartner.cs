using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Partners;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;

namespace Remiv.Application.Partners.Queries;

public sealed record PartnerContactView(Guid Id, string Name, string? Role, string? Phone, string? Email);

public sealed record ReferralCount(ReferralStatus Status, int Count);

public sealed record PartnerView(
    Guid Id,
    string Name,
    PartnerType Type,
    string? Description,
    string? Address,
    string? Phone,
    string? Email,
    string? Website,
    bool IsActive,
    IReadOnlyList<PartnerContactView> Contacts,
    IReadOnlyList<ReferralCount> Referrals,
    int Version);

/// <summary>
/// A partner's details and contacts, and how many referrals it has by status: counts only, never who (and only on the
/// tracks the reader may read, so that psychological referrals are counted for psychologists alone).
/// </summary>
[RequiresPermission(Permission.ViewPartners)]
public sealed record GetPartner(Guid PartnerId) : IQuery<PartnerView>;

public sealed class GetPartnerHandler(IApplicationDbContext db, YouthAccess access) : IQueryHandler<GetPartner, PartnerView>
{
    public async ValueTask<PartnerView> Handle(GetPartner query, CancellationToken cancellationToken)
    {
        var p = await db.Partners.AsNoTracking().FirstOrDefaultAsync(x => x.Id == query.PartnerId, cancellationToken) ?? throw new NotFoundException();
        var tracks = Enum.GetValues<Track>().Where(access.CanRead).ToList();
        var counts = await db.Referrals.AsNoTracking()
            .Where(r => r.PartnerId == p.Id && tracks.Contains(r.Track))
            .GroupBy(r => r.Status)
            .Select(g => new ReferralCount(g.Key, g.Count()))
            .ToListAsync(cancellationToken);
        return new PartnerView(
            p.Id, p.Name, p.Type, p.Description, p.Address, p.Phone, p.Email, p.Website, p.IsActive,
            [.. p.Contacts.OrderBy(c => c.Name, StringComparer.CurrentCultureIgnoreCase).Select(c => new PartnerContactView(c.Id, c.Name, c.Role, c.Phone, c.Email))],
            [.. counts.OrderBy(c => c.Status)],
            p.Version);
    }
}
