using FluentValidation;
using Mediator;
using Remiv.Application.Common;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;

namespace Remiv.Application.Youths.Commands;

/// <summary>
/// The young person leaves the hub: the file is archived with a date, a reason from the list (counted by the activity
/// report) and details (required for "other"), never deleted.
/// </summary>
[RequiresPermission(Permission.ArchiveYouths)]
public sealed record ArchiveYouth(Guid YouthId, int ExpectedVersion, DateOnly Date, string? Reason, ExitReason Kind = ExitReason.Other) : ICommand<int>;

public sealed class ArchiveYouthValidator : AbstractValidator<ArchiveYouth>
{
    public ArchiveYouthValidator()
    {
        RuleFor(c => c.Date).NotEmpty().WithMessage("Indiquez la date de sortie.");
        RuleFor(c => c.Kind).IsInEnum().WithMessage("Choisissez le motif de sortie dans la liste.");
        RuleFor(c => c.Reason).NotEmpty().When(c => c.Kind == ExitReason.Other)
            .WithMessage("Précisez le motif de la sortie (par exemple : orienté vers un dispositif d'un autre département).");
        RuleFor(c => c.Reason).MaximumLength(Youth.NoteMaxLength).WithMessage("Ce texte est trop long (1000 caractères au plus).");
    }
}

public sealed class ArchiveYouthHandler(YouthAccess access, FileClosing closing, IAuditLog audit, TimeProvider clock) : ICommandHandler<ArchiveYouth, int>
{
    public async ValueTask<int> Handle(ArchiveYouth command, CancellationToken cancellationToken)
    {
        var youth = await access.LoadForChangeAsync(command.YouthId, command.ExpectedVersion, cancellationToken);
        youth.Archive(command.Date, command.Kind, command.Reason, access.UserId, clock.Today(), clock.GetUtcNow());
        await closing.CloseAsync(youth, access.UserId, cancellationToken);
        audit.Record("youth.archived", "Youth", youth.Id.ToString());
        return youth.Version;
    }
}
