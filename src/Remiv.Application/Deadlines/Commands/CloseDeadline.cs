using FluentValidation;
using Mediator;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Security;

namespace Remiv.Application.Deadlines.Commands;

/// <summary>Closes a deadline as done, cancelled or missed (with a note saying why for the last two). Its reminders stop.</summary>
[RequiresPermission(Permission.ManageDeadlines)]
public sealed record CloseDeadline(Guid DeadlineId, int ExpectedVersion, DeadlineStatus Outcome, string? Note) : ICommand<int>;

public sealed class CloseDeadlineValidator : AbstractValidator<CloseDeadline>
{
    public CloseDeadlineValidator()
    {
        RuleFor(c => c.Outcome).Must(o => o is DeadlineStatus.Done or DeadlineStatus.Cancelled or DeadlineStatus.Missed)
            .WithMessage("Choisissez : faite, annulée ou manquée.");
        RuleFor(c => c.Note).MaximumLength(Deadline.NoteMaxLength).WithMessage("Ce texte est trop long (1000 caractères au plus).");
        RuleFor(c => c.Note).NotEmpty().When(c => c.Outcome is DeadlineStatus.Cancelled or DeadlineStatus.Missed)
            .WithMessage("Expliquez en une phrase pourquoi l'échéance est annulée ou manquée.");
    }
}

public sealed class CloseDeadlineHandler(DeadlineLoader loader, ICurrentUser user, IAuditLog audit, TimeProvider clock)
    : ICommandHandler<CloseDeadline, int>
{
    public async ValueTask<int> Handle(CloseDeadline command, CancellationToken cancellationToken)
    {
        var (deadline, youth) = await loader.LoadForChangeAsync(command.DeadlineId, command.ExpectedVersion, cancellationToken);
        youth.EnsureOpen();
        deadline.Close(command.Outcome, command.Note, user.UserId, clock.GetUtcNow());
        audit.Record("deadline.closed", "Deadline", deadline.Id.ToString());
        return deadline.Version;
    }
}
