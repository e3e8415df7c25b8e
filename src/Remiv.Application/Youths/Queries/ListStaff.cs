using Mediator;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Security;

namespace Remiv.Application.Youths.Queries;

/// <summary>The active staff, to choose a referent or a follow-up group member.</summary>
[RequiresPermission(Permission.ViewYouths)]
public sealed record ListStaff : IQuery<IReadOnlyList<StaffMember>>;

public sealed class ListStaffHandler(IIdentityService identity) : IQueryHandler<ListStaff, IReadOnlyList<StaffMember>>
{
    public async ValueTask<IReadOnlyList<StaffMember>> Handle(ListStaff query, CancellationToken cancellationToken) =>
        await identity.ListStaffAsync(cancellationToken);
}
