using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Remiv.Application.DeadlinePresets.Commands;
using Remiv.Application.DeadlinePresets.Queries;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;
using Remiv.Web.Security;

namespace Remiv.Web.Pages.Echeances.Modeles;

/// <summary>
/// A coordinator adds a preset or changes one (from the version they loaded), or withdraws it. The change applies to
/// the deadlines computed afterwards; the deadlines already set keep their dates.
/// </summary>
[RequirePermission(Permission.ManageDeadlinePresets)]
public sealed class ModifierModel : DeadlinePageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public PresetInput Input { get; set; } = new();

    /// <summary>The preset being changed (null for a new one).</summary>
    public PresetItem? Preset { get; private set; }

    public bool IsNew => Id is null;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } refusal)
        {
            return refusal;
        }

        Input = Preset is { } p
            ? new PresetInput
            {
                ExpectedVersion = p.Version, Name = p.Name, Kind = p.Kind, Track = p.Track, StartEvent = p.Event, OffsetAmount = p.OffsetAmount,
                OffsetUnit = p.OffsetUnit, OffsetDirection = p.OffsetDirection, ReminderDays = DeadlineText.DaysField(p.ReminderDays),
                LegalBasis = p.LegalBasis, ToConfirm = p.ToConfirm, IsActive = p.IsActive,
            }
            : new PresetInput { OffsetUnit = OffsetUnit.Days, OffsetDirection = OffsetDirection.After, ReminderDays = "7, 2, 0", IsActive = true };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } refusal)
        {
            return refusal;
        }

        var readable = BindingSucceeded();
        if (Input.OffsetAmount is null && ErrorOf(nameof(PresetInput.OffsetAmount)) is null)
        {
            ModelState.AddModelError($"{InputPrefix}.{nameof(PresetInput.OffsetAmount)}", Localizer["Indiquez le délai, en jours ou en mois."]);
            readable = false;
        }

        if (!TryReadReminderDays(Input.ReminderDays, out var days) || !readable)
        {
            return Page();
        }

        // Unset choices go to the use case as "none" (0), which it refuses with its own message beside the field.
        var reminders = days ?? [];
        if (Preset is { } preset)
        {
            var sent = await SendAsync(new UpdateDeadlinePreset(
                preset.Id, Input.ExpectedVersion ?? -1, Input.Name ?? string.Empty, Input.Kind ?? 0, Input.Track ?? 0, Input.StartEvent ?? 0,
                Input.OffsetAmount!.Value, Input.OffsetUnit ?? 0, Input.OffsetDirection ?? 0, reminders, Input.LegalBasis ?? string.Empty,
                Input.ToConfirm, Input.IsActive));
            if (!sent.Ok)
            {
                return sent.Refusal is PageResult ? Page() : sent.Refusal!;
            }
        }
        else
        {
            var sent = await SendAsync(new CreateDeadlinePreset(
                Input.Name ?? string.Empty, Input.Kind ?? 0, Input.Track ?? 0, Input.StartEvent ?? 0, Input.OffsetAmount!.Value,
                Input.OffsetUnit ?? 0, Input.OffsetDirection ?? 0, reminders, Input.LegalBasis ?? string.Empty, Input.ToConfirm));
            if (!sent.Ok)
            {
                return sent.Refusal is PageResult ? Page() : sent.Refusal!;
            }
        }

        Notice = "Le modèle est enregistré.";
        return Redirect("/Echeances/Modeles");
    }

    /// <summary>The preset being changed; 404 for an id that names none.</summary>
    private async Task<IActionResult?> LoadAsync()
    {
        if (Id is not { } id)
        {
            return null;
        }

        var sent = await SendAsync(new ListDeadlinePresets(IncludeInactive: true));
        if (sent.Value is null)
        {
            return sent.Refusal;
        }

        Preset = sent.Value.FirstOrDefault(p => p.Id == id);
        return Preset is null ? NotFound() : null;
    }

    public sealed class PresetInput
    {
        public int? ExpectedVersion { get; set; }

        public string? Name { get; set; }

        public DeadlineKind? Kind { get; set; }

        public Track? Track { get; set; }

        public DeadlineEvent? StartEvent { get; set; }

        public int? OffsetAmount { get; set; }

        public OffsetUnit? OffsetUnit { get; set; }

        public OffsetDirection? OffsetDirection { get; set; }

        public string? ReminderDays { get; set; }

        public string? LegalBasis { get; set; }

        public bool ToConfirm { get; set; }

        public bool IsActive { get; set; }
    }
}
