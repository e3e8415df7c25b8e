using FluentValidation;
using Mediator;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;

namespace Remiv.Application.DeadlinePresets.Commands;

/// <summary>A coordinator adds a preset (a rule the hub applies often), with its legal basis.</summary>
[RequiresPermission(Permission.ManageDeadlinePresets)]
public sealed record CreateDeadlinePreset(
    string Name,
    DeadlineKind Kind,
    Track Track,
    DeadlineEvent StartEvent,
    int OffsetAmount,
    OffsetUnit OffsetUnit,
    OffsetDirection OffsetDirection,
    IReadOnlyList<int> ReminderDays,
    string LegalBasis,
    bool ToConfirm) : ICommand<Guid>, IPresetFields;

public sealed class CreateDeadlinePresetValidator : AbstractValidator<CreateDeadlinePreset>
{
    public CreateDeadlinePresetValidator() => Include(new PresetFieldRules());
}

public sealed class CreateDeadlinePresetHandler(IApplicationDbContext db, IAuditLog audit) : ICommandHandler<CreateDeadlinePreset, Guid>
{
    public ValueTask<Guid> Handle(CreateDeadlinePreset command, CancellationToken cancellationToken)
    {
        var preset = DeadlinePreset.Create(PresetFieldRules.ToDefinition(command));
        db.DeadlinePresets.Add(preset);
        audit.Record("deadline-preset.created", "DeadlinePreset", preset.Id.ToString());
        return ValueTask.FromResult(preset.Id);
    }
}
