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
    EntryVisibility Visibility) : ICommand<Guid>, IEntryContentFields;

public sealed class WriteFollowUpEntryValidator : AbstractValidator<WriteFollowUpEntry>
{
    public WriteFollowUpEntryValidator()
    {
        RuleFor(c => c.SubmissionId).NotEmpty().WithMessage("Le formulaire est incomplet : rechargez la page.");
        Include(new EntryContentRules());
    }
}

public sealed class WriteFollowUpEntryHandler(IApplicationDbContext db, YouthAccess access, IAuditLog audit, IDatabaseErrors errors, TimeProvider clock)
    : ICommandHandler<WriteFollowUpEntry, Guid>
{
    public async ValueTask<Guid> Handle(WriteFollowUpEntry command, CancellationToken cancellationToken)
    {
        if (!access.CanWrite(command.Track))
        {
            throw new ForbiddenAccessException();
        }

        var youth = await access.LoadAsync(command.YouthId, cancellationToken);
        if (await AlreadyWrittenAsync(command, cancellationToken) is { } existing)
        {
            return existing;
        }

        var today = clock.Today();
        var entry = FollowUpEntry.Write(youth, command.SubmissionId, command.Date ?? today, command.Track, command.Kind, command.Text,
            access.UserId, command.Partner, command.NextStep, command.Visibility, today, clock.GetUtcNow());
        db.FollowUpEntries.Add(entry);
        audit.Record("entry.written", "FollowUpEntry", entry.Id.ToString());
        try
        {
            // Saved here (EF keeps a savepoint inside the command's transaction) so that the same form sent twice at
            // the same instant gets the first entry back rather than an error.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException race) when (errors.IsUniqueKeyViolation(race))
        {
            return await AlreadyWrittenAsync(command, CancellationToken.None, afterRace: true) ?? throw new ConcurrencyConflictException();
        }

        return entry.Id;
    }

    /// <summary>The entry this form already created, if any: only for the same author and the same young person.</summary>
    private async Task<Guid?> AlreadyWrittenAsync(WriteFollowUpEntry command, CancellationToken cancellationToken, bool afterRace = false)
    {
        if (afterRace)
        {
            // The losing entry, its audit line and its history rows must not be saved later by the unit of work.
            db.DiscardUnsavedChanges();
        }

        var already = await db.FollowUpEntries.AsNoTracking().Where(e => e.SubmissionId == command.SubmissionId)
            .Select(e => new { e.Id, e.AuthorId, e.YouthId }).FirstOrDefaultAsync(cancellationToken);
        if (already is null)
        {
            return null;
        }

        return already.AuthorId == access.UserId && already.YouthId == command.YouthId
            ? already.Id
            : throw new RequestValidationException(nameof(command.SubmissionId), "Le formulaire est incomplet : rechargez la page.");
    }
}
