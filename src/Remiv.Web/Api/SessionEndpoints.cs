using Mediator;
using Remiv.Application.Psychology.Sessions.Commands;
using Remiv.Application.Psychology.Sessions.Queries;
using Remiv.Domain.Psychology;
using Remiv.Domain.Security;
using Remiv.Web.Security;
using static Remiv.Web.Api.YouthEndpoints;

namespace Remiv.Web.Api;

/// <summary>
/// Psychological sessions: booking without double booking, moving, cancelling, recording the outcome, and the sessions
/// one may see. Times are instants (ISO 8601 with offset); the psychologists' hours are Europe/Paris. Identifiers of the
/// session come from the route only; every change states the version read (expectedVersion). The permissions declared
/// here answer 403 early; the use cases decide who sees which session (404 otherwise) and for whom one books.
/// </summary>
internal static class SessionEndpoints
{
    public static void MapSessionEndpoints(this RouteGroupBuilder api)
    {
        var sessions = api.MapGroup("/psychology/sessions").WithTags("Séances");
        sessions.MapPost("/", async (BookBody body, ISender sender, CancellationToken ct) =>
            {
                var id = await sender.Send(new BookSession(body.YouthId ?? Guid.Empty, body.PsychologistId ?? Guid.Empty, body.RoomId ?? Guid.Empty, body.Start ?? default, body.End ?? default,
                    body.Kind ?? default, body.InterpreterLanguage, body.InterpreterBooking, body.RequestId), ct);
                return TypedResults.Created($"/api/v1/psychology/sessions/{id:D}", new IdResponse(id));
            })
            .RequireAuthorization(PermissionPolicy.Name(Permission.BookSessions))
            .WithSummary("Réserver une séance (jeune, psychologue, salle, début et fin, type First ou FollowUp, interprète facultatif, demande "
                         + "de la liste d'attente facultative) : dans les créneaux de la psychologue, sans chevauchement de la psychologue, de la salle "
                         + "ni du jeune. Une psychologue réserve pour elle-même ; la coordination pour toute psychologue.");
        sessions.MapGet("/", async (ISender sender, CancellationToken ct, DateTimeOffset? from = null, DateTimeOffset? to = null,
                    Guid? psychologistId = null, Guid? roomId = null, Guid? youthId = null) =>
                TypedResults.Ok(await sender.Send(new ListSessions(from ?? default, to ?? default, psychologistId, roomId, youthId), ct)))
            .RequireAuthorization(PermissionPolicy.Name(Permission.ViewSessions))
            .WithSummary("Les séances visibles qui touchent la période [from, to) (un an au plus), la plus tôt d'abord, annulées comprises ; "
                         + "filtres facultatifs psychologistId, roomId, youthId.");
        sessions.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetSession(id), ct)))
            .RequireAuthorization(PermissionPolicy.Name(Permission.ViewSessions))
            .WithSummary("Une séance visible, avec son historique (réservée, déplacée, annulée, tenue, jeune absent).");
        sessions.MapPut("/{id:guid}/schedule", async (Guid id, ScheduleBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(new VersionResponse(await sender.Send(
                    new RescheduleSession(id, body.ExpectedVersion, body.Start ?? default, body.End ?? default, body.RoomId ?? Guid.Empty), ct))))
            .RequireAuthorization(PermissionPolicy.Name(Permission.BookSessions))
            .WithSummary("Déplacer une séance prévue (début, fin, salle), avec les mêmes vérifications qu'à la réservation, à partir de la version lue.");
        sessions.MapPost("/{id:guid}/cancel", async (Guid id, CancelBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(new VersionResponse(await sender.Send(new CancelSession(id, body.ExpectedVersion, body.Reason ?? string.Empty), ct))))
            .RequireAuthorization(PermissionPolicy.Name(Permission.BookSessions))
            .WithSummary("Annuler une séance prévue, en disant pourquoi, à partir de la version lue.");
        sessions.MapPost("/{id:guid}/outcome", async (Guid id, OutcomeBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(new VersionResponse(await sender.Send(new RecordSessionOutcome(id, body.ExpectedVersion, body.Outcome ?? default), ct))))
            .RequireAuthorization(PermissionPolicy.Name(Permission.BookSessions))
            .WithSummary("Indiquer qu'une séance commencée a eu lieu (Held) ou que le jeune n'est pas venu (YouthAbsent), à partir de la version lue.");
    }

    internal sealed record BookBody(
        Guid? YouthId = null,
        Guid? PsychologistId = null,
        Guid? RoomId = null,
        DateTimeOffset? Start = null,
        DateTimeOffset? End = null,
        SessionKind? Kind = null,
        string? InterpreterLanguage = null,
        string? InterpreterBooking = null,
        Guid? RequestId = null);

    internal sealed record ScheduleBody(int ExpectedVersion, Guid? RoomId = null, DateTimeOffset? Start = null, DateTimeOffset? End = null);

    internal sealed record CancelBody(int ExpectedVersion, string? Reason = null);

    internal sealed record OutcomeBody(int ExpectedVersion, SessionStatus? Outcome = null);
}
