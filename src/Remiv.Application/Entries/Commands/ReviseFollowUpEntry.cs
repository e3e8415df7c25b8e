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

/// <summary>Its author corrects an entry, from the version they saw; the change history keeps the text before.</summary>
[RequiresPermission(Permission.ViewYouths)]
public sealed record ReviseFollowUpEntry(
    Guid EntryId,
    int ExpectedVersion,
    DateOnly Date,
    Track Track,
    EntryKind Kind,
    string Text,
    string? Partner,
    string? NextStep,
    EntryVisibility Visibility) : ICommand<int>, IEntryContentFields;

public sealed class ReviseFollowUpEntryValidator : AbstractValidator<ReviseFollowUpEntry>
{
    public ReviseFollowUpEntryValidator()
    {
        Include(new EntryContentRules());
    }
}

public sealed class ReviseFollowUpEntryHandler(YouthAccess access, IAuditLog audit, TimeProvider clock) : ICommandHandler<ReviseFollowUpEntry, int>
{
    public async ValueTask<int> Handle(ReviseFollowUpEntry command, CancellationToken cancellationToken)
    {
        var entry = await access.ReadableEntries().FirstOrDefaultAsync(e => e.Id == command.EntryId, cancellationToken) ?? throw new NotFoundException();
        if (entry.AuthorId != access.UserId || !access.CanWrite(entry.Track) || !access.CanWrite(command.Track))
        {
            throw new ForbiddenAccessException();
        }

        if (entry.Version != command.ExpectedVersion)
        {
            throw new ConcurrencyConflictException(["Entrée de suivi"]);
        }

        var youth = await access.LoadAsync(entry.YouthId, cancellationToken);
        entry.Revise(youth, command.Date, command.Track, command.Kind, command.Text, command.Partner, command.NextStep, command.Visibility, clock.Today());
        audit.Record("entry.revised", "FollowUpEntry", entry.Id.ToString());
        return entry.Version;
    }
}
