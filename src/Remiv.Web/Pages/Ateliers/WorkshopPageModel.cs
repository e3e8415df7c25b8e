namespace Remiv.Web.Pages.Ateliers;

/// <summary>What the workshop pages share: the message beside each field, and values the form could not even read.</summary>
public abstract class WorkshopPageModel : RemivPageModel
{
    /// <summary>The first error of the first of these fields that has one, for the message beside the field.</summary>
    public string? ErrorOf(params string[] fields) =>
        fields.Select(f => ModelState.TryGetValue($"{InputPrefix}.{f}", out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null)
            .FirstOrDefault(m => m is not null);

    /// <summary>A value the form could not even read (a date typed by hand, a changed list value) is refused here in French.</summary>
    protected bool BindingSucceeded()
    {
        if (ModelState.IsValid)
        {
            return true;
        }

        foreach (var (key, entry) in ModelState.Where(e => e.Value?.Errors.Count > 0).ToList())
        {
            entry!.Errors.Clear();
            ModelState.AddModelError(key,
                key.EndsWith("Date", StringComparison.Ordinal) ? Localizer["Saisissez une date valide (jj/mm/aaaa)."]
                : key.EndsWith("Start", StringComparison.Ordinal) || key.EndsWith("End", StringComparison.Ordinal) ? Localizer["Saisissez une heure valide (hh:mm)."]
                : key.EndsWith("Version", StringComparison.Ordinal) ? Localizer["Rechargez la page, puis recommencez."]
                : Localizer["Choisissez une valeur dans la liste."]);
        }

        return false;
    }
}
