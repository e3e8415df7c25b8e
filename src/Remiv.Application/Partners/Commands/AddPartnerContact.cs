using Mediator;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Security;

namespace Remiv.Application.Partners.Commands;

/// <summary>Adds someone to call at a partner (a name, and optionally their role, phone and e-mail).</summary>
[RequiresPermission(Permission.ManagePartners)]
public sealed record AddPartnerContact(Guid PartnerId, string? Name, string? Role, string? Phone, string? Email) : ICommand<Guid>;

public sealed class AddPartnerContactHandler(IApplicationDbContext db, IAuditLog audit) : ICommandHandler<AddPartnerContact, Guid>
{
    public async ValueTask<Guid> Handle(AddPartnerContact command, CancellationToken cancellationToken)
    {
        var partner = await PartnerLoader.LoadForChangeAsync(db, command.PartnerId, null, cancellationToken);
        var contact = partner.AddContact(command.Name ?? string.Empty, command.Role, command.Phone, command.Email);
        audit.Record("partner.contact-added", "Partner", partner.Id.ToString());
        return contact.Id;
    }
}
