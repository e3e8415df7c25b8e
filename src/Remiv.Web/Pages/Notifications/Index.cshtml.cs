using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Remiv.Application.Common;
using Remiv.Application.Notifications.Commands;
using Remiv.Application.Notifications.Queries;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Security;
using Remiv.Web.Security;

namespace Remiv.Web.Pages.Notifications;

/// <summary>
/// The signed-in staff member's notifications, newest first, as the deadlines stand now (closed, moved) and only
/// for the young people they may still see; each can be marked as read, or all at once.
/// </summary>
[RequirePermission(Permission.UseStaffArea)]
public sealed class IndexModel : RemivPageModel
{
    public NotificationList Notifications { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    /// <summary>A form sent without a known handler (an old bookmark): back to the list.</summary>
    public IActionResult OnPost() => RedirectToPage();

    /// <summary>Marks one notification as read; another person's notification, or one that does not exist, is a 404.</summary>
    public async Task<IActionResult> OnPostReadAsync(Guid id)
    {
        var sent = await SendAsync(new MarkNotificationsRead(id));
        return await AfterAsync(sent.Refusal, "La notification est marquée comme lue.");
    }

    public async Task<IActionResult> OnPostReadAllAsync()
    {
        var sent = await SendAsync(new MarkNotificationsRead(null));
        return await AfterAsync(sent.Refusal, "Toutes vos notifications sont marquées comme lues.");
    }

    /// <summary>How near the deadline is, today ("Échéance dans 7 jours"); a closed one is no longer urgent.</summary>
    public LocalizedString Headline(NotificationItem item) => item.Status != DeadlineStatus.Open
        ? Localizer["Échéance close"]
        : item.DaysLeft switch
        {
            0 => Localizer["Échéance aujourd'hui"],
            1 => Localizer["Échéance demain"],
            > 1 => Localizer["Échéance dans {0} jours", item.DaysLeft],
            -1 => Localizer["En retard d'un jour"],
            _ => Localizer["En retard de {0} jours", -item.DaysLeft],
        };

    /// <summary>Today or later, for an open deadline: shown in the warning style.</summary>
    public static bool IsUrgent(NotificationItem item) => item.Status == DeadlineStatus.Open && item.DaysLeft <= 0;

    public LocalizedString DueLine(NotificationItem item) => item.DueTime is { } time
        ? Localizer["Pour le {0} à {1}", Day(item.DueDate), time.ToString("HH:mm", CultureInfo.InvariantCulture)]
        : Localizer["Pour le {0}", Day(item.DueDate)];

    /// <summary>A day as the interface writes it (26/11/2026 in both languages).</summary>
    public static string Day(DateOnly day) => day.ToString("d", CultureInfo.CurrentCulture);

    /// <summary>The hub's day of an instant (a notification's date).</summary>
    public static string Day(DateTimeOffset moment) => Day(HubCalendar.DayOf(moment));

    private async Task<IActionResult> AfterAsync(IActionResult? refusal, string notice)
    {
        if (refusal is null)
        {
            Notice = notice;
            return RedirectToPage();
        }

        return refusal is PageResult ? await ShowAsync() : refusal;
    }

    private async Task<IActionResult> ShowAsync()
    {
        var sent = await SendAsync(new ListNotifications());
        if (!sent.Ok)
        {
            return sent.Refusal!;
        }

        Notifications = sent.Value!;
        return Page();
    }
}
