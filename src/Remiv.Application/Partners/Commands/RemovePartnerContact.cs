using Mediator;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Security;

namespace Remiv.Application.Partners.Commands;

/// <summary>Removes a contact who left the partner.</summary>
[RequiresPermission(Permission.ManagePartners)]
public sealed record RemovePartnerContact(Guid PartnerId, Guid ContactId) : ICommand<int>;

public sealed class RemovePartnerContactHandler(IApplicationDbContext db, IAuditLog audit) : ICommandHandler<RemovePartnerContact, int>
{
    public async ValueTask<int> Handle(RemovePartnerContact command, CancellationToken cancellationToken)
    {
        var partner = await PartnerLoader.LoadForChangeAsync(db, command.PartnerId, null, cancellationToken);
        if (partner.Contacts.All(c => c.Id != command.ContactId))
        {
            throw new NotFoundException();
        }

        partner.RemoveContact(command.ContactId);
        audit.Record("partner.contact-removed", "Partner", partner.Id.ToString());
        return partner.Version;
    }
}
