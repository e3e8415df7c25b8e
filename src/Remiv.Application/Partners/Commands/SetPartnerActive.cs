using Mediator;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Partners;
using Remiv.Domain.Security;

namespace Remiv.Application.Partners.Commands;

/// <summary>
/// Withdraws a partner that no longer works with the hub (it leaves the choices for new referrals; its referrals stay),
/// or brings it back.
/// </summary>
[RequiresPermission(Permission.ManagePartners)]
public sealed record SetPartnerActive(Guid PartnerId, int ExpectedVersion, bool IsActive) : ICommand<int>;

public sealed class SetPartnerActiveHandler(IApplicationDbContext db, IAuditLog audit) : ICommandHandler<SetPartnerActive, int>
{
    public async ValueTask<int> Handle(SetPartnerActive command, CancellationToken cancellationToken)
    {
        var partner = await PartnerLoader.LoadForChangeAsync(db, command.PartnerId, command.ExpectedVersion, cancellationToken);
        if (partner.IsActive != command.IsActive)
        {
            partner.Update(new PartnerDetails(partner.Name, partner.Type, partner.Description, partner.Address, partner.Phone, partner.Email, partner.Website),
                command.IsActive);
            audit.Record(command.IsActive ? "partner.reactivated" : "partner.withdrawn", "Partner", partner.Id.ToString());
        }

        return partner.Version;
    }
}
