using Microsoft.AspNetCore.Mvc;
using Remiv.Application.Common.Security;
using Remiv.Application.DeadlinePresets.Queries;
using Remiv.Domain.Security;
using Remiv.Web.Security;

namespace Remiv.Web.Pages.Echeances.Modeles;

/// <summary>
/// The presets: the rules of law (or of the hub's practice) that compute deadlines, each with its legal basis. Everyone
/// who creates deadlines reads them (the active ones: what a deadline will be computed from); coordinators also see the
/// withdrawn ones and change them.
/// </summary>
[RequirePermission(Permission.ManageDeadlines)]
public sealed class IndexModel(ICurrentUser user) : RemivPageModel
{
    public IReadOnlyList<PresetItem> Presets { get; private set; } = [];

    public bool MayEdit => user.Has(Permission.ManageDeadlinePresets);

    public async Task<IActionResult> OnGetAsync()
    {
        var sent = await SendAsync(new ListDeadlinePresets(IncludeInactive: MayEdit));
        if (sent.Value is null)
        {
            return sent.Refusal!;
        }

        Presets = [.. sent.Value.OrderBy(p => !p.IsActive)];
        return Page();
    }
}
