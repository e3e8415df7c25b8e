using Microsoft.AspNetCore.Mvc;
using Remiv.Application.Common.Security;
using Remiv.Application.Psychology.Availability;
using Remiv.Application.Psychology.Availability.Queries;
using Remiv.Domain.Security;
using Remiv.Web.Pages.Echeances;
using Remiv.Web.Pages.Jeunes;
using Remiv.Web.Security;

namespace Remiv.Web.Pages.Psychologie.Psychologues;

/// <summary>
/// The team's psychologists, for coordinators and psychologists: each one's languages (named in the interface's
/// language), approaches, weekly slots from Monday to Sunday and absences to come. Read only; each psychologist changes
/// their own on "Mes disponibilités".
/// </summary>
[RequirePermission(Permission.ViewPsychologistAvailability)]
public sealed class IndexModel(ICurrentUser user) : RemivPageModel
{
    public IReadOnlyList<PsychologistItem> Psychologists { get; private set; } = [];

    public Guid? Me => user.UserId;

    public bool ManagesOwnAvailability => user.Has(Permission.ManageOwnAvailability);

    public async Task<IActionResult> OnGetAsync()
    {
        var sent = await SendAsync(new ListPsychologists());
        if (sent.Value is null)
        {
            return sent.Refusal!;
        }

        Psychologists = sent.Value;
        return Page();
    }

    /// <summary>The languages by name, in the order the psychologist gave them.</summary>
    public static string Languages(PsychologistItem psychologist) => string.Join(", ", psychologist.Languages.Select(CodeChoices.LanguageName));

    /// <summary>One weekday's slots: "de 09:00 à 12:00, de 14:00 à 17:00".</summary>
    public string Hours(IEnumerable<SlotItem> slots) =>
        string.Join(", ", slots.Select(s => Localizer["de {0} à {1}", DeadlineText.Time(s.Start), DeadlineText.Time(s.End)].Value));

    /// <summary>"du 01/12/2026 au 05/12/2026", or "le 01/12/2026" for a single day.</summary>
    public string Days(AbsenceItem absence) => absence.From == absence.To
        ? Localizer["le {0}", DossierModel.Day(absence.From)]
        : Localizer["du {0} au {1}", DossierModel.Day(absence.From), DossierModel.Day(absence.To)];

    /// <summary>The weekdays that have slots, Monday first.</summary>
    public static IEnumerable<IGrouping<DayOfWeek, SlotItem>> SlotsByDay(PsychologistItem psychologist) =>
        psychologist.Slots.GroupBy(s => s.Day).OrderBy(g => AvailabilityViews.DayIndex(g.Key));
}
