using FluentValidation;
using Mediator;
using Remiv.Application.Common;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;

namespace Remiv.Application.Deadlines.Commands;

/// <summary>
/// Adds a deadline to a young person's file, from a preset (which computes the date, unless the user gives another)
/// or by hand. Refused for an archived file, and on a track the user may not write.
/// </summary>
[RequiresPermission(Permission.ManageDeadlines)]
public sealed record CreateDeadline(
    Guid YouthId,
    Guid? PresetId,
    Track? Track,
    DeadlineKind? Kind,
    string? Title,
    DeadlineEvent? StartEvent,
    DateOnly EventDate,
    DateOnly? DueDate,
    TimeOnly? DueTime,
    Guid? ResponsibleUserId,
    IReadOnlyList<int>? ReminderDays) : ICommand<Guid>, IDeadlineFields;

public sealed class CreateDeadlineValidator : AbstractValidator<CreateDeadline>
{
    public CreateDeadlineValidator() => Include(new DeadlineFieldRules());
}

public sealed class CreateDeadlineHandler(IApplicationDbContext db, YouthAccess access, DeadlineComposer composer, IAuditLog audit, TimeProvider clock)
    : ICommandHandler<CreateDeadline, Guid>
{
    public async ValueTask<Guid> Handle(CreateDeadline command, CancellationToken cancellationToken)
    {
        var youth = await access.LoadAsync(command.YouthId, cancellationToken);
        youth.EnsureOpen();
        var (details, preset) = await composer.ComposeAsync(youth, command, cancellationToken);
        var deadline = Deadline.Create(youth, details, preset, access.UserId, clock.Today(), clock.GetUtcNow());
        db.Deadlines.Add(deadline);
        audit.Record("deadline.created", "Deadline", deadline.Id.ToString());
        return deadline.Id;
    }
}
