using FluentValidation;
using Mediator;
using Remiv.Application.Common;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Security;

namespace Remiv.Application.Youths.Commands;

public enum GroupChange
{
    Add = 1,
    Remove = 2,
    MakeReferent = 3,
}

/// <summary>Adds a staff member to the follow-up group, removes one (their access ends that day) or names the referent.</summary>
[RequiresPermission(Permission.ManageFollowUpGroups)]
public sealed record ChangeFollowUpGroup(Guid YouthId, int ExpectedVersion, Guid StaffId, GroupChange Change) : ICommand<int>;

public sealed class ChangeFollowUpGroupValidator : AbstractValidator<ChangeFollowUpGroup>
{
    public ChangeFollowUpGroupValidator() => RuleFor(c => c.Change).IsInEnum().WithMessage("Choisissez une valeur dans la liste.");
}

public sealed class ChangeFollowUpGroupHandler(YouthAccess access, IIdentityService identity, IAuditLog audit, TimeProvider clock)
    : ICommandHandler<ChangeFollowUpGroup, int>
{
    public async ValueTask<int> Handle(ChangeFollowUpGroup command, CancellationToken cancellationToken)
    {
        var youth = await access.LoadForChangeAsync(command.YouthId, command.ExpectedVersion, cancellationToken);
        var today = clock.Today();
        if (command.Change != GroupChange.Remove && (await identity.ListStaffAsync(cancellationToken)).All(s => s.Id != command.StaffId))
        {
            throw new Common.Exceptions.RequestValidationException(nameof(command.StaffId),
                "Cette personne n'a pas de compte actif de l'équipe. Choisissez-la dans la liste.");
        }

        switch (command.Change)
        {
            case GroupChange.Add:
                youth.AddToGroup(command.StaffId, today);
                break;
            case GroupChange.Remove:
                youth.RemoveFromGroup(command.StaffId, today);
                break;
            default:
                youth.AssignReferent(command.StaffId, today);
                break;
        }

        audit.Record("youth.group-" + command.Change.ToString().ToLowerInvariant(), "Youth", youth.Id.ToString());
        return youth.Version;
    }
}
