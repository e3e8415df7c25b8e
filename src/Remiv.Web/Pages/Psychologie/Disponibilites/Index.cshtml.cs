using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Remiv.Application.Common;
using Remiv.Application.Psychology.Availability;
using Remiv.Application.Psychology.Availability.Commands;
using Remiv.Application.Psychology.Availability.Queries;
using Remiv.Domain.Security;
using Remiv.Web.Pages.Jeunes;
using Remiv.Web.Security;

namespace Remiv.Web.Pages.Psychologie.Disponibilites;

/// <summary>
/// A psychologist's own profile and hours: the languages they hold sessions in and their approaches, their weekly slots
/// (grouped Monday to Sunday) and their absences. Each form sends the version of the schedule it was shown with, posts to
/// its own handler and comes back here: a notice when saved, its errors and what was typed otherwise.
/// </summary>
[RequirePermission(Permission.ManageOwnAvailability)]
public sealed class IndexModel : RemivPageModel
{
    public const string Address = "/Psychologie/Disponibilites";

    public MySchedule Schedule { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    /// <summary>The form that was posted and refused: "profile", "slot", "absence", "remove-slot" or "remove-absence".</summary>
    public string? Posted { get; private set; }

    public ProfileInput Profile { get; private set; } = new();

    public SlotInput Slot { get; private set; } = new();

    public AbsenceInput Absence { get; private set; } = new();

    /// <summary>The weekdays that have slots, Monday first, with their slots in the order of the hours.</summary>
    public IEnumerable<IGrouping<DayOfWeek, SlotItem>> SlotsByDay =>
        Schedule.Slots.GroupBy(s => s.Day).OrderBy(g => AvailabilityViews.DayIndex(g.Key));

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    /// <summary>A form sent without a known handler: back to the page.</summary>
    public IActionResult OnPost() => Redirect(Address);

    public async Task<IActionResult> OnPostProfileAsync([FromForm(Name = InputPrefix)] ProfileInput input)
    {
        Posted = "profile";
        Profile = input;
        if (!BindingSucceeded())
        {
            return await ShowAsync();
        }

        var sent = await SendAsync(new SetMyProfile(input.ExpectedVersion ?? -1, input.AllLanguages, input.Approaches));
        return await AfterAsync(sent.Refusal, "Votre profil est enregistré.", "profil");
    }

    public async Task<IActionResult> OnPostAddSlotAsync([FromForm(Name = InputPrefix)] SlotInput input)
    {
        Posted = "slot";
        Slot = input;
        if (!BindingSucceeded())
        {
            return await ShowAsync();
        }

        var sent = await SendAsync(new AddMySlot(input.ExpectedVersion ?? -1, input.Day, input.Start, input.End));
        return await AfterAsync(sent.Refusal, "Le créneau est ajouté.", "creneaux");
    }

    public async Task<IActionResult> OnPostRemoveSlotAsync([FromForm(Name = InputPrefix)] RemoveInput input)
    {
        Posted = "remove-slot";
        if (!BindingSucceeded())
        {
            return await ShowAsync();
        }

        var sent = await SendAsync(new RemoveMySlot(input.ExpectedVersion ?? -1, input.Id ?? Guid.Empty));
        return await AfterAsync(sent.Refusal, "Le créneau est supprimé.", "creneaux");
    }

    public async Task<IActionResult> OnPostAddAbsenceAsync([FromForm(Name = InputPrefix)] AbsenceInput input)
    {
        Posted = "absence";
        Absence = input;
        if (!BindingSucceeded())
        {
            return await ShowAsync();
        }

        var sent = await SendAsync(new AddMyAbsence(input.ExpectedVersion ?? -1, input.From, input.To, input.Reason));
        return await AfterAsync(sent.Refusal, "L'absence est ajoutée.", "absences");
    }

    public async Task<IActionResult> OnPostRemoveAbsenceAsync([FromForm(Name = InputPrefix)] RemoveInput input)
    {
        Posted = "remove-absence";
        if (!BindingSucceeded())
        {
            return await ShowAsync();
        }

        var sent = await SendAsync(new RemoveMyAbsence(input.ExpectedVersion ?? -1, input.Id ?? Guid.Empty));
        return await AfterAsync(sent.Refusal, "L'absence est supprimée.", "absences");
    }

    /// <summary>
    /// The first error of the first of these fields that has one, when <paramref name="form"/> is the form refused. A rule
    /// on one language of the list ("Languages[1]") counts for the list.
    /// </summary>
    public string? ErrorOf(string form, params string[] fields)
    {
        if (Posted != form)
        {
            return null;
        }

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

    /// <summary>Whether this form was refused (it shows again what was typed).</summary>
    public bool IsPosted(string form) => Posted == form && !ModelState.IsValid;

    /// <summary>"de 09:00 à 12:00".</summary>
    public string Hours(SlotItem slot) => Localizer["de {0} à {1}", Echeances.DeadlineText.Time(slot.Start), Echeances.DeadlineText.Time(slot.End)];

    /// <summary>"du 01/12/2026 au 05/12/2026", or "le 01/12/2026" for a single day.</summary>
    public string Days(AbsenceItem absence) => absence.From == absence.To
        ? Localizer["le {0}", DossierModel.Day(absence.From)]
        : Localizer["du {0} au {1}", DossierModel.Day(absence.From), DossierModel.Day(absence.To)];

    private async Task<IActionResult> AfterAsync(IActionResult? refusal, string notice, string section)
    {
        if (refusal is null)
        {
            Notice = notice;
            return Redirect($"{Address}#{section}");
        }

        // After a stale edit the forms carry the current version, with what was typed, to send again if still wanted.
        return refusal is PageResult ? await ShowAsync() : refusal;
    }

    private async Task<IActionResult> ShowAsync()
    {
        var sent = await SendAsync(new GetMySchedule());
        if (sent.Value is null)
        {
            return sent.Refusal!;
        }

        Schedule = sent.Value;
        Today = HttpContext.RequestServices.GetRequiredService<TimeProvider>().Today();
        if (Posted != "profile")
        {
            Profile = ProfileInput.From(Schedule);
        }

        return Page();
    }

    /// <summary>
    /// A value the form could not even read (a time or a date typed by hand in an old browser, a changed list value) is
    /// refused here in French, before anything is sent.
    /// </summary>
    private bool BindingSucceeded()
    {
        if (ModelState.IsValid)
        {
            return true;
        }

        foreach (var (key, entry) in ModelState.Where(e => e.Value?.Errors.Count > 0).ToList())
        {
            var field = key[(key.LastIndexOf('.') + 1)..];
            entry!.Errors.Clear();
            ModelState.AddModelError(key, field switch
            {
                nameof(SlotInput.Day) => Localizer["Choisissez un jour de la semaine."],
                nameof(SlotInput.Start) or nameof(SlotInput.End) => Localizer["Saisissez une heure valide (hh:mm)."],
                nameof(AbsenceInput.From) or nameof(AbsenceInput.To) => Localizer["Saisissez une date valide (jj/mm/aaaa)."],
                _ => Localizer["Choisissez une valeur dans la liste."],
            });
        }

        return false;
    }

    /// <summary>The profile form (bound under "Input"): the languages ticked among the hub's common ones and those chosen in the other lists.</summary>
    public sealed class ProfileInput
    {
        public int? ExpectedVersion { get; set; }

        public List<string> Languages { get; set; } = [];

        public List<string> OtherLanguages { get; set; } = [];

        public string? Approaches { get; set; }

        /// <summary>Every chosen language, ticked ones first, once each.</summary>
        public IReadOnlyList<string> AllLanguages =>
            [.. Languages.Concat(OtherLanguages).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)];

        public static ProfileInput From(MySchedule schedule) => new()
        {
            ExpectedVersion = schedule.Version,
            Languages = [.. schedule.Languages.Where(CodeChoices.IsCommonLanguage)],
            OtherLanguages = [.. schedule.Languages.Where(l => !CodeChoices.IsCommonLanguage(l))],
            Approaches = schedule.Approaches,
        };
    }

    public sealed class SlotInput
    {
        public int? ExpectedVersion { get; set; }

        public DayOfWeek? Day { get; set; }

        public TimeOnly? Start { get; set; }

        public TimeOnly? End { get; set; }
    }

    public sealed class AbsenceInput
    {
        public int? ExpectedVersion { get; set; }

        public DateOnly? From { get; set; }

        public DateOnly? To { get; set; }

        public string? Reason { get; set; }
    }

    /// <summary>A remove button: the slot or absence, and the version of the schedule the page showed.</summary>
    public sealed class RemoveInput
    {
        public int? ExpectedVersion { get; set; }

        public Guid? Id { get; set; }
    }
}
