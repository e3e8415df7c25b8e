using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;

namespace Remiv.Application.Entries.Commands;

/// <summary>
/// Logs a follow-up entry. <see cref="SubmissionId"/> is chosen by the form: sending the same form twice
/// (a double tap on a phone) returns the entry already written instead of a second one.
/// </summary>
[RequiresPermission(Permission.ViewYouths)]
public sealed record WriteFollowUpEntry(
    Guid YouthId,
    Guid SubmissionId,
    DateOnly? Date,
    Track Track,
    EntryKind Kind,
    string Text,
    string? Partner,
    string? NextStep,
    EntryVisibility Visibility) : ICommand<Guid>;

public sealed class WriteFollowUpEntryValidator : AbstractValidator<WriteFollowUpEntry>
{
    public WriteFollowUpEntryValidator()
    {
        RuleFor(c => c.SubmissionId).NotEmpty().WithMessage("Le formulaire est incomplet : rechargez la page.");
        RuleFor(c => c.Track).IsInEnum().WithMessage("Choisissez le volet.");
        RuleFor(c => c.Kind).IsInEnum().WithMessage("Choisissez le type d'entrée.");
        RuleFor(c => c.Visibility).IsInEnum().WithMessage("Choisissez qui peut lire l'entrée.");
        RuleFor(c => c.Text).NotEmpty().WithMessage("Écrivez le contenu de l'entrée.")
            .MaximumLength(FollowUpEntry.TextMaxLength).WithMessage("Le texte est trop long (4000 caractères au plus).");
        RuleFor(c => c.Partner).MaximumLength(FollowUpEntry.PartnerMaxLength).WithMessage("Ce texte est trop long (200 caractères au plus).");
        RuleFor(c => c.NextStep).MaximumLength(FollowUpEntry.NextStepMaxLength).WithMessage("Ce texte est trop long (300 caractères au plus).");
    }
}

public sealed class WriteFollowUpEntryHandler(IApplicationDbContext db, YouthAccess access, IAuditLog audit, TimeProvider clock)
    : ICommandHandler<WriteFollowUpEntry, Guid>
{
    public async ValueTask<Guid> Handle(WriteFollowUpEntry command, CancellationToken cancellationToken)
    {
        if (!access.CanWrite(command.Track))
        {
            throw new ForbiddenAccessException();
        }

        var already = await db.FollowUpEntries.Where(e => e.SubmissionId == command.SubmissionId)
            .Select(e => new { e.Id, e.AuthorId }).FirstOrDefaultAsync(cancellationToken);
        if (already is not null)
        {
            return already.AuthorId == access.UserId ? already.Id : throw new ForbiddenAccessException();
        }

        var youth = await access.LoadAsync(command.YouthId, cancellationToken);
        var today = clock.Today();
        var entry = FollowUpEntry.Write(youth, command.SubmissionId, command.Date ?? today, command.Track, command.Kind, command.Text,
            access.UserId, command.Partner, command.NextStep, command.Visibility, today, clock.GetUtcNow());
        db.FollowUpEntries.Add(entry);
        audit.Record("entry.written", "FollowUpEntry", entry.Id.ToString());
        return entry.Id;
    }
}
