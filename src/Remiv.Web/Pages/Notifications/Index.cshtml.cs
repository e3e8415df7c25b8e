using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Remiv.Application.Common;
using Remiv.Application.Notifications.Commands;
using Remiv.Application.Notifications.Queries;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Notifications;
using Remiv.Domain.Psychology;
using Remiv.Domain.Security;
using Remiv.Web.Pages.Psychologie.Seances;
using Remiv.Web.Security;

namespace Remiv.Web.Pages.Notifications;

/// <summary>
/// The signed-in staff member's notifications, newest first: reminders of deadlines and news of psychological sessions
/// (tomorrow's, booked, moved, cancelled), as the deadlines and sessions stand now (closed, moved, cancelled) and only
/// those they may still see; each can be marked as read, or all at once. A session's notice says when and where, never why.
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

    /// <summary>
    /// For a deadline, how near it is today ("Échéance dans 7 jours"); a closed one is no longer urgent. For a session, what
    /// the notice said (booked, moved, cancelled) or, for the day-before reminder, how near it is today.
    /// </summary>
    public LocalizedString Headline(NotificationItem item) => item.SessionId is not null
        ? item.Kind switch
        {
            NotificationKind.SessionBooked => Localizer["Séance prévue"],
            NotificationKind.SessionMoved => Localizer["Séance déplacée"],
            NotificationKind.SessionCancelled => Localizer["Séance annulée"],
            _ => item.DaysLeft switch
            {
                0 => Localizer["Séance aujourd'hui"],
                1 => Localizer["Séance demain"],
                > 1 => Localizer["Séance dans {0} jours", item.DaysLeft],
                _ => Localizer["Séance passée"],
            },
        }
        : item.Status != DeadlineStatus.Open
        ? Localizer["Échéance close"]
        : item.DaysLeft switch
        {
            0 => Localizer["Échéance aujourd'hui"],
            1 => Localizer["Échéance demain"],
            > 1 => Localizer["Échéance dans {0} jours", item.DaysLeft],
            -1 => Localizer["En retard d'un jour"],
            _ => Localizer["En retard de {0} jours", -item.DaysLeft],
        };

    /// <summary>
    /// Shown in the warning style: an open deadline due today or later; a planned session today or tomorrow, or the
    /// cancellation of one (someone may have to warn the young person or the interpreter).
    /// </summary>
    public static bool IsUrgent(NotificationItem item) => item.SessionId is null
        ? item.Status == DeadlineStatus.Open && item.DaysLeft <= 0
        : item.DaysLeft is 0 or 1 && (item.SessionStatus == SessionStatus.Planned || item.Kind == NotificationKind.SessionCancelled);

    /// <summary>"Séance psychologique du 12/03/2027, 10:00–11:00" (Paris time).</summary>
    public LocalizedString SessionLine(NotificationItem item) =>
        Localizer["Séance psychologique du {0}, {1}", Day(item.DueDate), SessionText.Hours(item.SessionStart!.Value, item.SessionEnd!.Value)];

    /// <summary>What changed since a session's notice: cancelled or moved since (null when nothing did).</summary>
    public LocalizedString? SessionChange(NotificationItem item) =>
        item.SessionStatus == SessionStatus.Cancelled && item.Kind != NotificationKind.SessionCancelled ? Localizer["Cette séance a été annulée depuis."]
        : item.Moved ? Localizer["Cette séance a été déplacée depuis."]
        : null;

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
