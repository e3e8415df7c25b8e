using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Psychology;
using Remiv.Domain.Security;

namespace Remiv.Application.Psychology.Notes.Commands;

/// <summary>
/// Writes the confidential note of a session, or changes it: the session's psychologist only (psychologists keep notes;
/// anyone else gets 403). <see cref="ExpectedVersion"/> is the version read, to change the note (null or stale: 409); it
/// is not looked at for the first note. A session one does not see is "not found"; the session of another psychologist
/// is refused with the domain's French message, whether or not that psychologist wrote a note (so that a note one may not
/// read stays indistinguishable from none). The text is encrypted as it is saved, never audited nor logged.
/// </summary>
[RequiresPermission(Permission.KeepSessionNotes)]
public sealed record WriteSessionNote(Guid SessionId, int? ExpectedVersion, string Text, bool SharedWithTeam) : ICommand<SavedSessionNote>;

/// <param name="Created">Whether this was the session's first note (false: a change).</param>
public sealed record SavedSessionNote(Guid Id, int Version, bool Created);

public sealed class WriteSessionNoteValidator : AbstractValidator<WriteSessionNote>
{
    public WriteSessionNoteValidator()
    {
        RuleFor(c => c.Text).NotEmpty().WithMessage("Écrivez la note avant de l'enregistrer.");
        RuleFor(c => c.Text).Must(t => t is null || t.Trim().Length <= SessionNote.TextMaxLength)
            .WithMessage("Cette note est trop longue (20 000 caractères au plus) : raccourcissez-la.");
    }
}

public sealed class WriteSessionNoteHandler(
    IApplicationDbContext db,
    YouthAccess access,
    ICurrentUser user,
    IIdentityService identity,
    IAuditLog audit,
    TimeProvider clock) : ICommandHandler<WriteSessionNote, SavedSessionNote>
{
    private readonly NoteRules rules = new(db, access, user, identity, audit);

    public async ValueTask<SavedSessionNote> Handle(WriteSessionNote command, CancellationToken cancellationToken)
    {
        var session = await rules.VisibleSessions().AsNoTracking().FirstOrDefaultAsync(s => s.Id == command.SessionId, cancellationToken)
                      ?? throw new NotFoundException();
        var me = rules.UserId;
        var now = clock.GetUtcNow();

        // Only the session's psychologist's own note is looked up. To anyone else the domain refuses the writing itself,
        // the same way whether a note exists or not.
        var note = session.PsychologistId == me
            ? await db.SessionNotes.FirstOrDefaultAsync(n => n.SessionId == session.Id, cancellationToken)
            : null;
        var created = note is null;
        if (note is null)
        {
            note = SessionNote.Write(session, me, command.Text, command.SharedWithTeam, now);
            db.SessionNotes.Add(note);
        }
        else
        {
            if (command.ExpectedVersion != note.Version)
            {
                // Written meanwhile (another tab, another device): reload before changing it.
                throw new ConcurrencyConflictException();
            }

            note.Edit(command.Text, command.SharedWithTeam, me, now);
        }

        audit.Record(NoteRules.WrittenAction, NoteRules.AuditTarget, note.Id.ToString());
        return new SavedSessionNote(note.Id, note.Version, created);
    }
}
