using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Remiv.Application.Common;
using Remiv.Application.Common.Security;
using Remiv.Application.Deadlines.Commands;
using Remiv.Application.Deadlines.Queries;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Security;
using Remiv.Web.Security;

namespace Remiv.Web.Pages.Echeances;

/// <summary>
/// One deadline: what it is for, the event and the preset it comes from (with its legal basis), the date computed and
/// the date chosen, who answers for it, its reminders planned and sent; and, for those who may change it, the forms to
/// close it (done, cancelled, missed) or to reopen it.
/// </summary>
[RequirePermission(Permission.ViewYouths)]
public sealed class DetailModel : DeadlinePageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public DeadlineView Deadline { get; private set; } = null!;

    /// <summary>The date the preset computes today from the event date, when the date was chosen by hand.</summary>
    public DateOnly? ComputedDueDate { get; private set; }

    public DateOnly Today { get; private set; }

    /// <summary>The closing form as it was sent, when it was refused.</summary>
    public CloseInput Closing { get; private set; } = new();

    public bool IsOverdue => Deadline.Status == DeadlineStatus.Open && Deadline.DueDate < Today;

    public string YouthName => DeadlineText.Name(Deadline.YouthFirstName, Deadline.YouthLastName);

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    /// <summary>A form sent without a known handler: back to the deadline.</summary>
    public IActionResult OnPost() => Redirect($"/Echeances/{Id:D}");

    public async Task<IActionResult> OnPostCloseAsync([FromForm(Name = InputPrefix)] CloseInput input)
    {
        Closing = input;
        if (!BindingSucceeded())
        {
            return await ShowAsync();
        }

        if (input.Outcome is null)
        {
            ModelState.AddModelError($"{InputPrefix}.Outcome", Localizer["Choisissez : faite, annulée ou manquée."]);
            return await ShowAsync();
        }

        var sent = await SendAsync(new CloseDeadline(Id, input.ExpectedVersion ?? -1, input.Outcome.Value, input.Note));
        return await AfterAsync(sent.Refusal, "L'échéance est close.");
    }

    public async Task<IActionResult> OnPostReopenAsync([FromForm(Name = InputPrefix)] CloseInput input)
    {
        if (!BindingSucceeded())
        {
            return await ShowAsync();
        }

        var sent = await SendAsync(new ReopenDeadline(Id, input.ExpectedVersion ?? -1));
        return await AfterAsync(sent.Refusal, "L'échéance est rouverte.");
    }

    private Task<IActionResult> AfterAsync(IActionResult? refusal, string notice) => AfterCommandAsync(refusal, notice, $"/Echeances/{Id:D}", ShowAsync);

    private async Task<IActionResult> ShowAsync()
    {
        var sent = await SendAsync(new GetDeadline(Id));
        if (sent.Value is null)
        {
            return sent.Refusal!;
        }

        Deadline = sent.Value;
        Today = HttpContext.RequestServices.GetRequiredService<TimeProvider>().Today();
        if (Deadline is { DueDateOverridden: true, Preset: { } preset }
            && HttpContext.RequestServices.GetRequiredService<ICurrentUser>().Has(Permission.ManageDeadlines))
        {
            // The preset's date, to show beside the one chosen; a preset withdrawn since computes nothing any more.
            ComputedDueDate = (await SendAsync(new PreviewDeadline(preset.Id, Deadline.EventDate))).Value?.DueDate;
        }

        return Page();
    }

    public sealed class CloseInput
    {
        public int? ExpectedVersion { get; set; }

        public DeadlineStatus? Outcome { get; set; }

        public string? Note { get; set; }
    }
}
