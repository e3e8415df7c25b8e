using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Remiv.Application.Psychology.Calendar.Commands;
using Remiv.Application.Psychology.Calendar.Queries;
using Remiv.Domain.Security;
using Remiv.Web.Security;

namespace Remiv.Web.Pages.Psychologie;

/// <summary>
/// A psychologist's calendar address (/Psychologie/Calendrier): what it shows, whether one is active, creating a new one
/// (shown once, in the answer to the form, never again) and deleting it.
/// </summary>
[RequirePermission(Permission.UseCalendarFeed)]
public sealed class CalendrierModel : RemivPageModel
{
    public const string Address = "/Psychologie/Calendrier";

    public CalendarFeedStatus Status { get; private set; } = new(false, null);

    /// <summary>The address just created: shown in this answer only.</summary>
    public IssuedCalendarFeed? Issued { get; private set; }

    /// <summary>The same address for the "webcal:" link, which opens the device's calendar app to subscribe.</summary>
    public string? WebcalAddress => Issued is { } issued ? "webcal" + issued.Address.AbsoluteUri[issued.Address.Scheme.Length..] : null;

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    /// <summary>A form sent without a known handler: back to the page.</summary>
    public IActionResult OnPost() => Redirect(Address);

    public async Task<IActionResult> OnPostIssueAsync()
    {
        var sent = await SendAsync(new IssueMyCalendarFeed());
        if (!sent.Ok)
        {
            return sent.Refusal is PageResult ? await ShowAsync() : sent.Refusal!;
        }

        Issued = sent.Value;
        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostRevokeAsync()
    {
        var sent = await SendAsync(new RevokeMyCalendarFeed());
        if (!sent.Ok)
        {
            return sent.Refusal is PageResult ? await ShowAsync() : sent.Refusal!;
        }

        Notice = sent.Value
            ? "Votre adresse d'agenda est supprimée : les agendas abonnés ne reçoivent plus vos séances."
            : "Vous n'aviez pas d'adresse d'agenda active.";
        return Redirect(Address);
    }

    private async Task<IActionResult> ShowAsync()
    {
        var sent = await SendAsync(new GetMyCalendarFeedStatus());
        if (sent.Value is null)
        {
            return sent.Refusal!;
        }

        Status = sent.Value;
        return Page();
    }
}
