using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Psychology.Availability;
using Remiv.Application.Psychology.Availability.Commands;
using Remiv.Application.Psychology.Availability.Queries;
using Remiv.Application.Psychology.Rooms.Commands;
using Remiv.Application.Psychology.Rooms.Queries;
using Remiv.Domain.Security;
using Remiv.Web.Security;
using static Remiv.Web.Api.YouthEndpoints;

namespace Remiv.Web.Api;

/// <summary>
/// The hub's rooms, the psychologists' profiles and hours (read by coordinators and psychologists), and each psychologist's
/// own profile, weekly slots and absences under /me. Identifiers come from the route only; every change of a schedule
/// states the version read (expectedVersion, 0 before anything was saved). The permissions declared here answer 403 early;
/// the use cases decide the same again.
/// </summary>
internal static class PsychologyEndpoints
{
    public static void MapPsychologyEndpoints(this RouteGroupBuilder api)
    {
        var rooms = api.MapGroup("/rooms").WithTags("Salles");
        rooms.MapGet("/", async (ISender sender, CancellationToken ct, bool includeInactive = false) =>
                TypedResults.Ok(await sender.Send(new ListRooms(includeInactive), ct)))
            .RequireAuthorization(PermissionPolicy.Name(Permission.ViewPsychologistAvailability))
            .WithSummary("Les salles où les psychologues reçoivent, par nom : celles en service, et les salles retirées avec includeInactive=true.");
        rooms.MapGet("/{id:guid}", GetRoomAsync)
            .RequireAuthorization(PermissionPolicy.Name(Permission.ViewPsychologistAvailability))
            .WithSummary("Une salle, même retirée, avec sa version.");
        rooms.MapPost("/", async (RoomBody body, ISender sender, CancellationToken ct) =>
            {
                var id = await sender.Send(new CreateRoom(body.Name ?? string.Empty, body.Note), ct);
                return TypedResults.Created($"/api/v1/rooms/{id:D}", new IdResponse(id));
            })
            .RequireAuthorization(PermissionPolicy.Name(Permission.ManageRooms))
            .WithSummary("Ajouter une salle (nom unique, note facultative).");
        rooms.MapPut("/{id:guid}", async (Guid id, RoomChangeBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(new VersionResponse(await sender.Send(body.ToCommand(id), ct))))
            .RequireAuthorization(PermissionPolicy.Name(Permission.ManageRooms))
            .WithSummary("Renommer une salle, changer sa note, la retirer (isActive=false) ou la remettre en service, à partir de la version lue (expectedVersion).");

        api.MapGet("/psychologists", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListPsychologists(), ct)))
            .WithTags("Psychologues")
            .RequireAuthorization(PermissionPolicy.Name(Permission.ViewPsychologistAvailability))
            .WithSummary("Les psychologues actifs, par nom : langues (codes ISO 639), approches, créneaux de la semaine (heures de Paris, du lundi au dimanche), absences à venir.");

        var profile = api.MapGroup("/me/psychologist-profile").WithTags("Psychologues")
            .RequireAuthorization(PermissionPolicy.Name(Permission.ManageOwnAvailability));
        profile.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetMySchedule(), ct)))
            .WithSummary("Mon profil de psychologue : langues, approches, créneaux, absences à venir (avec leur motif) et la version (0 tant que rien n'est enregistré).");
        profile.MapPut("/", async (ProfileBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(new VersionResponse(await sender.Send(
                    new SetMyProfile(Version(body.ExpectedVersion), body.Languages ?? [], body.Approaches), ct))))
            .WithSummary("Mes langues de séance sans interprète (codes ISO 639, ceux des dossiers des jeunes) et mes approches, à partir de la version lue (expectedVersion).");

        var availability = api.MapGroup("/me/availability").WithTags("Psychologues")
            .RequireAuthorization(PermissionPolicy.Name(Permission.ManageOwnAvailability));
        availability.MapPost("/slots", async (SlotBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Created((string?)null, await sender.Send(new AddMySlot(Version(body.ExpectedVersion), body.Day, body.Start, body.End), ct)))
            .WithSummary("Ajouter un créneau hebdomadaire (day=Monday..Sunday, start et end en hh:mm, heures de Paris), à partir de la version lue. Renvoie son id et la nouvelle version.");
        availability.MapDelete("/slots/{id:guid}", async (Guid id, ISender sender, CancellationToken ct, int? expectedVersion = null) =>
                TypedResults.Ok(new VersionResponse(await sender.Send(new RemoveMySlot(Version(expectedVersion), id), ct))))
            .WithSummary("Supprimer un de mes créneaux, à partir de la version lue (?expectedVersion=).");
        availability.MapPost("/absences", async (AbsenceBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Created((string?)null, await sender.Send(new AddMyAbsence(Version(body.ExpectedVersion), body.From, body.To, body.Reason), ct)))
            .WithSummary("Ajouter une absence (from et to inclus, aaaa-mm-jj ; motif visible par moi seul), à partir de la version lue. Renvoie son id et la nouvelle version.");
        availability.MapDelete("/absences/{id:guid}", async (Guid id, ISender sender, CancellationToken ct, int? expectedVersion = null) =>
                TypedResults.Ok(new VersionResponse(await sender.Send(new RemoveMyAbsence(Version(expectedVersion), id), ct))))
            .WithSummary("Supprimer une de mes absences, à partir de la version lue (?expectedVersion=).");
    }

    private static async Task<Ok<RoomItem>> GetRoomAsync(Guid id, ISender sender, CancellationToken ct)
    {
        var rooms = await sender.Send(new ListRooms(IncludeInactive: true), ct);
        return TypedResults.Ok(rooms.FirstOrDefault(r => r.Id == id) ?? throw new NotFoundException());
    }

    /// <summary>Every change of a schedule states the version read: 0 before anything was saved.</summary>
    private static int Version(int? expectedVersion) =>
        expectedVersion ?? throw new RequestValidationException("ExpectedVersion",
            "Indiquez la version de vos disponibilités que vous modifiez (expectedVersion, 0 avant le premier enregistrement).");

    internal sealed record RoomBody(string? Name = null, string? Note = null);

    /// <param name="IsActive">Required: false withdraws the room (no more sessions there), true keeps it or puts it back in service.</param>
    internal sealed record RoomChangeBody(bool IsActive, int? ExpectedVersion = null, string? Name = null, string? Note = null)
    {
        public UpdateRoom ToCommand(Guid roomId) => new(
            roomId,
            ExpectedVersion ?? throw new RequestValidationException(nameof(ExpectedVersion), "Indiquez la version de la salle que vous modifiez (expectedVersion)."),
            Name ?? string.Empty,
            Note,
            IsActive);
    }

    internal sealed record ProfileBody(int? ExpectedVersion = null, IReadOnlyList<string>? Languages = null, string? Approaches = null);

    internal sealed record SlotBody(int? ExpectedVersion = null, DayOfWeek? Day = null, TimeOnly? Start = null, TimeOnly? End = null);

    internal sealed record AbsenceBody(int? ExpectedVersion = null, DateOnly? From = null, DateOnly? To = null, string? Reason = null);
}
