using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.DeadlinePresets.Commands;
using Remiv.Application.DeadlinePresets.Queries;
using Remiv.Application.Deadlines.Commands;
using Remiv.Application.Deadlines.Queries;
using Remiv.Domain.Deadlines;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;
using Remiv.Web.Security;
using static Remiv.Web.Api.YouthEndpoints;

namespace Remiv.Web.Api;

/// <summary>
/// Deadlines of the young people's files, and the presets (rules of law turned into data) that compute them.
/// Identifiers come from the route only. Which deadlines a caller sees and may change (the young person's follow-up group,
/// the track: psychological for psychologists alone) is decided by the use cases; the permissions declared here answer 403 early.
/// </summary>
internal static class DeadlineEndpoints
{
    public static void MapDeadlineEndpoints(this RouteGroupBuilder api)
    {
        var deadlines = api.MapGroup("/deadlines").WithTags("Échéances");
        deadlines.MapGet("/", ListAsync)
            .RequireAuthorization(PermissionPolicy.Name(Permission.ViewYouths))
            .WithSummary("Les échéances, la plus proche d'abord : celles dont je suis responsable (scope=Mine) ou, pour la coordination, toutes (scope=All) ; "
                         + "celles d'un jeune avec youthId. Les échéances closes avec includeClosed=true.");
        deadlines.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetDeadline(id), ct)))
            .RequireAuthorization(PermissionPolicy.Name(Permission.ViewYouths))
            .WithSummary("Une échéance : d'où elle vient (modèle, base légale), qui en est responsable, les rappels envoyés.");
        api.MapPost("/youths/{youthId:guid}/deadlines", async (Guid youthId, DeadlineBody body, ISender sender, CancellationToken ct) =>
            {
                var id = await sender.Send(body.ToCreate(youthId), ct);
                return TypedResults.Created($"/api/v1/deadlines/{id:D}", new IdResponse(id));
            })
            .WithTags("Échéances")
            .RequireAuthorization(PermissionPolicy.Name(Permission.ManageDeadlines))
            .WithSummary("Ajouter une échéance au dossier d'un jeune, à partir d'un modèle (la date est calculée, sauf si dueDate la remplace) ou à la main.");
        deadlines.MapPut("/{id:guid}", async (Guid id, DeadlineBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(new VersionResponse(await sender.Send(body.ToUpdate(id), ct))))
            .RequireAuthorization(PermissionPolicy.Name(Permission.ManageDeadlines))
            .WithSummary("Modifier une échéance ouverte, à partir de la version lue (expectedVersion). Une nouvelle date déplace ses rappels.");
        deadlines.MapPost("/{id:guid}/close", async (Guid id, CloseBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(new VersionResponse(await sender.Send(new CloseDeadline(id, body.ExpectedVersion, body.Outcome ?? default, body.Note), ct))))
            .RequireAuthorization(PermissionPolicy.Name(Permission.ManageDeadlines))
            .WithSummary("Clore une échéance : faite (Done), annulée (Cancelled) ou manquée (Missed), avec une note pour les deux dernières.");
        deadlines.MapPost("/{id:guid}/reopen", async (Guid id, ReopenBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(new VersionResponse(await sender.Send(new ReopenDeadline(id, body.ExpectedVersion), ct))))
            .RequireAuthorization(PermissionPolicy.Name(Permission.ManageDeadlines))
            .WithSummary("Rouvrir une échéance close par erreur ; ses rappels reprennent à partir d'aujourd'hui.");

        var presets = api.MapGroup("/deadline-presets").WithTags("Modèles d'échéance");
        presets.MapGet("/", async (ISender sender, CancellationToken ct, bool includeInactive = false) =>
                TypedResults.Ok(await sender.Send(new ListDeadlinePresets(includeInactive), ct)))
            .RequireAuthorization(PermissionPolicy.Name(Permission.ManageDeadlines))
            .WithSummary("Les modèles d'échéance par nom, avec leur base légale ; les modèles retirés avec includeInactive=true.");
        presets.MapGet("/{id:guid}", GetPresetAsync)
            .RequireAuthorization(PermissionPolicy.Name(Permission.ManageDeadlines))
            .WithSummary("Un modèle d'échéance, même retiré, avec sa version.");
        presets.MapPost("/", async (PresetBody body, ISender sender, CancellationToken ct) =>
            {
                var id = await sender.Send(body.ToCreate(), ct);
                return TypedResults.Created($"/api/v1/deadline-presets/{id:D}", new IdResponse(id));
            })
            .RequireAuthorization(PermissionPolicy.Name(Permission.ManageDeadlinePresets))
            .WithSummary("Ajouter un modèle d'échéance : événement de départ, délai en jours ou en mois, rappels, base légale.");
        presets.MapPut("/{id:guid}", async (Guid id, PresetChangeBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(new VersionResponse(await sender.Send(body.ToCommand(id), ct))))
            .RequireAuthorization(PermissionPolicy.Name(Permission.ManageDeadlinePresets))
            .WithSummary("Modifier ou retirer (isActive=false) un modèle, à partir de la version lue (expectedVersion). Les échéances déjà posées gardent leur date.");
        presets.MapGet("/{id:guid}/preview", async (Guid id, DateOnly eventDate, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new PreviewDeadline(id, eventDate), ct)))
            .RequireAuthorization(PermissionPolicy.Name(Permission.ManageDeadlines))
            .WithSummary("La date d'échéance qu'un modèle calcule à partir de la date de l'événement (eventDate=aaaa-mm-jj), avant d'enregistrer.");
    }

    private static async Task<Ok<DeadlineList>> ListAsync(
        ISender sender,
        CancellationToken ct,
        DeadlineScope scope = DeadlineScope.Mine,
        Guid? youthId = null,
        bool includeClosed = false,
        Guid? responsibleUserId = null) =>
        TypedResults.Ok(await sender.Send(new ListDeadlines(scope, youthId, includeClosed, responsibleUserId), ct));

    private static async Task<Ok<PresetItem>> GetPresetAsync(Guid id, ISender sender, CancellationToken ct)
    {
        var presets = await sender.Send(new ListDeadlinePresets(IncludeInactive: true), ct);
        return TypedResults.Ok(presets.FirstOrDefault(p => p.Id == id) ?? throw new NotFoundException());
    }

    /// <param name="EventDate">Required: the date of the event the deadline follows (a decision notified, a birthday...).</param>
    /// <param name="ExpectedVersion">Required to change a deadline (the version read); ignored when creating one.</param>
    internal sealed record DeadlineBody(
        DateOnly EventDate,
        int? ExpectedVersion = null,
        Guid? PresetId = null,
        Track? Track = null,
        DeadlineKind? Kind = null,
        string? Title = null,
        DeadlineEvent? StartEvent = null,
        DateOnly? DueDate = null,
        TimeOnly? DueTime = null,
        Guid? ResponsibleUserId = null,
        IReadOnlyList<int>? ReminderDays = null)
    {
        public CreateDeadline ToCreate(Guid youthId) =>
            new(youthId, PresetId, Track, Kind, Title, StartEvent, EventDate, DueDate, DueTime, ResponsibleUserId, ReminderDays);

        /// <summary>A change restates the whole deadline, from the version read.</summary>
        public UpdateDeadline ToUpdate(Guid deadlineId) =>
            new(deadlineId,
                ExpectedVersion ?? throw new RequestValidationException(nameof(ExpectedVersion), "Indiquez la version de l'échéance que vous modifiez (expectedVersion)."),
                PresetId, Track, Kind, Title, StartEvent, EventDate, DueDate, DueTime, ResponsibleUserId, ReminderDays);
    }

    internal sealed record CloseBody(int ExpectedVersion, DeadlineStatus? Outcome = null, string? Note = null);

    internal sealed record ReopenBody(int ExpectedVersion);

    /// <param name="OffsetAmount">Required: how many days or months from the event (0 on the day itself).</param>
    internal sealed record PresetBody(
        int OffsetAmount,
        string? Name = null,
        DeadlineKind? Kind = null,
        Track? Track = null,
        DeadlineEvent? StartEvent = null,
        OffsetUnit? OffsetUnit = null,
        OffsetDirection? OffsetDirection = null,
        IReadOnlyList<int>? ReminderDays = null,
        string? LegalBasis = null,
        bool ToConfirm = false)
    {
        public CreateDeadlinePreset ToCreate() => new(Name ?? string.Empty, Kind ?? default, Track ?? default, StartEvent ?? default, OffsetAmount,
            OffsetUnit ?? default, OffsetDirection ?? default, ReminderDays ?? Domain.Deadlines.ReminderDays.Default, LegalBasis ?? string.Empty, ToConfirm);
    }

    /// <param name="OffsetAmount">Required: a change restates the whole preset.</param>
    /// <param name="IsActive">Required: false withdraws the preset from the lists (the deadlines it computed stay).</param>
    internal sealed record PresetChangeBody(
        int ExpectedVersion,
        int OffsetAmount,
        bool IsActive,
        string? Name = null,
        DeadlineKind? Kind = null,
        Track? Track = null,
        DeadlineEvent? StartEvent = null,
        OffsetUnit? OffsetUnit = null,
        OffsetDirection? OffsetDirection = null,
        IReadOnlyList<int>? ReminderDays = null,
        string? LegalBasis = null,
        bool ToConfirm = false)
    {
        public UpdateDeadlinePreset ToCommand(Guid presetId) => new(presetId, ExpectedVersion, Name ?? string.Empty, Kind ?? default, Track ?? default,
            StartEvent ?? default, OffsetAmount, OffsetUnit ?? default, OffsetDirection ?? default, ReminderDays ?? Domain.Deadlines.ReminderDays.Default,
            LegalBasis ?? string.Empty, ToConfirm, IsActive);
    }
}
