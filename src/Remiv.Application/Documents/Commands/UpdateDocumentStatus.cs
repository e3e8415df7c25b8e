using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Deadlines;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;

namespace Remiv.Application.Documents.Commands;

/// <summary>
/// Updates one line of the documents checklist (missing, requested, obtained, expired; expiry date). A line already
/// recorded is changed only from the version the user saw (<see cref="UpdateDocumentStatus.ExpectedVersion"/>).
/// </summary>
[RequiresPermission(Permission.ManageDocuments)]
public sealed record UpdateDocumentStatus(Guid YouthId, DocumentKind Kind, DocumentStatus Status, DateOnly? ExpiryDate, string? Note, int? ExpectedVersion) : ICommand<int>;

public sealed class UpdateDocumentStatusValidator : AbstractValidator<UpdateDocumentStatus>
{
    public UpdateDocumentStatusValidator()
    {
        RuleFor(c => c.Kind).IsInEnum().WithMessage("Ce type de document n'existe pas.");
        RuleFor(c => c.Status).IsInEnum().WithMessage("Choisissez une valeur dans la liste.");
        RuleFor(c => c.ExpiryDate).Must(PlausibleDates.Contains).WithMessage(PlausibleDates.Message);
        RuleFor(c => c.Note).MaximumLength(YouthDocument.NoteMaxLength).WithMessage("Ce texte est trop long (300 caractères au plus).");
    }
}

public sealed class UpdateDocumentStatusHandler(IApplicationDbContext db, YouthAccess access, AutomaticDeadlines automatic, IAuditLog audit, TimeProvider clock)
    : ICommandHandler<UpdateDocumentStatus, int>
{
    public async ValueTask<int> Handle(UpdateDocumentStatus command, CancellationToken cancellationToken)
    {
        var youth = await access.LoadAsync(command.YouthId, cancellationToken);
        var document = await db.YouthDocuments.FirstOrDefaultAsync(d => d.YouthId == youth.Id && d.Kind == command.Kind, cancellationToken);
        if (document is null)
        {
            document = YouthDocument.Record(youth, command.Kind, command.Status, command.ExpiryDate, command.Note, access.UserId, clock.GetUtcNow());
            db.YouthDocuments.Add(document);
        }
        else
        {
            if (command.ExpectedVersion != document.Version)
            {
                throw new ConcurrencyConflictException(["Documents"]);
            }

            document.Update(youth, command.Status, command.ExpiryDate, command.Note, access.UserId, clock.GetUtcNow());
        }

        await automatic.SyncAsync(youth, cancellationToken);
        audit.Record("youth.document-updated", "Youth", youth.Id.ToString());
        return document.Version;
    }
}
