using Microsoft.AspNetCore.Mvc;
using Remiv.Application.Common;
using Remiv.Application.Partners.Queries;
using Remiv.Application.Referrals.Queries;
using Remiv.Domain.Partners;
using Remiv.Domain.Security;
using Remiv.Web.Security;

namespace Remiv.Web.Pages.Orientations;

/// <summary>
/// The referrals still waiting for an end (proposed, accepted, in progress, no answer) of the young people one sees,
/// the oldest status first so that stale ones get chased; filters by status ("?statut=") and partner ("?partenaire=").
/// Only ids travel in the address.
/// </summary>
[RequirePermission(Permission.ManageReferrals)]
public sealed class IndexModel : RemivPageModel
{
    [BindProperty(SupportsGet = true, Name = "statut")]
    public ReferralStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "partenaire")]
    public Guid? PartnerId { get; set; }

    public OpenReferrals Referrals { get; private set; } = null!;

    public IReadOnlyList<PartnerListItem> Partners { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!ModelState.IsValid || (Status is { } status && !ListOpenReferrals.OpenStatuses.Contains(status)))
        {
            // A criterion that cannot be read (a hand-edited address): the filters are dropped, and the user is told.
            ModelState.Clear();
            (Status, PartnerId) = (null, null);
            ModelState.AddModelError(string.Empty, Localizer["Un critère de recherche n'est pas valide : il n'a pas été appliqué."]);
        }

        var sent = await SendAsync(new ListOpenReferrals(Status, PartnerId));
        if (sent.Value is null)
        {
            return sent.Refusal!;
        }

        Referrals = sent.Value;
        var partners = await SendAsync(new ListPartners());
        if (partners.Value is null)
        {
            return partners.Refusal!;
        }

        Partners = partners.Value;
        Today = HttpContext.RequestServices.GetRequiredService<TimeProvider>().Today();
        return Page();
    }
}
