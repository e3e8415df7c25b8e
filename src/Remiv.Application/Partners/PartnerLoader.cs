using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Domain.Partners;

namespace Remiv.Application.Partners;

/// <summary>Loads a partner for a change, from the version the user saw.</summary>
public static class PartnerLoader
{
    public static async Task<Partner> LoadForChangeAsync(IApplicationDbContext db, Guid partnerId, int? expectedVersion, CancellationToken cancellationToken)
    {
        var partner = await db.Partners.FirstOrDefaultAsync(p => p.Id == partnerId, cancellationToken) ?? throw new NotFoundException();
        if (expectedVersion is { } version && partner.Version != version)
        {
            throw new ConcurrencyConflictException();
        }

        return partner;
    }
}
