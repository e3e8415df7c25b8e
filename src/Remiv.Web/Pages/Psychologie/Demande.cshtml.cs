using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Remiv.Application.Psychology.Requests.Commands;
using Remiv.Application.Psychology.Requests.Queries;
using Remiv.Application.Youths.Queries;
using Remiv.Domain.Psychology;
using Remiv.Domain.Security;
using Remiv.Web.Security;

namespace Remiv.Web.Pages.Psychologie;

/// <summary>
/// Asks for psychological follow-up for a young person (who comes by id: "?jeune={guid}"): an urgency and a reason the
/// psychologists read. Saved, it goes back to the file with a notice; refused, the form shows why, with what was typed.
/// </summary>
[RequirePermission(Permission.RequestPsychologicalFollowUp)]
public sealed class DemandeModel : RemivPageModel
{
    public YouthFile Youth { get; private set; } = null!;

    /// <summary>Whether a request already waits for this young person (the form is not offered then).</summary>
    public bool HasWaiting { get; private set; }

    [BindProperty]
    public RequestInput Input { get; set; } = new();

    public string YouthName => string.Join(' ', new[] { Youth.FirstName, Youth.LastName }.Where(n => n.Length > 0));

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "jeune")] Guid? jeune)
    {
        ModelState.Clear();
        if (jeune is not { } youthId)
        {
            return NotFound();
        }

        Input = new RequestInput { YouthId = youthId, Urgency = RequestUrgency.Normal };
        return await LoadAsync(youthId) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Input.YouthId is not { } youthId)
        {
            return NotFound();
        }

        if (await LoadAsync(youthId) is { } refusal)
        {
            return refusal;
        }

        if (!ModelState.IsValid)
        {
            // A value the form could not even read (a changed list value): refused in French, before anything is sent.
            foreach (var (key, entry) in ModelState.Where(e => e.Value?.Errors.Count > 0).ToList())
            {
                entry!.Errors.Clear();
                ModelState.AddModelError(key, Localizer["Choisissez une valeur dans la liste."]);
            }

            return Page();
        }

        var sent = await SendAsync(new RequestFollowUp(youthId, Input.Urgency ?? 0, Input.Reason ?? string.Empty));
        if (!sent.Ok)
        {
            return sent.Refusal is PageResult ? Page() : sent.Refusal!;
        }

        Notice = "La demande de suivi psychologique est enregistrée. Elle apparaît sur la liste d'attente des psychologues.";
        return Redirect($"/Jeunes/{youthId:D}#suivi-psychologique");
    }

    /// <summary>The first error of a field, for the message beside it.</summary>
    public string? ErrorOf(string field) =>
        ModelState.TryGetValue($"{InputPrefix}.{field}", out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    private async Task<IActionResult?> LoadAsync(Guid youthId)
    {
        var file = await SendAsync(new GetYouthFile(youthId));
        if (file.Value is null)
        {
            return file.Refusal;
        }

        Youth = file.Value;
        var requests = await SendAsync(new ListYouthRequests(youthId, WithReasons: false));
        if (requests.Value is null)
        {
            return requests.Refusal;
        }

        HasWaiting = requests.Value.HasWaiting;
        return null;
    }

    public sealed class RequestInput
    {
        public Guid? YouthId { get; set; }

        public RequestUrgency? Urgency { get; set; }

        public string? Reason { get; set; }
    }
}
