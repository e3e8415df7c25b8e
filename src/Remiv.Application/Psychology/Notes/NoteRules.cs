using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Psychology.Sessions;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Psychology;
using Remiv.Domain.Security;

namespace Remiv.Application.Psychology.Notes;

/// <summary>
/// Who reads a session note, in one place. A note is readable when the user keeps session notes (psychologists only), sees
/// the session (<see cref="SessionRules.VisibleSessions"/>: their own, and those of the young people they follow) and the
/// note lets them (<see cref="SessionNote.IsReadableBy"/>: its author, or the team once shared). A note one may not read
/// is handled exactly as no note. Every read is audited by the note's id; the text is never logged nor audited.
/// </summary>
public sealed class NoteRules(IApplicationDbContext db, YouthAccess access, ICurrentUser user, IIdentityService identity, IAuditLog audit)
{
    public const string ReadAction = "psychology.note-read";
    public const string WrittenAction = "psychology.note-written";
    public const string AuditTarget = "SessionNote";

    private readonly SessionRules _sessions = new(db, access, user, identity);

    public Guid UserId => access.UserId;

    /// <summary>The sessions whose notes the user may look for: none unless they keep session notes.</summary>
    public IQueryable<Session> VisibleSessions() =>
        user.Has(Permission.KeepSessionNotes) ? _sessions.VisibleSessions() : db.Sessions.Where(_ => false);

    /// <summary>
    /// The notes among <paramref name="notes"/> the user may read, loaded whole (the text is decrypted as they load: it is
    /// never projected) and filtered by the domain's rule.
    /// </summary>
    public async Task<List<SessionNote>> ReadableAsync(IQueryable<SessionNote> notes, CancellationToken cancellationToken)
    {
        var visible = VisibleSessions().Select(s => s.Id);
        var loaded = await notes.AsNoTracking().Where(n => visible.Contains(n.SessionId)).ToListAsync(cancellationToken);
        var me = UserId;
        return [.. loaded.Where(n => n.IsReadableBy(me))];
    }

    /// <summary>The notes as their readers see them, with their sessions' times and their authors' names.</summary>
    public async Task<IReadOnlyList<SessionNoteItem>> ItemsAsync(IReadOnlyCollection<SessionNote> notes, CancellationToken cancellationToken)
    {
        if (notes.Count == 0)
        {
            return [];
        }

        var ids = notes.Select(n => n.SessionId).ToList();
        var sessions = await db.Sessions.AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new { s.Id, s.Start, s.End, s.Status })
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        var names = await identity.DisplayNamesAsync([.. notes.Select(n => n.AuthorId).Distinct()], cancellationToken);
        var me = UserId;
        return
        [
            .. notes
                .Select(n => (Note: n, Session: sessions[n.SessionId]))
                .OrderByDescending(x => x.Session.Start).ThenByDescending(x => x.Note.CreatedAt)
                .Select(x => new SessionNoteItem(
                    x.Note.Id,
                    x.Note.SessionId,
                    x.Note.YouthId,
                    x.Session.Start,
                    x.Session.End,
                    x.Session.Status,
                    x.Note.AuthorId,
                    names.GetValueOrDefault(x.Note.AuthorId),
                    x.Note.Text,
                    x.Note.SharedWithTeam,
                    x.Note.CreatedAt,
                    x.Note.UpdatedAt,
                    x.Note.Version,
                    x.Note.AuthorId == me)),
        ];
    }

    /// <summary>Writes one audit line per note read, by its id, and saves them (a query runs outside the unit of work).</summary>
    public async Task AuditReadsAsync(IEnumerable<SessionNote> notes, CancellationToken cancellationToken)
    {
        var any = false;
        foreach (var note in notes)
        {
            audit.Record(ReadAction, AuditTarget, note.Id.ToString());
            any = true;
        }

        if (any)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
