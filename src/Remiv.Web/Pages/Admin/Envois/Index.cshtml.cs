using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Remiv.Application.Common;
using Remiv.Application.Reminders.Commands;
using Remiv.Application.Reminders.Queries;
using Remiv.Domain.Notifications;
using Remiv.Domain.Security;
using Remiv.Web.Security;

namespace Remiv.Web.Pages.Admin.Envois;

/// <summary>
/// For administrators: the emails that failed, and those still being retried, with the way to send a failed one
/// again (after correcting an account's address, say). Subjects and errors carry no case data.
/// </summary>
[RequirePermission(Permission.MonitorJobs)]
public sealed class IndexModel : RemivPageModel
{
    public IReadOnlyList<FailedEmail> Emails { get; private set; } = [];

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    /// <summary>A form sent without a known handler (an old bookmark): back to the list.</summary>
    public IActionResult OnPost() => RedirectToPage();

    /// <summary>Sends a failed email again; an unknown one is a 404, one that cannot be sent again is explained.</summary>
    public async Task<IActionResult> OnPostRetryAsync(Guid id)
    {
        var sent = await SendAsync(new RetryEmail(id));
        if (!sent.Ok)
        {
            return sent.Refusal is PageResult ? await ShowAsync() : sent.Refusal!;
        }

        Notice = "Le courriel repart : il sera envoyé dans les prochaines minutes.";
        return RedirectToPage();
    }

    public static string StateOf(FailedEmail email) => email.Status == EmailStatus.Failed ? "En échec" : "Nouvel essai prévu";

    /// <summary>A moment in the hub's zone, as the interface writes it (26/11/2026 14:05).</summary>
    public static string Moment(DateTimeOffset moment)
    {
        var local = TimeZoneInfo.ConvertTime(moment, HubCalendar.Zone);
        return DateOnly.FromDateTime(local.DateTime).ToString("d", CultureInfo.CurrentCulture) + " " + local.ToString("HH:mm", CultureInfo.InvariantCulture);
    }

    private async Task<IActionResult> ShowAsync()
    {
        var sent = await SendAsync(new ListFailedEmails());
        if (!sent.Ok)
        {
            return sent.Refusal!;
        }

        Emails = sent.Value!;
        return Page();
    }
}
