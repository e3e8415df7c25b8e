using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;

namespace Remiv.Application.Workshops.Commands;

/// <summary>
/// A coordinator renames a kind, changes its track, retires it (<see cref="IsActive"/> false: no new sessions of it, the
/// sessions held keep it) or offers it again, from the version they saw.
/// </summary>
[RequiresPermission(Permission.ManageWorkshopKinds)]
public sealed record UpdateWorkshopKind(Guid KindId, int ExpectedVersion, string Name, Track Track, bool IsActive) : ICommand<int>, IWorkshopKindFields;

public sealed class UpdateWorkshopKindValidator : AbstractValidator<UpdateWorkshopKind>
{
    public UpdateWorkshopKindValidator() => Include(new WorkshopKindFieldRules());
}

public sealed class UpdateWorkshopKindHandler(IApplicationDbContext db, IAuditLog audit) : ICommandHandler<UpdateWorkshopKind, int>
{
    public async ValueTask<int> Handle(UpdateWorkshopKind command, CancellationToken cancellationToken)
    {
        var kind = await db.WorkshopKinds.FirstOrDefaultAsync(k => k.Id == command.KindId, cancellationToken) ?? throw new NotFoundException();
        if (kind.Version != command.ExpectedVersion)
        {
            throw new ConcurrencyConflictException();
        }

        await WorkshopKindFieldRules.EnsureNameFreeAsync(db, command.Name, kind.Id, cancellationToken);
        kind.Update(command.Name, command.Track, command.IsActive);
        audit.Record("workshop-kind.updated", "WorkshopKind", kind.Id.ToString());
        return kind.Version;
    }
}
