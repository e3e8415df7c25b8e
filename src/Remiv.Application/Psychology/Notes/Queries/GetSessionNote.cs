using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Psychology;
using Remiv.Domain.Security;

namespace Remiv.Application.Psychology.Notes.Queries;

/// <summary>
/// The note of one session, for a psychologist who may read it (its author; the psychologists who see the session once it
/// is shared). The session's psychologist also gets the session without a note yet, to write it. To anyone else a note
/// they may not read is "not found", exactly as no note. Each note read is audited (its id, never its text).
/// </summary>
[RequiresPermission(Permission.KeepSessionNotes)]
public sealed record GetSessionNote(Guid SessionId) : IQuery<SessionNoteView>;

/// <param name="Note">Null only for the session's psychologist, before they write it.</param>
/// <param name="CanWrite">Whether the user may write or change it: the session's psychologist (no first note on a cancelled session).</param>
public sealed record SessionNoteView(Guid SessionId, SessionNoteItem? Note, bool CanWrite);

public sealed class GetSessionNoteHandler(
    IApplicationDbContext db,
    YouthAccess access,
    ICurrentUser user,
    IIdentityService identity,
    IAuditLog audit) : IQueryHandler<GetSessionNote, SessionNoteView>
{
    private readonly NoteRules rules = new(db, access, user, identity, audit);

    public async ValueTask<SessionNoteView> Handle(GetSessionNote query, CancellationToken cancellationToken)
    {
        var session = await rules.VisibleSessions().Where(s => s.Id == query.SessionId)
                          .Select(s => new { s.Id, s.PsychologistId, s.Status })
                          .FirstOrDefaultAsync(cancellationToken)
                      ?? throw new NotFoundException();
        var note = (await rules.ReadableAsync(db.SessionNotes.Where(n => n.SessionId == session.Id), cancellationToken)).SingleOrDefault();
        var itsPsychologist = session.PsychologistId == rules.UserId;
        if (note is null && !itsPsychologist)
        {
            throw new NotFoundException();
        }

        if (note is null)
        {
            return new SessionNoteView(session.Id, null, session.Status != SessionStatus.Cancelled);
        }

        var item = (await rules.ItemsAsync([note], cancellationToken)).Single();
        await rules.AuditReadsAsync([note], cancellationToken);
        return new SessionNoteView(session.Id, item, item.CanEdit);
    }
}
