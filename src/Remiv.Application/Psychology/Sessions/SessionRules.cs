using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Psychology;
using Remiv.Domain.Security;

namespace Remiv.Application.Psychology.Sessions;

/// <summary>
/// What booking and moving a session share: who sees a session, who may change it, and the checks of a slot (room in
/// service, psychologist receiving, no clash). The clash check runs after <see cref="TakeLocksAsync"/>, so that two people
/// booking the same slot at the same moment cannot both see it free.
/// <list type="bullet">
/// <item>Coordinators see every session and book for any psychologist.</item>
/// <item>Psychologists see their own sessions and those of the young people they follow, and book for themselves only.</item>
/// <item>Youth workers see the sessions of the young people they follow (they accompany them, book the interpreter); they book none.</item>
/// </list>
/// </summary>
public sealed class SessionRules(IApplicationDbContext db, YouthAccess access, ICurrentUser user, IIdentityService identity)
{
    public const string PsychologistUnavailable =
        "La psychologue ne reçoit pas à cette heure-là (en dehors de ses créneaux, ou absente ce jour-là) : choisissez un autre créneau.";

    public const string RoomWithdrawn = "Cette salle n'est plus en service : choisissez-en une autre.";

    public const string NotAPsychologist = "Choisissez une psychologue dans la liste.";

    /// <summary>Coordinators act for any psychologist; a psychologist for themselves.</summary>
    public bool ActsForAnyPsychologist => user.Has(Permission.ViewAllYouths);

    public IQueryable<Session> VisibleSessions()
    {
        if (!user.Has(Permission.ViewSessions))
        {
            return db.Sessions.Where(_ => false);
        }

        if (user.Has(Permission.ViewAllYouths))
        {
            return db.Sessions;
        }

        var me = access.UserId;
        var followed = access.VisibleYouths().Select(y => y.Id);
        return db.Sessions.Where(s => s.PsychologistId == me || followed.Contains(s.YouthId));
    }

    /// <summary>Whether the current user may book, move, cancel or close a session of this psychologist.</summary>
    public bool MayActFor(Guid psychologistId) =>
        user.Has(Permission.BookSessions) && (ActsForAnyPsychologist || psychologistId == access.UserId);

    /// <summary>Loads a session for a change: 404 unless visible, 403 unless one may act for its psychologist, 409 when stale.</summary>
    public async Task<Session> LoadForChangeAsync(Guid sessionId, int expectedVersion, CancellationToken cancellationToken)
    {
        var session = await VisibleSessions().FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken) ?? throw new NotFoundException();
        if (!MayActFor(session.PsychologistId))
        {
            throw new ForbiddenAccessException();
        }

        if (session.Version != expectedVersion)
        {
            throw new ConcurrencyConflictException();
        }

        return session;
    }

    public async Task EnsureRoomInServiceAsync(Guid roomId, CancellationToken cancellationToken)
    {
        var room = await db.Rooms.AsNoTracking().FirstOrDefaultAsync(r => r.Id == roomId, cancellationToken);
        if (room is not { IsActive: true })
        {
            throw new RequestValidationException(nameof(Session.RoomId), RoomWithdrawn);
        }
    }

    /// <summary>Refuses an account that is not an active psychologist, and a slot outside their hours (Europe/Paris wall clock) or absences.</summary>
    public async Task EnsurePsychologistReceivesAsync(Guid psychologistId, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var account = await identity.FindUserAsync(psychologistId, cancellationToken);
        if (account is null || !account.IsActive || !account.Roles.Contains(Roles.Psychologist))
        {
            throw new RequestValidationException(nameof(Session.PsychologistId), NotAPsychologist);
        }

        var schedule = await db.PsychologistSchedules.AsNoTracking().FirstOrDefaultAsync(s => s.UserId == psychologistId, cancellationToken);
        var localStart = TimeZoneInfo.ConvertTime(start, HubCalendar.Zone).DateTime;
        var localEnd = TimeZoneInfo.ConvertTime(end, HubCalendar.Zone).DateTime;
        if (schedule is null || !schedule.IsAvailable(localStart, localEnd))
        {
            throw new RequestValidationException(nameof(Session.Start), PsychologistUnavailable);
        }
    }

    /// <summary>
    /// Takes the schedule rows of the psychologist, the room and the young person, in one order for everyone (no deadlock),
    /// inside the command's transaction, before looking for clashes. On PostgreSQL the row's UPDATE makes a second booker
    /// wait until the first commits, then its clash query (a new READ COMMITTED snapshot) sees the first session; two
    /// first-ever inserts of the same row make the second fail on the primary key (a 409 asking to reload). SQLite
    /// serialises writing transactions anyway (BEGIN IMMEDIATE).
    /// </summary>
    public async Task TakeLocksAsync(Guid psychologistId, Guid roomId, Guid youthId, CancellationToken cancellationToken)
    {
        string[] keys = [ScheduleLock.Psychologist(psychologistId), ScheduleLock.Room(roomId), ScheduleLock.Youth(youthId)];
        foreach (var key in keys.Order(StringComparer.Ordinal))
        {
            var taken = await db.ScheduleLocks.Where(l => l.Key == key)
                .ExecuteUpdateAsync(set => set.SetProperty(l => l.Version, l => l.Version + 1), cancellationToken);
            if (taken == 0)
            {
                db.ScheduleLocks.Add(ScheduleLock.For(key));
                await db.SaveChangesAsync(cancellationToken);
            }
        }
    }

    /// <summary>Refuses a slot that meets another non-cancelled session of the same psychologist, room or young person.</summary>
    public async Task EnsureNoClashAsync(
        Guid psychologistId, Guid roomId, Guid youthId, DateTimeOffset start, DateTimeOffset end, Guid? exceptSessionId, CancellationToken cancellationToken)
    {
        var (from, to) = (start.ToUniversalTime(), end.ToUniversalTime());
        var candidates = await db.Sessions.AsNoTracking()
            .Where(s => s.Status != SessionStatus.Cancelled && s.Start < to && from < s.End
                        && (s.PsychologistId == psychologistId || s.RoomId == roomId || s.YouthId == youthId))
            .ToListAsync(cancellationToken);
        Session.EnsureNoClash(candidates, psychologistId, roomId, youthId, from, to, exceptSessionId);
    }
}
