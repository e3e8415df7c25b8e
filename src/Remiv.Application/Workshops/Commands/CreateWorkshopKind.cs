using FluentValidation;
using Mediator;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Security;
using Remiv.Domain.Workshops;
using Remiv.Domain.Youths;

namespace Remiv.Application.Workshops.Commands;

/// <summary>A coordinator adds a kind of workshop; its name is unique and its track is never the psychological one.</summary>
[RequiresPermission(Permission.ManageWorkshopKinds)]
public sealed record CreateWorkshopKind(string Name, Track Track) : ICommand<Guid>, IWorkshopKindFields;

public sealed class CreateWorkshopKindValidator : AbstractValidator<CreateWorkshopKind>
{
    public CreateWorkshopKindValidator() => Include(new WorkshopKindFieldRules());
}

public sealed class CreateWorkshopKindHandler(IApplicationDbContext db, IAuditLog audit) : ICommandHandler<CreateWorkshopKind, Guid>
{
    public async ValueTask<Guid> Handle(CreateWorkshopKind command, CancellationToken cancellationToken)
    {
        await WorkshopKindFieldRules.EnsureNameFreeAsync(db, command.Name, null, cancellationToken);
        var kind = WorkshopKind.Create(command.Name, command.Track);
        db.WorkshopKinds.Add(kind);
        audit.Record("workshop-kind.created", "WorkshopKind", kind.Id.ToString());
        return kind.Id;
    }
}
