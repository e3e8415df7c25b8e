using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;

namespace Remiv.Application.DeadlinePresets.Commands;

/// <summary>
/// A coordinator changes a preset, from the version they saw, or withdraws it (<see cref="IsActive"/> false). The change
/// applies to deadlines computed afterwards; the deadlines already set keep their dates.
/// </summary>
[RequiresPermission(Permission.ManageDeadlinePresets)]
public sealed record UpdateDeadlinePreset(
    Guid PresetId,
    int ExpectedVersion,
    string Name,
    DeadlineKind Kind,
    Track Track,
    DeadlineEvent StartEvent,
    int OffsetAmount,
    OffsetUnit OffsetUnit,
    OffsetDirection OffsetDirection,
    IReadOnlyList<int> ReminderDays,
    string LegalBasis,
    bool ToConfirm,
    bool IsActive) : ICommand<int>, IPresetFields;

public sealed class UpdateDeadlinePresetValidator : AbstractValidator<UpdateDeadlinePreset>
{
    public UpdateDeadlinePresetValidator() => Include(new PresetFieldRules());
}

public sealed class UpdateDeadlinePresetHandler(IApplicationDbContext db, IAuditLog audit) : ICommandHandler<UpdateDeadlinePreset, int>
{
    public async ValueTask<int> Handle(UpdateDeadlinePreset command, CancellationToken cancellationToken)
    {
        var preset = await db.DeadlinePresets.FirstOrDefaultAsync(p => p.Id == command.PresetId, cancellationToken) ?? throw new NotFoundException();
        if (preset.Version != command.ExpectedVersion)
        {
            throw new ConcurrencyConflictException();
        }

        preset.Update(PresetFieldRules.ToDefinition(command), command.IsActive);
        audit.Record("deadline-preset.updated", "DeadlinePreset", preset.Id.ToString());
        return preset.Version;
    }
}
