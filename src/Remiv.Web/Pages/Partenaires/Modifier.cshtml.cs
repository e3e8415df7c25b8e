using Microsoft.AspNetCore.Mvc;
using Remiv.Application.Partners.Commands;
using Remiv.Application.Partners.Queries;
using Remiv.Domain.Security;
using Remiv.Web.Security;

namespace Remiv.Web.Pages.Partenaires;

/// <summary>Changes a partner's details, from the version shown.</summary>
[RequirePermission(Permission.ManagePartners)]
public sealed class ModifierModel : PartnerFormModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var sent = await SendAsync(new GetPartner(Id));
        if (sent.Value is null)
        {
            return sent.Refusal!;
        }

        Input = PartnerInput.From(sent.Value);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromForm(Name = InputPrefix)] PartnerInput input)
    {
        Input = input;
        if (!BindingSucceeded() || !TypeChosen())
        {
            return Page();
        }

        var sent = await SendAsync(new UpdatePartner(Id, input.ExpectedVersion ?? -1, input.Name, input.Type!.Value, input.Description, input.Address,
            input.Phone, input.Email, input.Website));
        if (!sent.Ok)
        {
            return sent.Refusal!;
        }

        Notice = "Les coordonnées du partenaire sont enregistrées.";
        return Redirect($"/Partenaires/{Id:D}");
    }
}
