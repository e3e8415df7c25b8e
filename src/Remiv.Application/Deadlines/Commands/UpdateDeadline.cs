using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;

namespace Remiv.Application.Deadlines.Commands;

/// <summary>
/// Changes an open deadline, from the version the user saw. A new date moves its reminders: those of the old date are
/// never sent, those of the new date are.
/// </summary>
[RequiresPermission(Permission.ManageDeadlines)]
public sealed record UpdateDeadline(
    Guid DeadlineId,
    int ExpectedVersion,
    Guid? PresetId,
    Track? Track,
    DeadlineKind? Kind,
    string? Title,
    DeadlineEvent? StartEvent,
    DateOnly EventDate,
    DateOnly? DueDate,
    TimeOnly? DueTime,
    Guid? ResponsibleUserId,
    IReadOnlyList<int>? ReminderDays) : ICommand<int>, IDeadlineFields;

public sealed class UpdateDeadlineValidator : AbstractValidator<UpdateDeadline>
{
    public UpdateDeadlineValidator() => Include(new DeadlineFieldRules());
}

public sealed class UpdateDeadlineHandler(IApplicationDbContext db, DeadlineLoader loader, DeadlineComposer composer, IAuditLog audit, TimeProvider clock)
    : ICommandHandler<UpdateDeadline, int>
{
    public async ValueTask<int> Handle(UpdateDeadline command, CancellationToken cancellationToken)
    {
        var (deadline, youth) = await loader.LoadForChangeAsync(command.DeadlineId, command.ExpectedVersion, cancellationToken);
        var (details, preset) = await composer.ComposeAsync(youth, command, cancellationToken);
        // Whether the date is the preset's or the user's is judged against the deadline's own preset when none is sent.
        preset ??= deadline.PresetId is { } own ? await db.DeadlinePresets.FirstOrDefaultAsync(p => p.Id == own, cancellationToken) : null;
        deadline.Update(youth, details, preset, clock.Today());
        audit.Record("deadline.updated", "Deadline", deadline.Id.ToString());
        return deadline.Version;
    }
}
