namespace Remiv.Web.Pages.Partenaires;

/// <summary>
/// What the partner pages share: the partner's fields, the message beside each field, and the French refusal of a value
/// the form could not even read.
/// </summary>
public abstract class PartnerFormModel : FormPageModel
{
    public PartnerInput Input { get; protected set; } = new();

    /// <summary>A type that was not chosen is refused here, beside its field, before anything is sent.</summary>
    protected bool TypeChosen()
    {
        if (Input.Type is not null)
        {
            return true;
        }

        ModelState.AddModelError($"{InputPrefix}.Type", Localizer["Choisissez le type de partenaire dans la liste."]);
        return false;
    }
}
