using Mediator;
using Remiv.Application.Common;
using Remiv.Application.Workshops.Commands;
using Remiv.Application.Workshops.Queries;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;
using Remiv.Web.Security;
using static Remiv.Web.Api.YouthEndpoints;

namespace Remiv.Web.Api;

/// <summary>
/// Workshops, their sessions and attendance (ViewWorkshops, ScheduleWorkshops, TakeAttendance; kinds: ManageWorkshopKinds).
/// Days are ISO dates and hours Paris wall-clock times ("14:00:00"); every change states the version read (expectedVersion).
/// Names never travel in an address: the attendance search is a POST.
/// </summary>
internal static class WorkshopEndpoints
{
    public static void MapWorkshopEndpoints(this RouteGroupBuilder api)
    {
        var workshops = api.MapGroup("/workshops").WithTags("Ateliers");

        workshops.MapGet("/kinds", async (ISender sender, CancellationToken ct, bool includeRetired = false) =>
                TypedResults.Ok(await sender.Send(new ListWorkshopKinds(includeRetired), ct)))
            .RequireAuthorization(PermissionPolicy.Name(Permission.ViewWorkshops))
            .WithSummary("Les types d'atelier proposés, par nom ; les types retirés aussi avec includeRetired=true.");
        workshops.MapPost("/kinds", async (KindBody body, ISender sender, CancellationToken ct) =>
            {
                var id = await sender.Send(new CreateWorkshopKind(body.Name ?? string.Empty, body.Track ?? default), ct);
                return TypedResults.Created($"/api/v1/workshops/kinds/{id:D}", new IdResponse(id));
            })
            .RequireAuthorization(PermissionPolicy.Name(Permission.ManageWorkshopKinds))
            .WithSummary("Ajouter un type d'atelier (nom unique, volet autre que psychologique).");
        workshops.MapPut("/kinds/{id:guid}", async (Guid id, KindUpdateBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(new VersionResponse(await sender.Send(
                    new UpdateWorkshopKind(id, body.ExpectedVersion, body.Name ?? string.Empty, body.Track ?? default, body.IsActive ?? true), ct))))
            .RequireAuthorization(PermissionPolicy.Name(Permission.ManageWorkshopKinds))
            .WithSummary("Renommer un type d'atelier, changer son volet, le retirer (isActive false) ou le proposer de nouveau, à partir de la version lue.");

        var sessions = workshops.MapGroup("/sessions");
        sessions.MapGet("/", async (ISender sender, TimeProvider clock, CancellationToken ct, DateOnly? from = null, DateOnly? to = null, Guid? kindId = null) =>
            {
                var start = from ?? clock.Today();
                var end = to ?? (start < ListWorkshopSessionsValidator.Latest ? start.AddDays(6) : start);
                return TypedResults.Ok(await sender.Send(new ListWorkshopSessions(start, end, kindId), ct));
            })
            .RequireAuthorization(PermissionPolicy.Name(Permission.ViewWorkshops))
            .WithSummary("Les séances du jour from au jour to compris (un an au plus ; par défaut les 7 jours à partir d'aujourd'hui), "
                         + "la plus tôt d'abord ; filtre facultatif kindId.");
        sessions.MapPost("/", async (SessionBody body, ISender sender, CancellationToken ct) =>
            {
                var id = await sender.Send(new PlanWorkshopSession(body.KindId ?? Guid.Empty, body.Title, body.Date ?? default, body.Start ?? default,
                    body.End ?? default, body.Place, body.FacilitatorUserId, body.FacilitatorPartnerId, body.FacilitatorName), ct);
                return TypedResults.Created($"/api/v1/workshops/sessions/{id:D}", new IdResponse(id));
            })
            .RequireAuthorization(PermissionPolicy.Name(Permission.ScheduleWorkshops))
            .WithSummary("Prévoir une séance : type proposé, thème facultatif, jour, début et fin (heure de Paris), lieu, "
                         + "animée par un membre de l'équipe (facilitatorUserId) ou par un partenaire (facilitatorPartnerId, facilitatorName facultatif).");
        sessions.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetWorkshopSession(id), ct)))
            .RequireAuthorization(PermissionPolicy.Name(Permission.ViewWorkshops))
            .WithSummary("Une séance : type, jour, heures, lieu, animation et nombre de présents.");
        sessions.MapPut("/{id:guid}", async (Guid id, SessionUpdateBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(new VersionResponse(await sender.Send(new UpdateWorkshopSession(id, body.ExpectedVersion, body.KindId ?? Guid.Empty, body.Title,
                    body.Date ?? default, body.Start ?? default, body.End ?? default, body.Place, body.FacilitatorUserId, body.FacilitatorPartnerId,
                    body.FacilitatorName), ct))))
            .RequireAuthorization(PermissionPolicy.Name(Permission.ScheduleWorkshops))
            .WithSummary("Modifier une séance (mêmes champs qu'à la création), à partir de la version lue.");
        sessions.MapGet("/{id:guid}/attendance", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetAttendanceSheet(id), ct)))
            .RequireAuthorization(PermissionPolicy.Name(Permission.TakeAttendance))
            .WithSummary("La feuille de présence : les présents et les habitués (dossier ouvert, venus à un atelier du même type dans les 8 semaines), "
                         + "noms seulement, avec canOpenFile quand le dossier vous est ouvert.");
        sessions.MapPost("/{id:guid}/attendance/search", async (Guid id, SearchBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetAttendanceSheet(id, body.Text ?? string.Empty, body.Include), ct)))
            .RequireAuthorization(PermissionPolicy.Name(Permission.TakeAttendance))
            .WithSummary("La feuille de présence et, dans found, les jeunes au dossier ouvert dont le nom correspond à text (toute orthographe).");
        // A missing youthIds is refused (by the validator), never read as "nobody came".
        sessions.MapPut("/{id:guid}/attendance", async (Guid id, AttendanceBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(new VersionResponse(await sender.Send(new RecordWorkshopAttendance(id, body.ExpectedVersion, body.YouthIds!), ct))))
            .RequireAuthorization(PermissionPolicy.Name(Permission.TakeAttendance))
            .WithSummary("Enregistrer les présents (youthIds : la liste complète), à partir de la version lue ; le jour de la séance ou après, "
                         + "jamais un dossier archivé ajouté.");
    }

    internal sealed record KindBody(string? Name = null, Track? Track = null);

    internal sealed record KindUpdateBody(int ExpectedVersion, string? Name = null, Track? Track = null, bool? IsActive = null);

    internal sealed record SessionBody(
        Guid? KindId = null,
        string? Title = null,
        DateOnly? Date = null,
        TimeOnly? Start = null,
        TimeOnly? End = null,
        string? Place = null,
        Guid? FacilitatorUserId = null,
        Guid? FacilitatorPartnerId = null,
        string? FacilitatorName = null);

    internal sealed record SessionUpdateBody(
        int ExpectedVersion,
        Guid? KindId = null,
        string? Title = null,
        DateOnly? Date = null,
        TimeOnly? Start = null,
        TimeOnly? End = null,
        string? Place = null,
        Guid? FacilitatorUserId = null,
        Guid? FacilitatorPartnerId = null,
        string? FacilitatorName = null);

    internal sealed record SearchBody(string? Text = null, IReadOnlyList<Guid>? Include = null);

    internal sealed record AttendanceBody(int ExpectedVersion, IReadOnlyList<Guid>? YouthIds = null);
}
