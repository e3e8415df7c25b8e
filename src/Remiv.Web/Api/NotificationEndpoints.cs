using Mediator;
using Remiv.Application.Notifications.Commands;
using Remiv.Application.Notifications.Queries;
using Remiv.Application.Reminders.Commands;
using Remiv.Application.Reminders.Queries;
using Remiv.Domain.Notifications;
using Remiv.Domain.Security;
using Remiv.Web.Security;

namespace Remiv.Web.Api;

/// <summary>
/// The signed-in user's in-app notifications (reminders of deadlines, news of psychological sessions) and how they hear
/// of them by email; for administrators, the emails that could not be sent. A notification is read from the deadline or
/// session as it stands, and only while its reader may still see it. Each item carries its kind: DeadlineReminder (with
/// deadlineId and the deadline's fields), or SessionTomorrow, SessionBooked, SessionMoved, SessionCancelled (with sessionId,
/// sessionStart, sessionEnd, roomName, sessionStatus).
/// </summary>
internal static class NotificationEndpoints
{
    public static void MapNotificationEndpoints(this RouteGroupBuilder api)
    {
        var notifications = api.MapGroup("/notifications").WithTags("Notifications")
            .RequireAuthorization(PermissionPolicy.Name(Permission.UseStaffArea));
        notifications.MapGet("/", async (ISender sender, CancellationToken ct, bool unreadOnly = false) =>
                TypedResults.Ok(await sender.Send(new ListNotifications(unreadOnly), ct)))
            .WithSummary("Mes notifications (rappels d'échéance, séances psychologiques du lendemain, prévues, déplacées ou annulées), de la plus récente à la plus ancienne (non lues seulement avec unreadOnly=true), et le nombre de non lues.");
        notifications.MapGet("/unread-count", async (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(new UnreadCountResponse(await sender.Send(new CountUnreadNotifications(), ct))))
            .WithSummary("Le nombre de mes notifications non lues.");
        notifications.MapPost("/{id:guid}/read", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(new MarkedResponse(await sender.Send(new MarkNotificationsRead(id), ct))))
            .WithSummary("Marquer une de mes notifications comme lue.");
        notifications.MapPost("/read-all", async (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(new MarkedResponse(await sender.Send(new MarkNotificationsRead(null), ct))))
            .WithSummary("Marquer toutes mes notifications comme lues.");

        var mode = api.MapGroup("/me/reminder-email-mode").WithTags("Compte")
            .RequireAuthorization(PermissionPolicy.Name(Permission.UseStaffArea));
        mode.MapGet("/", async (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(new EmailModeBody(await sender.Send(new GetReminderEmailMode(), ct))))
            .WithSummary("Comment je reçois les rappels par e-mail : un e-mail par rappel (EachReminder) ou un récapitulatif par jour (DailyDigest).");
        mode.MapPut("/", async (EmailModeBody body, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new SetReminderEmailMode(body.Mode ?? default), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Choisir un e-mail par rappel (EachReminder) ou un récapitulatif par jour (DailyDigest). Les rappels dans l'application arrivent toujours.");

        var failed = api.MapGroup("/admin/failed-emails").WithTags("Supervision")
            .RequireAuthorization(PermissionPolicy.Name(Permission.MonitorJobs));
        failed.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListFailedEmails(), ct)))
            .WithSummary("Les e-mails en échec et ceux qui sont en cours de nouvel essai (sans donnée des dossiers).");
        failed.MapPost("/{id:guid}/retry", async (Guid id, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new RetryEmail(id), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Renvoyer un e-mail en échec, à l'adresse actuelle du compte.");
    }

    internal sealed record UnreadCountResponse(int Unread);

    /// <param name="Marked">How many notifications were unread and are now read.</param>
    internal sealed record MarkedResponse(int Marked);

    internal sealed record EmailModeBody(ReminderEmailMode? Mode = null);
}
