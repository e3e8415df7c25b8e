using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Remiv.Application.Deadlines.Commands;
using Remiv.Domain.Security;
using Remiv.Web.Security;

namespace Remiv.Web.Pages.Echeances;

/// <summary>
/// Adds a deadline to a young person's file (the young person comes by id: "?jeune={guid}"), from a preset or by hand.
/// Saved in one go: a refusal leaves nothing saved and shows its reasons beside the fields.
/// </summary>
[RequirePermission(Permission.ManageDeadlines)]
public sealed class NouvelleModel : DeadlineFormModel
{
    public override string FormAction => "/Echeances/Nouvelle";

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "jeune")] Guid? jeune)
    {
        if (jeune is not { } youthId)
        {
            return NotFound();
        }

        if (await LoadChoicesAsync(youthId) is { } refusal)
        {
            return refusal;
        }

        Input = new DeadlineInput { YouthId = youthId, ResponsibleUserId = DefaultResponsible() };
        return Page();
    }

    public async Task<IActionResult> OnPostCalculerAsync()
    {
        if (await ReloadAsync() is { } refusal)
        {
            return refusal;
        }

        BindingSucceeded();
        return await CalculateAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await ReloadAsync() is { } refusal)
        {
            return refusal;
        }

        if (!ReadForSave(out var reminderDays))
        {
            return Page();
        }

        var sent = await SendAsync(new CreateDeadline(
            Input.YouthId!.Value, Input.PresetId, Input.Track, Input.Kind, Blank(Input.Title), Input.StartEvent, Input.EventDate!.Value,
            Input.DueDate, Input.DueTime, Input.ResponsibleUserId, reminderDays));
        if (!sent.Ok)
        {
            return sent.Refusal is PageResult ? Page() : sent.Refusal!;
        }

        Notice = "L'échéance est enregistrée.";
        return Redirect($"/Echeances/{sent.Value:D}");
    }

    private async Task<IActionResult?> ReloadAsync() =>
        Input.YouthId is { } youthId ? await LoadChoicesAsync(youthId) : NotFound();
}
