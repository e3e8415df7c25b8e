using Microsoft.AspNetCore.Mvc;
using Remiv.Application.Common.Security;
using Remiv.Application.Partners.Queries;
using Remiv.Domain.Partners;
using Remiv.Domain.Security;
using Remiv.Web.Security;

namespace Remiv.Web.Pages.Partenaires;

/// <summary>
/// The partner directory, by type, those in activity first and the withdrawn ones marked; filters by type ("?type=")
/// and by name ("?nom=": partner names are not personal data).
/// </summary>
[RequirePermission(Permission.ViewPartners)]
public sealed class IndexModel(ICurrentUser user) : RemivPageModel
{
    [BindProperty(SupportsGet = true, Name = "type")]
    public PartnerType? Type { get; set; }

    [BindProperty(SupportsGet = true, Name = "nom")]
    public string? Name { get; set; }

    public IReadOnlyList<PartnerListItem> Partners { get; private set; } = [];

    public bool MayEdit => user.Has(Permission.ManagePartners);

    public bool Filtered => Type is not null || !string.IsNullOrWhiteSpace(Name);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!ModelState.IsValid || (Type is { } type && !Enum.IsDefined(type)))
        {
            // A type that cannot be read (a hand-edited address): the filter is dropped, and the user is told.
            ModelState.Clear();
            Type = null;
            ModelState.AddModelError(string.Empty, Localizer["Un critère de recherche n'est pas valide : il n'a pas été appliqué."]);
        }

        var sent = await SendAsync(new ListPartners(Type, Name));
        if (sent.Value is null)
        {
            return sent.Refusal!;
        }

        Partners = sent.Value;
        return Page();
    }
}
