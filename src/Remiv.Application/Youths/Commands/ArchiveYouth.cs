using FluentValidation;
using Mediator;
using Remiv.Application.Common;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;

namespace Remiv.Application.Youths.Commands;

/// <summary>The young person leaves the hub: the file is archived with a date and a reason, never deleted.</summary>
[RequiresPermission(Permission.ArchiveYouths)]
public sealed record ArchiveYouth(Guid YouthId, int ExpectedVersion, DateOnly Date, string Reason) : ICommand<int>;

public sealed class ArchiveYouthValidator : AbstractValidator<ArchiveYouth>
{
    public ArchiveYouthValidator()
    {
        RuleFor(c => c.Date).NotEmpty().WithMessage("Indiquez la date de sortie.");
        RuleFor(c => c.Reason).NotEmpty().WithMessage("Indiquez le motif de la sortie (par exemple : fin d'accompagnement, départ de la Vienne, majorité).")
            .MaximumLength(Youth.NoteMaxLength).WithMessage("Ce texte est trop long (1000 caractères au plus).");
    }
}

public sealed class ArchiveYouthHandler(YouthAccess access, FileClosing closing, IAuditLog audit, TimeProvider clock) : ICommandHandler<ArchiveYouth, int>
{
    public async ValueTask<int> Handle(ArchiveYouth command, CancellationToken cancellationToken)
    {
        var youth = await access.LoadForChangeAsync(command.YouthId, command.ExpectedVersion, cancellationToken);
        youth.Archive(command.Date, command.Reason, access.UserId, clock.Today(), clock.GetUtcNow());
        await closing.CloseAsync(youth, access.UserId, cancellationToken);
        audit.Record("youth.archived", "Youth", youth.Id.ToString());
        return youth.Version;
    }
}
