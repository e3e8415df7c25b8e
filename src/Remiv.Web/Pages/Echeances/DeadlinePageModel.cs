namespace Remiv.Web.Pages.Echeances;

/// <summary>What the deadline pages share: their words for values the form could not read, and the reminder days typed.</summary>
public abstract class DeadlinePageModel : FormPageModel
{
    protected override string UnreadableValueMessage(string key) =>
        key.EndsWith("Time", StringComparison.Ordinal) ? Localizer["Saisissez une heure valide (hh:mm), ou laissez vide."]
        : key.EndsWith("Amount", StringComparison.Ordinal) ? Localizer["Saisissez un nombre entier de jours ou de mois."]
        : base.UnreadableValueMessage(key);

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
