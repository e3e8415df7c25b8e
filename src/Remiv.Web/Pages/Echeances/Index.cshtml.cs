using Microsoft.AspNetCore.Mvc;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Deadlines.Queries;
using Remiv.Application.Youths.Queries;
using Remiv.Domain.Security;
using Remiv.Web.Security;

namespace Remiv.Web.Pages.Echeances;

/// <summary>
/// "Mes échéances": the open deadlines one answers for, by urgency (overdue, today, this week, later). Coordinators
/// switch to every open deadline of the hub ("?vue=toutes"), and may keep those of one person ("&amp;responsable={id}").
/// The overview asked for by anyone else is refused by the use case (403). Only ids travel in the address.
/// </summary>
[RequirePermission(Permission.ViewYouths)]
public sealed class IndexModel(ICurrentUser user) : DeadlinePageModel
{
    public const string AllView = "toutes";

    /// <summary>The groups shown, in this order.</summary>
    public static readonly IReadOnlyList<DeadlineBucket> Buckets = [DeadlineBucket.Overdue, DeadlineBucket.Today, DeadlineBucket.ThisWeek, DeadlineBucket.Later];

    [BindProperty(SupportsGet = true, Name = "vue")]
    public string? ViewName { get; set; }

    [BindProperty(SupportsGet = true, Name = "responsable")]
    public Guid? ResponsibleId { get; set; }

    public DeadlineList Deadlines { get; private set; } = null!;

    /// <summary>The people one may filter on (overview only).</summary>
    public IReadOnlyList<StaffMember> Staff { get; private set; } = [];

    public bool ShowsAll => ViewName == AllView;

    public bool MaySeeAll => user.Has(Permission.ViewDeadlineOverview);

    public bool MaySeePresets => user.Has(Permission.ManageDeadlines);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!ModelState.IsValid)
        {
            // A person's id that cannot be read (a hand-edited address): the filter is dropped, and the user is told.
            ModelState.Clear();
            ResponsibleId = null;
            ModelState.AddModelError(string.Empty, Localizer["Un critère de recherche n'est pas valide : il n'a pas été appliqué."]);
        }

        var sent = await SendAsync(ShowsAll
            ? new ListDeadlines(DeadlineScope.All, ResponsibleUserId: ResponsibleId)
            : new ListDeadlines(DeadlineScope.Mine));
        if (sent.Value is null)
        {
            return sent.Refusal!;
        }

        Deadlines = sent.Value;
        if (ShowsAll)
        {
            var staff = await SendAsync(new ListStaff());
            if (staff.Value is null)
            {
                return staff.Refusal!;
            }

            Staff = [.. staff.Value.Where(s => RolePermissions.Grants(s.Roles, Permission.ViewYouths))
                .OrderBy(s => s.DisplayName, StringComparer.CurrentCultureIgnoreCase)];
        }

        return Page();
    }
}
