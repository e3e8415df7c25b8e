using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Interfaces;
using Remiv.Domain.Psychology;

namespace Remiv.Application.Psychology.Sessions;

/// <summary>
/// A session as its viewers see it: when, where, with whom, the interpreter, its state. Never a note. The young person's
/// names are given: every viewer may see them (they see the file, or the session is theirs).
/// </summary>
public sealed record SessionItem(
    Guid Id,
    Guid YouthId,
    string YouthFirstName,
    string YouthLastName,
    Guid PsychologistId,
    string? PsychologistName,
    Guid RoomId,
    string RoomName,
    DateTimeOffset Start,
    DateTimeOffset End,
    SessionKind Kind,
    string? InterpreterLanguage,
    string? InterpreterBooking,
    SessionStatus Status,
    string? CancellationReason,
    Guid? RequestId,
    int Version);

public sealed record SessionChangeItem(DateTimeOffset At, Guid By, string? ByName, SessionChangeKind Kind, DateTimeOffset? PreviousStart, DateTimeOffset? PreviousEnd);

public sealed record SessionDetail(SessionItem Session, IReadOnlyList<SessionChangeItem> History);

public static class SessionViews
{
    public static async Task<IReadOnlyList<SessionItem>> ItemsAsync(
        IApplicationDbContext db, IIdentityService identity, IQueryable<Session> sessions, int take, CancellationToken cancellationToken)
    {
        var rows = await sessions
            .Join(db.Youths, s => s.YouthId, y => y.Id, (s, y) => new { Session = s, y.FirstName, y.LastName })
            .Join(db.Rooms, x => x.Session.RoomId, r => r.Id, (x, r) => new { x.Session, x.FirstName, x.LastName, Room = r.Name })
            .OrderBy(x => x.Session.Start).ThenBy(x => x.Session.Id)
            .Take(take)
            .ToListAsync(cancellationToken);
        var names = await identity.DisplayNamesAsync([.. rows.Select(r => r.Session.PsychologistId).Distinct()], cancellationToken);
        return
        [
            .. rows.Select(r =>
            {
                var s = r.Session;
                return new SessionItem(s.Id, s.YouthId, r.FirstName, r.LastName, s.PsychologistId, names.GetValueOrDefault(s.PsychologistId), s.RoomId, r.Room,
                    s.Start, s.End, s.Kind, s.InterpreterLanguage, s.InterpreterBooking, s.Status, s.CancellationReason, s.RequestId, s.Version);
            }),
        ];
    }
}
