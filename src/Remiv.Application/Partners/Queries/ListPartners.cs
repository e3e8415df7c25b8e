using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Partners;
using Remiv.Domain.Security;

namespace Remiv.Application.Partners.Queries;

public sealed record PartnerListItem(Guid Id, string Name, PartnerType Type, bool IsActive, string? Phone, string? Email, int ContactCount);

/// <summary>
/// The partner directory: active partners first, then by type and name; withdrawn ones last (marked), unless
/// <see cref="ActiveOnly"/>. <see cref="Name"/> keeps the names containing it, whatever the case and accents.
/// </summary>
[RequiresPermission(Permission.ViewPartners)]
public sealed record ListPartners(PartnerType? Type = null, string? Name = null, bool ActiveOnly = false) : IQuery<IReadOnlyList<PartnerListItem>>;

public sealed class ListPartnersHandler(IApplicationDbContext db) : IQueryHandler<ListPartners, IReadOnlyList<PartnerListItem>>
{
    public async ValueTask<IReadOnlyList<PartnerListItem>> Handle(ListPartners query, CancellationToken cancellationToken)
    {
        var partners = db.Partners.AsNoTracking();
        if (query.Type is { } type)
        {
            partners = partners.Where(p => p.Type == type);
        }

        if (query.ActiveOnly)
        {
            partners = partners.Where(p => p.IsActive);
        }

        var rows = await partners
            .Select(p => new PartnerListItem(p.Id, p.Name, p.Type, p.IsActive, p.Phone, p.Email, p.Contacts.Count))
            .ToListAsync(cancellationToken);
        var name = query.Name?.Trim();
        return [.. rows
            .Where(p => string.IsNullOrEmpty(name) || PartnerNames.Contains(p.Name, name))
            .OrderByDescending(p => p.IsActive)
            .ThenBy(p => p.Type)
            .ThenBy(p => p.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), ignoreCase: true))];
    }
}
