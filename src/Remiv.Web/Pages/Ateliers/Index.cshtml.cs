using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Remiv.Application.Common;
using Remiv.Application.Common.Security;
using Remiv.Application.Workshops;
using Remiv.Application.Workshops.Queries;
using Remiv.Domain.Security;
using Remiv.Web.Security;

namespace Remiv.Web.Pages.Ateliers;

/// <summary>
/// The workshop sessions a week at a time (/Ateliers?semaine=yyyy-MM-dd&amp;type={kind}): today's first, then the coming
/// days, then the past days of the week (the most recent first); previous and next week links; a filter by kind.
/// </summary>
[RequirePermission(Permission.ViewWorkshops)]
public sealed class IndexModel(ICurrentUser user, TimeProvider clock) : RemivPageModel
{
    public DateOnly Today { get; private set; }

    /// <summary>The Monday of the week shown.</summary>
    public DateOnly Monday { get; private set; }

    public DateOnly Sunday => Monday.AddDays(6);

    public Guid? KindId { get; private set; }

    public IReadOnlyList<WorkshopKindItem> Kinds { get; private set; } = [];

    public IReadOnlyList<WorkshopSessionItem> TodaySessions { get; private set; } = [];

    public IReadOnlyList<WorkshopSessionItem> Coming { get; private set; } = [];

    public IReadOnlyList<WorkshopSessionItem> Past { get; private set; } = [];

    public bool MaySchedule => user.Has(Permission.ScheduleWorkshops);

    public bool MayTakeAttendance => user.Has(Permission.TakeAttendance);

    public bool MayManageKinds => user.Has(Permission.ManageWorkshopKinds);

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "semaine")] DateOnly? semaine, [FromQuery(Name = "type")] Guid? type)
    {
        if (!ModelState.IsValid || semaine < ListWorkshopSessionsValidator.Earliest || semaine > ListWorkshopSessionsValidator.Latest)
        {
            // A hand-edited address: the current week, every kind.
            ModelState.Clear();
            (semaine, type) = (null, null);
        }

        Today = clock.Today();
        var day = semaine ?? Today;
        Monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        var kinds = await SendAsync(new ListWorkshopKinds(IncludeRetired: true));
        if (kinds.Value is null)
        {
            return kinds.Refusal!;
        }

        Kinds = kinds.Value;
        KindId = type is { } wanted && Kinds.Any(k => k.Id == wanted) ? wanted : null;
        var sent = await SendAsync(new ListWorkshopSessions(Monday, Sunday, KindId));
        if (sent.Value is null)
        {
            return sent.Refusal is PageResult ? Page() : sent.Refusal!;
        }

        TodaySessions = [.. sent.Value.Where(s => s.Date == Today)];
        Coming = [.. sent.Value.Where(s => s.Date > Today)];
        Past = [.. sent.Value.Where(s => s.Date < Today).OrderByDescending(s => s.Date).ThenByDescending(s => s.Start)];
        return Page();
    }

    /// <summary>This page for another week, keeping the kind chosen.</summary>
    public string WeekAddress(DateOnly monday) =>
        $"/Ateliers?semaine={Jeunes.DossierModel.IsoDay(monday)}" + (KindId is { } kind ? $"&type={kind:D}" : string.Empty);
}
