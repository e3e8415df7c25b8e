using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Psychology;

namespace Remiv.Application.Psychology.Availability;

/// <summary>The signed-in psychologist's own schedule, as their changes load it.</summary>
internal static class OwnSchedule
{
    /// <summary>
    /// The schedule at the version the psychologist saw, or a new one (version 0: nothing saved yet) added on their first
    /// change. A stale version is refused with a conflict; so is a second "first change" racing the first (its insertion
    /// fails on the key, which the unit of work reports as a conflict).
    /// </summary>
    public static async Task<PsychologistSchedule> ForChangeAsync(
        IApplicationDbContext db, ICurrentUser user, int expectedVersion, CancellationToken cancellationToken)
    {
        var userId = user.UserId ?? throw new NotSignedInException();
        var schedule = await db.PsychologistSchedules.FirstOrDefaultAsync(s => s.UserId == userId, cancellationToken);
        if (schedule is null)
        {
            if (expectedVersion != 0)
            {
                throw new ConcurrencyConflictException();
            }

            schedule = PsychologistSchedule.For(userId);
            db.PsychologistSchedules.Add(schedule);
            return schedule;
        }

        if (schedule.Version != expectedVersion)
        {
            throw new ConcurrencyConflictException();
        }

        return schedule;
    }

    /// <summary>
    /// Removes one of the psychologist's own slots or absences (<paramref name="has"/> finds it, <paramref name="remove"/>
    /// takes it out) and audits it; returns the schedule's new version.
    /// </summary>
    public static async Task<int> RemoveItemAsync(
        IApplicationDbContext db,
        ICurrentUser user,
        IAuditLog audit,
        int expectedVersion,
        Func<PsychologistSchedule, bool> has,
        Action<PsychologistSchedule> remove,
        string action,
        CancellationToken cancellationToken)
    {
        var schedule = await ForChangeAsync(db, user, expectedVersion, cancellationToken);
        if (!has(schedule))
        {
            // Someone else's, or none: the same answer, so that nothing is learnt about other schedules.
            throw new NotFoundException();
        }

        remove(schedule);
        audit.Record(action, "PsychologistSchedule", schedule.UserId.ToString());
        return schedule.Version;
    }
}
