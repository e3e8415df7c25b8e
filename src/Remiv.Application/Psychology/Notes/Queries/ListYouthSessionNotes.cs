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
/// The session notes of one young person that the user may read, the latest session first, and the user's own sessions
/// with them that have started and have no note yet (to write it). For a psychologist who follows the young person or has
/// sessions with them; "not found" otherwise. Each note read is audited (its id, never its text).
/// </summary>
[RequiresPermission(Permission.KeepSessionNotes)]
public sealed record ListYouthSessionNotes(Guid YouthId) : IQuery<YouthSessionNotes>;

/// <param name="Notes">The readable notes, the latest session first.</param>
/// <param name="WithoutNote">The user's own sessions with this young person, started and not cancelled, that have no note, the latest first.</param>
public sealed record YouthSessionNotes(
    Guid YouthId,
    string FirstName,
    string LastName,
    IReadOnlyList<SessionNoteItem> Notes,
    IReadOnlyList<SessionWithoutNote> WithoutNote);

public sealed record SessionWithoutNote(Guid SessionId, DateTimeOffset Start, DateTimeOffset End, SessionStatus Status);

public sealed class ListYouthSessionNotesHandler(
    IApplicationDbContext db,
    YouthAccess access,
    ICurrentUser user,
    IIdentityService identity,
    IAuditLog audit,
    TimeProvider clock) : IQueryHandler<ListYouthSessionNotes, YouthSessionNotes>
{
    private readonly NoteRules rules = new(db, access, user, identity, audit);

    public async ValueTask<YouthSessionNotes> Handle(ListYouthSessionNotes query, CancellationToken cancellationToken)
    {
        var sessions = rules.VisibleSessions().Where(s => s.YouthId == query.YouthId);
        var known = await access.VisibleYouths().AnyAsync(y => y.Id == query.YouthId, cancellationToken)
                    || await sessions.AnyAsync(cancellationToken);
        if (!known)
        {
            throw new NotFoundException();
        }

        var youth = await db.Youths.AsNoTracking().Where(y => y.Id == query.YouthId)
            .Select(y => new { y.Id, y.FirstName, y.LastName })
            .SingleAsync(cancellationToken);
        var notes = await rules.ReadableAsync(db.SessionNotes.Where(n => n.YouthId == youth.Id), cancellationToken);
        var items = await rules.ItemsAsync(notes, cancellationToken);

        var me = rules.UserId;
        var now = clock.GetUtcNow();
        var withoutNote = await sessions
            .Where(s => s.PsychologistId == me && s.Status != SessionStatus.Cancelled && s.Start <= now
                        && !db.SessionNotes.Any(n => n.SessionId == s.Id))
            .OrderByDescending(s => s.Start)
            .Select(s => new SessionWithoutNote(s.Id, s.Start, s.End, s.Status))
            .ToListAsync(cancellationToken);

        await rules.AuditReadsAsync(notes, cancellationToken);
        return new YouthSessionNotes(youth.Id, youth.FirstName, youth.LastName, items, withoutNote);
    }
}
