using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Remiv.Application.Common.Security;
using Remiv.Application.Psychology.Requests.Commands;
using Remiv.Application.Psychology.Requests.Queries;
using Remiv.Domain.Psychology;
using Remiv.Domain.Security;
using Remiv.Web.Security;

namespace Remiv.Web.Pages.Psychologie;

/// <summary>
/// The waiting list of psychological follow-up (/Psychologie): the waiting requests, most urgent first, then the oldest,
/// as cards that read on a phone. Psychologists see each young person's names, age, languages, interpreter need and the
/// request's reason (their reading is audited); coordinators see the same without the reasons. Those allowed change a
/// request's urgency or withdraw it from here. Links to the rooms, one's availability and the psychologists' pages.
/// </summary>
[RequirePermission(Permission.ViewWaitingList)]
public sealed class IndexModel(ICurrentUser user) : RemivPageModel
{
    /// <summary>The urgencies, most urgent first, as the forms offer them.</summary>
    public static readonly IReadOnlyList<RequestUrgency> Urgencies = [RequestUrgency.Urgent, RequestUrgency.High, RequestUrgency.Normal, RequestUrgency.Low];

    public WaitingList Waiting { get; private set; } = null!;

    public bool MayManageRooms => user.Has(Permission.ManageRooms);

    public bool MayManageOwnAvailability => user.Has(Permission.ManageOwnAvailability);

    public bool MaySeePsychologists => user.Has(Permission.ViewPsychologistAvailability);

    /// <summary>The form that was posted and refused ("urgency" or "withdraw"), and the request it was about.</summary>
    public string? Posted { get; private set; }

    public Guid? PostedLine { get; private set; }

    /// <summary>What the refused form held, to show it again.</summary>
    public RequestChangeInput Change { get; private set; } = new();

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    /// <summary>A form sent without a known handler: back to the list.</summary>
    public IActionResult OnPost() => Redirect("/Psychologie");

    public async Task<IActionResult> OnPostUrgencyAsync([FromForm(Name = InputPrefix)] RequestChangeInput input)
    {
        if (!Read("urgency", input))
        {
            return await ShowAsync();
        }

        var sent = await SendAsync(new ChangeRequestUrgency(input.RequestId ?? Guid.Empty, input.ExpectedVersion ?? -1, input.Urgency ?? 0));
        return await AfterAsync(sent.Refusal, "L'urgence de la demande est modifiée.");
    }

    public async Task<IActionResult> OnPostWithdrawAsync([FromForm(Name = InputPrefix)] RequestChangeInput input)
    {
        if (!Read("withdraw", input))
        {
            return await ShowAsync();
        }

        var sent = await SendAsync(new WithdrawRequest(input.RequestId ?? Guid.Empty, input.ExpectedVersion ?? -1, input.Note ?? string.Empty));
        return await AfterAsync(sent.Refusal, "La demande est retirée de la liste d'attente.");
    }

    /// <summary>The first error of a field of this request's refused form, for the message beside the field.</summary>
    public string? ErrorOf(string form, Guid requestId, params string[] fields) =>
        Posted == form && PostedLine == requestId
            ? fields.Select(f => ModelState.TryGetValue($"{InputPrefix}.{f}", out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null)
                .FirstOrDefault(m => m is not null)
            : null;

    /// <summary>Whether this request's form is the one that was refused (so it opens again with what was typed).</summary>
    public bool IsPosted(string form, Guid requestId) => Posted == form && PostedLine == requestId && !ModelState.IsValid;

    /// <summary>How long a request has waited, as the team says it ("en attente depuis 12 jours").</summary>
    public static string WaitingText(IStringLocalizer L, int days) => days switch
    {
        <= 0 => L["demandée aujourd'hui"],
        1 => L["en attente depuis 1 jour"],
        _ => L["en attente depuis {0} jours", days],
    };

    /// <summary>Reads a change form; a value the form could not even read is refused in French, before anything is sent.</summary>
    private bool Read(string form, RequestChangeInput input)
    {
        Posted = form;
        PostedLine = input.RequestId;
        Change = input;
        if (ModelState.IsValid)
        {
            return true;
        }

        foreach (var (key, entry) in ModelState.Where(e => e.Value?.Errors.Count > 0).ToList())
        {
            entry!.Errors.Clear();
            ModelState.AddModelError(key, Localizer["Choisissez une valeur dans la liste."]);
        }

        return false;
    }

    private Task<IActionResult> AfterAsync(IActionResult? refusal, string notice) => AfterCommandAsync(refusal, notice, "/Psychologie", ShowAsync);

    private async Task<IActionResult> ShowAsync()
    {
        var sent = await SendAsync(new ListWaitingList());
        if (sent.Value is null)
        {
            return sent.Refusal!;
        }

        Waiting = sent.Value;
        return Page();
    }

    /// <summary>A change to one request (its urgency, or its withdrawal with a note), from the version read.</summary>
    public sealed class RequestChangeInput
    {
        public Guid? RequestId { get; set; }

        public int? ExpectedVersion { get; set; }

        public RequestUrgency? Urgency { get; set; }

        public string? Note { get; set; }
    }
}
