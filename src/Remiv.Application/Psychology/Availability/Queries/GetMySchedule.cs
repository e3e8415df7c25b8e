using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Security;

namespace Remiv.Application.Psychology.Availability.Queries;

/// <summary>
/// A psychologist's own profile and hours. <see cref="Version"/> is what their next change must send; 0 while nothing
/// was ever saved (the empty profile).
/// </summary>
public sealed record MySchedule(
    Guid UserId,
    IReadOnlyList<string> Languages,
    string? Approaches,
    IReadOnlyList<SlotItem> Slots,
    IReadOnlyList<AbsenceItem> Absences,
    int Version);

/// <summary>The signed-in psychologist's languages, approaches, weekly slots and absences to come (with their reasons). Reading creates nothing.</summary>
[RequiresPermission(Permission.ManageOwnAvailability)]
public sealed record GetMySchedule : IQuery<MySchedule>;

public sealed class GetMyScheduleHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetMySchedule, MySchedule>
{
    public async ValueTask<MySchedule> Handle(GetMySchedule query, CancellationToken cancellationToken)
    {
        var userId = user.UserId ?? throw new NotSignedInException();
        var schedule = await db.PsychologistSchedules.AsNoTracking().FirstOrDefaultAsync(s => s.UserId == userId, cancellationToken);
        return schedule is null
            ? new MySchedule(userId, [], null, [], [], 0)
            : new MySchedule(userId, schedule.Languages, schedule.Approaches, AvailabilityViews.Slots(schedule),
                AvailabilityViews.UpcomingAbsences(schedule, clock.Today(), withReasons: true), schedule.Version);
    }
}
