using Mediator;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Security;

namespace Remiv.Application.Youths.Commands;

[RequiresPermission(Permission.EditYouths)]
public sealed record RemoveYouthAlias(Guid YouthId, int ExpectedVersion, Guid AliasId) : ICommand<int>;

public sealed class RemoveYouthAliasHandler(YouthAccess access, IAuditLog audit) : ICommandHandler<RemoveYouthAlias, int>
{
    public async ValueTask<int> Handle(RemoveYouthAlias command, CancellationToken cancellationToken)
    {
        var youth = await access.LoadForChangeAsync(command.YouthId, command.ExpectedVersion, cancellationToken);
        youth.RemoveAlias(command.AliasId);
        audit.Record("youth.alias-removed", "Youth", youth.Id.ToString());
        return youth.Version;
    }
}
