using Mediator;
using Microsoft.AspNetCore.Mvc;
using Remiv.Application.Common.Security;
using Remiv.Application.Notifications.Queries;
using Remiv.Domain.Security;

namespace Remiv.Web.ViewComponents;

/// <summary>
/// The "Notifications" link of the menu, with the number of unread notifications, for staff only: anyone without
/// <see cref="Permission.UseStaffArea"/> (an anonymous visitor, an administrator) gets nothing, and no query is run.
/// One COUNT query per page. Counting is an ornament of every page, including the error page: if it fails (the
/// database is unreachable, say), the link is shown without its number and the failure is logged as an error, so
/// it is seen and fixed, not hidden; only a request the browser abandoned is let through as it is.
/// </summary>
public sealed partial class NotificationCounterViewComponent(ISender sender, ICurrentUser user, ILogger<NotificationCounterViewComponent> logger)
    : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (!user.Has(Permission.UseStaffArea))
        {
            return Content(string.Empty);
        }

        return View(new NotificationCounter(await CountAsync()));
    }

    private async Task<int?> CountAsync()
    {
        try
        {
            return await sender.Send(new CountUnreadNotifications(), HttpContext.RequestAborted);
        }
        catch (OperationCanceledException) when (HttpContext.RequestAborted.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Any failure must leave the page usable; it is logged as an error below, not hidden.
        catch (Exception failure)
#pragma warning restore CA1031
        {
            // The exception's type only, as the mediator's own log does: lower layers' messages may quote data.
            LogCountFailed(logger, failure.GetType().FullName ?? failure.GetType().Name);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The unread notifications could not be counted ({ExceptionType}); the menu shows the link without its number")]
    private static partial void LogCountFailed(ILogger logger, string exceptionType);
}

/// <summary>The unread count, or null when it could not be read.</summary>
public sealed record NotificationCounter(int? Unread);
