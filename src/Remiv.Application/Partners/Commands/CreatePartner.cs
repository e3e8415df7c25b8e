using Mediator;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Partners;
using Remiv.Domain.Security;

namespace Remiv.Application.Partners.Commands;

/// <summary>Adds a partner to the directory. A name the directory already has (whatever the case) is refused.</summary>
[RequiresPermission(Permission.ManagePartners)]
public sealed record CreatePartner(
    string? Name, PartnerType Type, string? Description, string? Address, string? Phone, string? Email, string? Website) : ICommand<Guid>
{
    public PartnerDetails Details => new(Name, Type, Description, Address, Phone, Email, Website);
}

public sealed class CreatePartnerHandler(IApplicationDbContext db, IDatabaseErrors errors, IAuditLog audit) : ICommandHandler<CreatePartner, Guid>
{
    public async ValueTask<Guid> Handle(CreatePartner command, CancellationToken cancellationToken)
    {
        var partner = Partner.Create(command.Details);
        await PartnerNames.EnsureFreeAsync(db, partner.Name, null, cancellationToken);
        db.Partners.Add(partner);
        audit.Record("partner.created", "Partner", partner.Id.ToString());
        await PartnerNames.SaveAsync(db, errors, cancellationToken);
        return partner.Id;
    }
}
