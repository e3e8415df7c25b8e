using FluentValidation;
using Mediator;
using Remiv.Application.Common;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;

namespace Remiv.Application.Youths.Commands;

/// <summary>A dated step of the path (age assessment, placement, refusal, appeal...). An exit goes through <see cref="ArchiveYouth"/>.</summary>
[RequiresPermission(Permission.EditYouths)]
public sealed record RecordStatusChange(Guid YouthId, int ExpectedVersion, YouthStatus Status, DateOnly Date, string? Department, string? Note) : ICommand<int>;

public sealed class RecordStatusChangeValidator : AbstractValidator<RecordStatusChange>
{
    public RecordStatusChangeValidator()
    {
        RuleFor(c => c.Status).IsInEnum().WithMessage("Choisissez une valeur dans la liste.")
            .NotEqual(YouthStatus.Exited).WithMessage("Pour une sortie, utilisez « Archiver le dossier » : le motif y est demandé.");
        RuleFor(c => c.Date).NotEmpty().WithMessage("Indiquez la date du changement.");
        RuleFor(c => c.Note).MaximumLength(Youth.NoteMaxLength).WithMessage("Ce texte est trop long (1000 caractères au plus).");
    }
}

public sealed class RecordStatusChangeHandler(YouthAccess access, FileClosing closing, IAuditLog audit, TimeProvider clock) : ICommandHandler<RecordStatusChange, int>
{
    public async ValueTask<int> Handle(RecordStatusChange command, CancellationToken cancellationToken)
    {
        var youth = await access.LoadForChangeAsync(command.YouthId, command.ExpectedVersion, cancellationToken);
        youth.RecordStatusChange(command.Status, command.Date, command.Department, command.Note, access.UserId, clock.Today(), clock.GetUtcNow());
        if (youth.IsArchived)
        {
            await closing.CloseAsync(youth, access.UserId, cancellationToken);
        }

        audit.Record("youth.status-changed", "Youth", youth.Id.ToString());
        return youth.Version;
    }
}
