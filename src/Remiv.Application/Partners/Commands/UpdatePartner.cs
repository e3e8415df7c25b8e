using Mediator;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Partners;
using Remiv.Domain.Security;

namespace Remiv.Application.Partners.Commands;

/// <summary>
/// Changes a partner's details, from the version the user saw; <see cref="IsActive"/> withdraws it or brings it back
/// (absent: unchanged).
/// </summary>
[RequiresPermission(Permission.ManagePartners)]
public sealed record UpdatePartner(
    Guid PartnerId,
    int ExpectedVersion,
    string? Name,
    PartnerType Type,
    string? Description,
    string? Address,
    string? Phone,
    string? Email,
    string? Website,
    bool? IsActive = null) : ICommand<int>
{
    public PartnerDetails Details => new(Name, Type, Description, Address, Phone, Email, Website);
}

public sealed class UpdatePartnerHandler(IApplicationDbContext db, IDatabaseErrors errors, IAuditLog audit) : ICommandHandler<UpdatePartner, int>
{
    public async ValueTask<int> Handle(UpdatePartner command, CancellationToken cancellationToken)
    {
        var partner = await PartnerLoader.LoadForChangeAsync(db, command.PartnerId, command.ExpectedVersion, cancellationToken);
        partner.Update(command.Details, command.IsActive ?? partner.IsActive);
        await PartnerNames.EnsureFreeAsync(db, partner.Name, partner.Id, cancellationToken);
        audit.Record("partner.updated", "Partner", partner.Id.ToString());
        await PartnerNames.SaveAsync(db, errors, cancellationToken);
        return partner.Version;
    }
}
