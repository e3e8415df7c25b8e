using Microsoft.AspNetCore.Mvc;
using Remiv.Application.Partners.Commands;
using Remiv.Domain.Security;
using Remiv.Web.Security;

namespace Remiv.Web.Pages.Partenaires;

/// <summary>Adds a partner to the directory (coordinators and youth workers).</summary>
[RequirePermission(Permission.ManagePartners)]
public sealed class NouveauModel : PartnerFormModel
{
    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync([FromForm(Name = InputPrefix)] PartnerInput input)
    {
        Input = input;
        if (!BindingSucceeded() || !TypeChosen())
        {
            return Page();
        }

        var sent = await SendAsync(new CreatePartner(input.Name, input.Type!.Value, input.Description, input.Address, input.Phone, input.Email, input.Website));
        if (!sent.Ok)
        {
            return sent.Refusal!;
        }

        Notice = "Le partenaire est ajouté à l'annuaire.";
        return Redirect($"/Partenaires/{sent.Value:D}");
    }
}
