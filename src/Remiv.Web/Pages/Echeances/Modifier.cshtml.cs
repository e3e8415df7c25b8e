using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Deadlines.Commands;
using Remiv.Application.Deadlines.Queries;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Security;
using Remiv.Web.Security;

namespace Remiv.Web.Pages.Echeances;

/// <summary>
/// Changes an open deadline, from the version the user loaded. The preset it was made from stays (it can compute the
/// date again); when someone else saved in between, the edit is refused: the form then shows the current version and
/// what the user had typed beside it.
/// </summary>
[RequirePermission(Permission.ManageDeadlines)]
public sealed class ModifierModel : DeadlineFormModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public DeadlineView Deadline { get; private set; } = null!;

    /// <summary>Set when the save was refused because someone else saved first.</summary>
    public bool Conflicted { get; private set; }

    /// <summary>What the user typed that differs from the current version: label and value, ready to show.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> YourEntries { get; private set; } = [];

    /// <summary>Whether the deadline can be changed here (open, and the file not archived).</summary>
    public bool Editable => Deadline.Status == DeadlineStatus.Open && !Deadline.YouthArchived;

    public override bool ChoosesPreset => false;

    public override string FormAction => $"/Echeances/{Id:D}/Modifier";

    public Task<IActionResult> OnGetAsync() => ShowAsync(keepInput: false);

    public async Task<IActionResult> OnPostCalculerAsync()
    {
        BindingSucceeded();
        var shown = await ShowAsync(keepInput: true);
        return shown is PageResult && Editable ? await CalculateAsync() : shown;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var shown = await ShowAsync(keepInput: true);
        if (shown is not PageResult || !ReadForSave(out var reminderDays))
        {
            return shown;
        }

        var sent = await SendAsync(new UpdateDeadline(
            Id, Input.ExpectedVersion ?? -1, Input.PresetId, Input.Track, Input.Kind, Blank(Input.Title), Input.StartEvent, Input.EventDate!.Value,
            Input.DueDate, Input.DueTime, Input.ResponsibleUserId, reminderDays));
        if (Conflict is not null)
        {
            return await ShowConflictAsync();
        }

        if (!sent.Ok)
        {
            return sent.Refusal!;
        }

        Notice = "L'échéance est modifiée.";
        return Redirect($"/Echeances/{Id:D}");
    }

    private async Task<IActionResult> ShowConflictAsync()
    {
        var typed = Input;
        var typedResponsible = Candidates.FirstOrDefault(c => c.Id == typed.ResponsibleUserId)?.DisplayName;
        var shown = await ShowAsync(keepInput: false);
        if (shown is not PageResult)
        {
            return shown;
        }

        // The form now shows the current version; what the user typed stays on the page beside it. The conflict message
        // itself (form level) was added when the edit was refused.
        foreach (var key in ModelState.Keys.Where(k => k.Length > 0).ToList())
        {
            ModelState.Remove(key);
        }

        Conflicted = true;
        YourEntries = Differences(typed, typedResponsible, Input);
        return shown;
    }

    /// <summary>Loads the deadline and the form's choices; fills the form with the deadline unless the user's input is kept.</summary>
    private async Task<IActionResult> ShowAsync(bool keepInput)
    {
        var sent = await SendAsync(new GetDeadline(Id));
        if (sent.Value is null)
        {
            return sent.Refusal!;
        }

        Deadline = sent.Value;
        if (!Deadline.CanEdit && Editable)
        {
            return Forbid();
        }

        StaffMember? current = Deadline.ResponsibleUserId is { } responsible
            ? new StaffMember(responsible, Deadline.ResponsibleName ?? "?", [])
            : null;
        if (await LoadChoicesAsync(Deadline.YouthId, current) is { } refusal)
        {
            return refusal;
        }

        if (!keepInput)
        {
            Input = new DeadlineInput
            {
                ExpectedVersion = Deadline.Version,
                PresetId = Deadline.Preset?.Id,
                EventDate = Deadline.EventDate,
                DueDate = Deadline.DueDate,
                DueTime = Deadline.DueTime,
                Title = Deadline.Title,
                Track = Deadline.Track,
                Kind = Deadline.Kind,
                StartEvent = Deadline.Event,
                ResponsibleUserId = Deadline.ResponsibleUserId,
                ReminderDays = DeadlineText.DaysField(Deadline.ReminderDays),
            };
        }

        return Page();
    }

    private List<KeyValuePair<string, string>> Differences(DeadlineInput typed, string? typedResponsible, DeadlineInput current)
    {
        var entries = new List<KeyValuePair<string, string>>();
        void Compare(string label, string? yours, string? now)
        {
            if (!string.Equals(yours?.Trim() ?? string.Empty, now?.Trim() ?? string.Empty, StringComparison.Ordinal))
            {
                entries.Add(new(label, string.IsNullOrWhiteSpace(yours) ? Localizer["(vide)"] : yours.Trim()));
            }
        }

        string? Day(DateOnly? day) => day?.ToString("d", CultureInfo.CurrentCulture);
        string? Label<T>(T? value, Func<T, string> label)
            where T : struct => value is { } v ? Localizer[label(v)].Value : null;

        Compare(Localizer["Date de l'événement"], Day(typed.EventDate), Day(current.EventDate));
        Compare(Localizer["Date d'échéance"], Day(typed.DueDate), Day(current.DueDate));
        Compare(Localizer["Heure (facultative)"], DeadlineText.Time(typed.DueTime), DeadlineText.Time(current.DueTime));
        Compare(Localizer["Intitulé"], typed.Title, current.Title);
        Compare(Localizer["Volet"], Label(typed.Track, CaseLabels.For), Label(current.Track, CaseLabels.For));
        Compare(Localizer["Type d'échéance"], Label(typed.Kind, DeadlineLabels.For), Label(current.Kind, DeadlineLabels.For));
        Compare(Localizer["Événement de départ"], Label(typed.StartEvent, DeadlineLabels.For), Label(current.StartEvent, DeadlineLabels.For));
        if (typed.ResponsibleUserId != current.ResponsibleUserId)
        {
            entries.Add(new(Localizer["Personne responsable"], typedResponsible ?? Localizer["Le référent du jeune"]));
        }

        Compare(Localizer["Rappels (jours avant l'échéance)"], typed.ReminderDays, current.ReminderDays);
        return entries;
    }
}
