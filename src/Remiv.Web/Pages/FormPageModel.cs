namespace Remiv.Web.Pages;

/// <summary>
/// What pages with one form share: the message beside each field, and the French refusal of a value the form could not
/// even read (a date or a time typed by hand in an old browser, a changed list value), before anything is sent.
/// </summary>
public abstract class FormPageModel : RemivPageModel
{
    /// <summary>
    /// The first error of the first of these fields that has one, for the message beside the field. A use case's rule
    /// on a list ("ReminderDays[1]") counts for the list's field.
    /// </summary>
    public string? ErrorOf(params string[] fields)
    {
        foreach (var field in fields)
        {
            var key = $"{InputPrefix}.{field}";
            foreach (var (name, entry) in ModelState)
            {
                if ((name == key || name.StartsWith(key + "[", StringComparison.Ordinal)) && entry.Errors.Count > 0)
                {
                    return entry.Errors[0].ErrorMessage;
                }
            }
        }

        return null;
    }

    /// <summary>Refuses, in French beside their fields, the values the form could not read. Returns whether it was readable.</summary>
    protected bool BindingSucceeded()
    {
        if (ModelState.IsValid)
        {
            return true;
        }

        foreach (var (key, entry) in ModelState.Where(e => e.Value?.Errors.Count > 0).ToList())
        {
            entry!.Errors.Clear();
            ModelState.AddModelError(key, UnreadableValueMessage(key));
        }

        return false;
    }

    /// <summary>What to say of a value that could not be read, by the name of its field.</summary>
    protected virtual string UnreadableValueMessage(string key) =>
        key.EndsWith("Date", StringComparison.Ordinal) ? Localizer["Saisissez une date valide (jj/mm/aaaa)."]
        : key.EndsWith("Time", StringComparison.Ordinal) || key.EndsWith("Start", StringComparison.Ordinal) || key.EndsWith("End", StringComparison.Ordinal)
            ? Localizer["Saisissez une heure valide (hh:mm)."]
        : key.EndsWith("Version", StringComparison.Ordinal) ? Localizer["Rechargez la page, puis recommencez."]
        : Localizer["Choisissez une valeur dans la liste."];
}
