using Microsoft.AspNetCore.Mvc;
using Remiv.Application.Coordination.Queries;
using Remiv.Domain.Security;
using Remiv.Web.Security;

namespace Remiv.Web.Pages.Coordination;

/// <summary>
/// The coordinators' dashboard (/Coordination): caseloads, young people turning 18 soon, overdue deadlines, the waiting
/// list for the psychologist (counted only) and files with no entry for a month. Only ids travel in the links.
/// </summary>
[RequirePermission(Permission.ViewCoordinationDashboard)]
public sealed class IndexModel : RemivPageModel
{
    public CoordinationDashboard Dashboard { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var sent = await SendAsync(new GetCoordinationDashboard());
        if (sent.Value is null)
        {
            return sent.Refusal!;
        }

        Dashboard = sent.Value;
        return Page();
    }
}
