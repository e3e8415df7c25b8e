using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Domain.Security;

namespace Remiv.Application.Psychology.Availability.Queries;

/// <summary>
/// A psychologist as the team sees them to book or to find who speaks a language: languages (ISO 639-1 codes), approaches,
/// weekly slots from Monday to Sunday, absences to come. An absence's reason is given to its psychologist only.
/// </summary>
public sealed record PsychologistItem(
    Guid UserId,
    string DisplayName,
    IReadOnlyList<string> Languages,
    string? Approaches,
    IReadOnlyList<SlotItem> Slots,
    IReadOnlyList<AbsenceItem> Absences);

/// <summary>
/// Every active psychologist account, by name, with its profile and hours; an account that has not filled them in yet is
/// listed with an empty profile.
/// </summary>
[RequiresPermission(Permission.ViewPsychologistAvailability)]
public sealed record ListPsychologists : IQuery<IReadOnlyList<PsychologistItem>>;

public sealed class ListPsychologistsHandler(IIdentityService identity, IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<ListPsychologists, IReadOnlyList<PsychologistItem>>
{
    public async ValueTask<IReadOnlyList<PsychologistItem>> Handle(ListPsychologists query, CancellationToken cancellationToken)
    {
        var psychologists = (await identity.ListStaffAsync(cancellationToken)).Where(s => s.Roles.Contains(Roles.Psychologist)).ToList();
        var ids = psychologists.Select(p => p.Id).ToList();
        var schedules = await db.PsychologistSchedules.AsNoTracking()
            .Where(s => ids.Contains(s.UserId))
            .ToDictionaryAsync(s => s.UserId, cancellationToken);
        var today = clock.Today();
        return
        [
            .. psychologists
                .OrderBy(p => p.DisplayName, StringComparer.CurrentCulture).ThenBy(p => p.Id)
                .Select(p => schedules.TryGetValue(p.Id, out var schedule)
                    ? new PsychologistItem(p.Id, p.DisplayName, schedule.Languages, schedule.Approaches, AvailabilityViews.Slots(schedule),
                        AvailabilityViews.UpcomingAbsences(schedule, today, withReasons: p.Id == user.UserId))
                    : new PsychologistItem(p.Id, p.DisplayName, [], null, [], [])),
        ];
    }
}
