using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Remiv.Application.Common;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.DeadlinePresets.Queries;
using Remiv.Application.Deadlines.Queries;
using Remiv.Application.Youths.Access;
using Remiv.Application.Youths.Queries;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Youths;
using Remiv.Web.Pages.Jeunes;

namespace Remiv.Web.Pages.Echeances;

/// <summary>
/// The deadline form, shared by "Nouvelle" and "Modifier": the presets the user may apply, the people who may answer
/// for the deadline, and "Calculer la date", which asks the preset for the date and puts it in the form (no
/// JavaScript: it is a submit button), where the user may still change it before saving.
/// </summary>
public abstract class DeadlineFormModel : DeadlinePageModel
{
    [BindProperty]
    public DeadlineInput Input { get; set; } = new();

    /// <summary>The young person the deadline is for.</summary>
    public YouthFile Youth { get; private set; } = null!;

    /// <summary>The active presets on the tracks the user may write, in the order of <see cref="Tracks"/>.</summary>
    public IReadOnlyList<PresetItem> Presets { get; private set; } = [];

    /// <summary>The tracks the user may write on for this young person.</summary>
    public IReadOnlyList<Track> Tracks { get; private set; } = [];

    /// <summary>The people who may answer for the deadline: members of the follow-up group and coordinators who see the track.</summary>
    public IReadOnlyList<StaffMember> Candidates { get; private set; } = [];

    /// <summary>What "Calculer la date" found (null before).</summary>
    public DeadlinePreview? Preview { get; private set; }

    public DateOnly Today { get; private set; }

    /// <summary>Whether the form offers the presets (a new deadline), or keeps the one the deadline was made from (a change).</summary>
    public virtual bool ChoosesPreset => true;

    /// <summary>Where the form saves (its default handler).</summary>
    public abstract string FormAction { get; }

    public string YouthName => DeadlineText.Name(Youth.FirstName, Youth.LastName);

    public PresetItem? ChosenPreset => Input.PresetId is { } id ? Presets.FirstOrDefault(p => p.Id == id) : null;

    /// <summary>
    /// Loads the young person and the form's choices; the refusal to show instead (404, 403), or null.
    /// <paramref name="keep"/> is someone already named (the current responsible person), kept in the list even if they
    /// could no longer be chosen, so that the form shows who it is.
    /// </summary>
    protected async Task<IActionResult?> LoadChoicesAsync(Guid youthId, StaffMember? keep = null)
    {
        var file = await SendAsync(new GetYouthFile(youthId));
        if (file.Value is null)
        {
            return file.Refusal;
        }

        Youth = file.Value;
        Today = HttpContext.RequestServices.GetRequiredService<TimeProvider>().Today();
        Tracks = [.. DossierModel.TrackOrder.Where(Youth.Rights.WritableTracks.Contains)];

        var presets = await SendAsync(new ListDeadlinePresets());
        if (presets.Value is null)
        {
            return presets.Refusal;
        }

        var order = Tracks.ToList();
        Presets = [.. presets.Value.Where(p => order.Contains(p.Track)).OrderBy(p => order.IndexOf(p.Track))];

        var staff = await SendAsync(new ListStaff());
        if (staff.Value is null)
        {
            return staff.Refusal;
        }

        var me = HttpContext.RequestServices.GetRequiredService<ICurrentUser>().UserId;
        var members = Youth.Case?.FollowUpGroup.Where(m => m.Until is null).Select(m => m.UserId).ToHashSet() ?? [];
        if (me is { } self)
        {
            // Whoever may write here and does not see every file is in the group (the case part, which lists it, may be hidden).
            members.Add(self);
        }

        var candidates = staff.Value
            .Where(s => Tracks.Any(t => YouthAccess.MaySee(s.Roles, members.Contains(s.Id), t)))
            .OrderBy(s => s.DisplayName, StringComparer.CurrentCulture)
            .ToList();
        if (keep is not null && candidates.All(c => c.Id != keep.Id))
        {
            candidates.Insert(0, keep);
        }

        Candidates = candidates;
        return null;
    }

    /// <summary>Whom the form names at first: the referent when they may answer for it, otherwise the user.</summary>
    protected Guid? DefaultResponsible()
    {
        if (Youth.Referent is { } referent && Candidates.Any(c => c.Id == referent.Id))
        {
            return referent.Id;
        }

        var me = HttpContext.RequestServices.GetRequiredService<ICurrentUser>().UserId;
        return Candidates.Any(c => c.Id == me) ? me : null;
    }

    /// <summary>"Calculer la date": the preset's date for the event date, put in the form with the preset's title and reminders.</summary>
    protected async Task<IActionResult> CalculateAsync()
    {
        if (Input.EventDate is null && ErrorOf(nameof(DeadlineInput.EventDate)) is null)
        {
            ModelState.AddModelError($"{InputPrefix}.{nameof(DeadlineInput.EventDate)}", Localizer["Indiquez la date de l'événement."]);
        }

        if (Input.PresetId is null)
        {
            ModelState.AddModelError($"{InputPrefix}.{nameof(DeadlineInput.PresetId)}", Localizer["Choisissez un modèle pour calculer la date."]);
        }
        else if (ChosenPreset is null)
        {
            ModelState.AddModelError($"{InputPrefix}.{nameof(DeadlineInput.PresetId)}", Localizer["Ce modèle n'existe plus : choisissez-en un autre."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var sent = await SendAsync(new PreviewDeadline(Input.PresetId!.Value, Input.EventDate!.Value));
        if (sent.Value is null)
        {
            return sent.Refusal is PageResult ? Page() : sent.Refusal!;
        }

        Preview = sent.Value;
        Input.DueDate = Preview.DueDate;

        // What the form took from a preset follows the preset chosen now; what the user typed stays.
        if (string.IsNullOrWhiteSpace(Input.Title) || Presets.Any(p => p.Name == Input.Title.Trim()))
        {
            Input.Title = Preview.PresetName;
        }

        if (string.IsNullOrWhiteSpace(Input.ReminderDays) || Presets.Any(p => DeadlineText.DaysField(p.ReminderDays) == Input.ReminderDays.Trim()))
        {
            Input.ReminderDays = DeadlineText.DaysField(Preview.ReminderDays);
        }

        return Page();
    }

    /// <summary>
    /// Checks what the form must hold before anything is sent: readable values, the event date, the reminder days.
    /// Returns the reminder days read (null for "those of the preset"), or false with the errors beside the fields.
    /// </summary>
    protected bool ReadForSave(out IReadOnlyList<int>? reminderDays)
    {
        reminderDays = null;
        var readable = BindingSucceeded();
        if (Input.EventDate is null && ErrorOf(nameof(DeadlineInput.EventDate)) is null)
        {
            ModelState.AddModelError($"{InputPrefix}.{nameof(DeadlineInput.EventDate)}", Localizer["Indiquez la date de l'événement."]);
            readable = false;
        }

        return TryReadReminderDays(Input.ReminderDays, out reminderDays) && readable;
    }

    protected static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>The deadline form's fields (bound under "Input"); their names are the commands' so that a refusal lands beside its field.</summary>
public sealed class DeadlineInput
{
    /// <summary>New deadline: the young person it is for.</summary>
    public Guid? YouthId { get; set; }

    /// <summary>Change: the version the form was filled from.</summary>
    public int? ExpectedVersion { get; set; }

    public Guid? PresetId { get; set; }

    public DateOnly? EventDate { get; set; }

    public DateOnly? DueDate { get; set; }

    public TimeOnly? DueTime { get; set; }

    public string? Title { get; set; }

    public Track? Track { get; set; }

    public DeadlineKind? Kind { get; set; }

    public DeadlineEvent? StartEvent { get; set; }

    public Guid? ResponsibleUserId { get; set; }

    /// <summary>"7, 2, 0": days before the deadline; empty for the preset's (or the usual 7, 2, 0).</summary>
    public string? ReminderDays { get; set; }
}
