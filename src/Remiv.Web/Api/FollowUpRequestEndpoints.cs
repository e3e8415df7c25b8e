using Mediator;
using Remiv.Application.Psychology.Requests.Commands;
using Remiv.Application.Psychology.Requests.Queries;
using Remiv.Domain.Psychology;
using Remiv.Domain.Security;
using Remiv.Web.Security;
using static Remiv.Web.Api.YouthEndpoints;

namespace Remiv.Web.Api;

/// <summary>
/// Requests for psychological follow-up and the waiting list. Identifiers come from the route only. Who sees which
/// request, and its reason (psychologists and the request's author), is decided by the use cases; the permissions
/// declared here answer 403 early.
/// </summary>
internal static class FollowUpRequestEndpoints
{
    public static void MapFollowUpRequestEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/youths/{youthId:guid}/psychology-requests", async (Guid youthId, RequestBody body, ISender sender, CancellationToken ct) =>
            {
                var id = await sender.Send(new RequestFollowUp(youthId, body.Urgency ?? default, body.Reason ?? string.Empty), ct);
                return TypedResults.Created($"/api/v1/youths/{youthId:D}/psychology-requests", new IdResponse(id));
            })
            .WithTags("Psychologie")
            .RequireAuthorization(PermissionPolicy.Name(Permission.RequestPsychologicalFollowUp))
            .WithSummary("Demander un suivi psychologique pour un jeune : urgence (Low, Normal, High, Urgent) et motif, lu par les psychologues. "
                         + "Une seule demande en attente à la fois par jeune.");
        api.MapGet("/youths/{youthId:guid}/psychology-requests", async (Guid youthId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListYouthRequests(youthId), ct)))
            .WithTags("Psychologie")
            .RequireAuthorization(PermissionPolicy.Name(Permission.ViewYouths))
            .WithSummary("Les demandes de suivi psychologique d'un jeune, la plus récente d'abord. Le motif n'est donné qu'aux psychologues "
                         + "et à l'auteur de la demande (chaque lecture est journalisée).");
        api.MapGet("/psychology/waiting-list", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListWaitingList(), ct)))
            .WithTags("Psychologie")
            .RequireAuthorization(PermissionPolicy.Name(Permission.ViewWaitingList))
            .WithSummary("La liste d'attente : les demandes en attente, la plus urgente puis la plus ancienne d'abord. Le motif pour les psychologues "
                         + "seulement (chaque lecture est journalisée) ; la coordination la voit sans les motifs.");
        var requests = api.MapGroup("/psychology-requests").WithTags("Psychologie");
        requests.MapPut("/{id:guid}/urgency", async (Guid id, UrgencyBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(new VersionResponse(await sender.Send(new ChangeRequestUrgency(id, body.ExpectedVersion, body.Urgency ?? default), ct))))
            .RequireAuthorization(PermissionPolicy.Name(Permission.RequestPsychologicalFollowUp))
            .WithSummary("Changer l'urgence d'une demande en attente, à partir de la version lue (expectedVersion).");
        requests.MapPost("/{id:guid}/withdraw", async (Guid id, WithdrawBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(new VersionResponse(await sender.Send(new WithdrawRequest(id, body.ExpectedVersion, body.Note ?? string.Empty), ct))))
            .RequireAuthorization(PermissionPolicy.Name(Permission.ViewYouths))
            .WithSummary("Retirer une demande de la liste d'attente, avec une note disant pourquoi : son auteur, la coordination ou un psychologue, "
                         + "à partir de la version lue (expectedVersion).");
    }

    internal sealed record RequestBody(RequestUrgency? Urgency = null, string? Reason = null);

    internal sealed record UrgencyBody(int ExpectedVersion, RequestUrgency? Urgency = null);

    internal sealed record WithdrawBody(int ExpectedVersion, string? Note = null);
}
