using Microsoft.AspNetCore.Mvc;
using Remiv.Application.Common;
using Remiv.Application.Youths.Commands;
using Remiv.Domain.Security;
using Remiv.Web.Security;

namespace Remiv.Web.Pages.Jeunes;

/// <summary>
/// Registers a young person. Files that may be the same person are shown first; nothing is created until the user
/// says it is someone else. Whoever registers becomes referent.
/// </summary>
[RequirePermission(Permission.EditYouths)]
public sealed class NouveauModel(TimeProvider clock) : RemivPageModel
{
    [BindProperty]
    public IdentityInput Input { get; set; } = new();

    /// <summary>Sent by the button "Ce n'est pas la même personne : inscrire" only.</summary>
    [BindProperty]
    public bool ConfirmedNotDuplicate { get; set; }

    /// <summary>Files that may already be this young person (empty unless the registration was held back).</summary>
    public IReadOnlyList<LikelyDuplicate> Duplicates { get; private set; } = [];

    public void OnGet() => Input.FirstContact = clock.Today();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!IdentityInput.CheckReadable(ModelState, Localizer["Cette date n'est pas valide : choisissez-la dans le calendrier ou écrivez-la jj/mm/aaaa."], Localizer["Choisissez une valeur dans la liste."]))
        {
            return Page();
        }

        var sent = await SendAsync(Input.ToRegistration(ConfirmedNotDuplicate));
        if (!sent.Ok)
        {
            return sent.Refusal!;
        }

        if (sent.Value!.YouthId is not { } youthId)
        {
            Duplicates = sent.Value.Duplicates;
            return Page();
        }

        Notice = "Le jeune est inscrit. Vous êtes son référent.";
        return Redirect($"/Jeunes/{youthId}");
    }
}
