namespace Remiv.Web.Pages.Echeances;

/// <summary>What the deadline pages share: the message beside each field, and values the form could not even read.</summary>
public abstract class DeadlinePageModel : RemivPageModel
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

    /// <summary>
    /// A value the form could not even read (a date or a time typed by hand in an old browser, a changed list value, a
    /// number with letters) is refused here in French, before anything is sent. Returns whether the form was readable.
    /// </summary>
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
                : key.EndsWith("Time", StringComparison.Ordinal) ? Localizer["Saisissez une heure valide (hh:mm), ou laissez vide."]
                : key.EndsWith("Amount", StringComparison.Ordinal) ? Localizer["Saisissez un nombre entier de jours ou de mois."]
                : Localizer["Choisissez une valeur dans la liste."]);
        }

        return false;
    }

    /// <summary>Reads the reminder days typed ("7, 2, 0"); a French error beside the field when they cannot be read.</summary>
    protected bool TryReadReminderDays(string? text, out IReadOnlyList<int>? days)
    {
        if (DeadlineText.TryParseDays(text, out days))
        {
            return true;
        }

        ModelState.AddModelError($"{InputPrefix}.ReminderDays",
            Localizer["Écrivez les rappels en nombres de jours séparés par des virgules, par exemple : 7, 2, 0."]);
        return false;
    }
}
