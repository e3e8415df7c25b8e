using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Remiv.Application.Documents.Commands;
using Remiv.Application.Documents.Queries;
using Remiv.Application.Entries.Commands;
using Remiv.Application.Journal.Queries;
using Remiv.Application.Youths.Commands;
using Remiv.Application.Youths.Queries;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;
using Remiv.Web.Security;

namespace Remiv.Web.Api;

/// <summary>
/// Young people's files: search, identity and path, follow-up group, entries, documents, the day's journal.
/// Identifiers come from the route only (bodies carry none), so a body cannot aim at another file than the URL.
/// Which files and entries a caller sees is decided by the use cases; the permissions declared here answer 403 early.
/// Optional body fields left out reach the validators as empty, so that the problem names the field in French.
/// </summary>
internal static class YouthEndpoints
{
    public static void MapYouthEndpoints(this RouteGroupBuilder api)
    {
        var youths = api.MapGroup("/youths").WithTags("Jeunes")
            .RequireAuthorization(PermissionPolicy.Name(Permission.ViewYouths));
        youths.MapGet("/", SearchAsync)
            .WithSummary("Chercher des jeunes par nom (toutes orthographes), statut, volet, référent, tranche d'âge.");
        youths.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetYouthFile(id), ct)))
            .WithSummary("Le dossier d'un jeune, tel que l'utilisateur peut le voir (chaque ouverture est journalisée).");
        youths.MapPost("/", RegisterAsync)
            .RequireAuthorization(PermissionPolicy.Name(Permission.EditYouths))
            .WithSummary("Enregistrer un jeune. Si des doublons probables existent, rien n'est créé : renvoyer avec confirmedNotDuplicate=true.");
        youths.MapPut("/{id:guid}", async (Guid id, IdentityBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(new VersionResponse(await sender.Send(body.ToCommand(id), ct))))
            .RequireAuthorization(PermissionPolicy.Name(Permission.EditYouths))
            .WithSummary("Corriger l'identité, à partir de la version lue (expectedVersion).");
        youths.MapPost("/{id:guid}/status", async (Guid id, StatusBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(new VersionResponse(await sender.Send(
                    new RecordStatusChange(id, body.ExpectedVersion, body.Status ?? default, body.Date ?? default, body.Department, body.Note), ct))))
            .RequireAuthorization(PermissionPolicy.Name(Permission.EditYouths))
            .WithSummary("Enregistrer une étape datée du parcours (une sortie passe par /archive).");
        youths.MapPost("/{id:guid}/archive", async (Guid id, ArchiveBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(new VersionResponse(await sender.Send(
                    new ArchiveYouth(id, body.ExpectedVersion, body.Date ?? default, body.Reason, body.Kind ?? ExitReason.Other), ct))))
            .RequireAuthorization(PermissionPolicy.Name(Permission.ArchiveYouths))
            .WithSummary("Archiver le dossier d'un jeune qui quitte le REMIV (date, motif dans la liste kind, précisions reason : obligatoires pour Other).");
        youths.MapPost("/{id:guid}/aliases", async (Guid id, AliasBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(new VersionResponse(await sender.Send(new AddYouthAlias(id, body.ExpectedVersion, body.Name ?? string.Empty, body.Note), ct))))
            .RequireAuthorization(PermissionPolicy.Name(Permission.EditYouths))
            .WithSummary("Ajouter une autre orthographe du nom.");
        youths.MapPut("/{id:guid}/situations/{track}", async (Guid id, Track track, SituationBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(new VersionResponse(await sender.Send(new SetTrackSituation(id, body.ExpectedVersion, track, body.Summary ?? string.Empty), ct))))
            .WithSummary("La situation actuelle sur un volet (le volet psychologique est réservé aux psychologues).");
        youths.MapPost("/{id:guid}/group", async (Guid id, GroupBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(new VersionResponse(await sender.Send(
                    new ChangeFollowUpGroup(id, body.ExpectedVersion, body.StaffId ?? Guid.Empty, body.Change ?? default), ct))))
            .RequireAuthorization(PermissionPolicy.Name(Permission.ManageFollowUpGroups))
            .WithSummary("Ajouter ou retirer un membre du groupe de suivi, ou désigner le référent.");

        youths.MapGet("/{id:guid}/entries", async (Guid id, ISender sender, CancellationToken ct, Track? track = null, int page = 1, int pageSize = 20) =>
                TypedResults.Ok(await sender.Send(new GetYouthTimeline(id, track, page, pageSize), ct)))
            .WithTags("Suivi")
            .WithSummary("L'historique du jeune, du plus récent au plus ancien : les entrées que l'utilisateur peut lire.");
        youths.MapPost("/{id:guid}/entries", async (Guid id, EntryBody body, ISender sender, CancellationToken ct) =>
            {
                var entryId = await sender.Send(new WriteFollowUpEntry(id, body.SubmissionId ?? Guid.Empty, body.Date, body.Track ?? default, body.Kind ?? default,
                    body.Text ?? string.Empty, body.Partner, body.NextStep, body.Visibility ?? default), ct);
                return TypedResults.Created($"/api/v1/entries/{entryId:D}", new IdResponse(entryId));
            })
            .WithTags("Suivi")
            .WithSummary("Écrire une entrée de suivi. Renvoyer le même submissionId ne crée pas de seconde entrée.");
        api.MapPut("/entries/{entryId:guid}", async (Guid entryId, RevisionBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(new VersionResponse(await sender.Send(new ReviseFollowUpEntry(entryId, body.ExpectedVersion, body.Date, body.Track ?? default,
                    body.Kind ?? default, body.Text ?? string.Empty, body.Partner, body.NextStep, body.Visibility ?? default), ct))))
            .WithTags("Suivi")
            .RequireAuthorization(PermissionPolicy.Name(Permission.ViewYouths))
            .WithSummary("Son auteur corrige une entrée, à partir de la version lue (expectedVersion).");

        youths.MapGet("/{id:guid}/documents", DocumentsAsync)
            .WithTags("Documents")
            .RequireAuthorization(PermissionPolicy.Name(Permission.ViewCaseDetails))
            .WithSummary("La liste des documents du jeune et les fichiers déposés.");
        youths.MapPut("/{id:guid}/documents/{kind}", async (Guid id, DocumentKind kind, DocumentBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(new VersionResponse(await sender.Send(
                    new UpdateDocumentStatus(id, kind, body.Status ?? default, body.ExpiryDate, body.Note, body.ExpectedVersion), ct))))
            .WithTags("Documents")
            .RequireAuthorization(PermissionPolicy.Name(Permission.ManageDocuments))
            .WithSummary("Mettre à jour une ligne de la liste des documents (demandé, obtenu, expiré ; date d'expiration).");
        youths.MapPost("/{id:guid}/attachments", UploadAsync)
            .WithTags("Documents")
            .RequireAuthorization(PermissionPolicy.Name(Permission.ManageDocuments))
            // Bearer clients have no antiforgery token to send; cookie clients are covered by the session cookie's
            // SameSite=Strict, which another site's form cannot send.
            .DisableAntiforgery()
            .WithSummary("Déposer un document (multipart/form-data : file, kind) : PDF, JPEG ou PNG de 10 Mo au plus, chiffré au repos.");
        api.MapGet("/attachments/{attachmentId:guid}", async (Guid attachmentId, ISender sender, CancellationToken ct) =>
            {
                var download = await sender.Send(new DownloadAttachment(attachmentId), ct);
                return TypedResults.File(download.Content, download.ContentType, download.FileName);
            })
            .WithTags("Documents")
            .RequireAuthorization(PermissionPolicy.Name(Permission.ManageDocuments))
            .WithSummary("Télécharger un document déposé (chaque téléchargement est journalisé).");

        api.MapGet("/journal", async (ISender sender, CancellationToken ct, DateOnly? date = null) =>
                TypedResults.Ok(await sender.Send(new GetDailyJournal(date), ct)))
            .WithTags("Suivi")
            .RequireAuthorization(PermissionPolicy.Name(Permission.ViewYouths))
            .WithSummary("Le journal du jour : les entrées d'une journée, pour les jeunes que l'utilisateur suit.");
    }

    private static async Task<Ok<YouthSearchPage>> SearchAsync(
        ISender sender,
        CancellationToken ct,
        string? text = null,
        YouthStatus? status = null,
        Track? track = null,
        Guid? referentId = null,
        AgeBand? ageBand = null,
        bool includeArchived = false,
        int page = 1,
        int pageSize = 20) =>
        TypedResults.Ok(await sender.Send(new SearchYouths(text, status, track, referentId, ageBand, includeArchived, page, pageSize), ct));

    private static async Task<Results<Created<Registration>, Ok<Registration>>> RegisterAsync(RegistrationBody body, ISender sender, CancellationToken ct)
    {
        var registration = await sender.Send(body.ToCommand(), ct);
        return registration.YouthId is { } id
            ? TypedResults.Created($"/api/v1/youths/{id:D}", registration)
            : TypedResults.Ok(registration);
    }

    private static async Task<Results<Ok<DocumentsResponse>, ProblemHttpResult>> DocumentsAsync(
        Guid id, ISender sender, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var file = await sender.Send(new GetYouthFile(id), ct);
        return file.Case is { } details
            ? TypedResults.Ok(new DocumentsResponse(details.Documents, details.Attachments))
            : TypedResults.Problem(title: l["Vous n'avez pas accès à cette fonction."], statusCode: StatusCodes.Status403Forbidden);
    }

    private static async Task<Created<IdResponse>> UploadAsync(
        Guid id, [FromForm] IFormFile? file, [FromForm] DocumentKind? kind, ISender sender, CancellationToken ct)
    {
        await using var content = file?.OpenReadStream() ?? Stream.Null;
        var attachmentId = await sender.Send(new UploadAttachment(id, kind, file?.FileName ?? string.Empty, file?.Length ?? 0, content), ct);
        return TypedResults.Created($"/api/v1/attachments/{attachmentId:D}", new IdResponse(attachmentId));
    }

    internal sealed record VersionResponse(int Version);

    internal sealed record IdResponse(Guid Id);

    internal sealed record DocumentsResponse(IReadOnlyList<DocumentView> Documents, IReadOnlyList<AttachmentView> Attachments);

    internal sealed record RegistrationBody(
        string? FirstName = null,
        string? LastName = null,
        DateOnly? BirthDate = null,
        BirthDateStanding? BirthDateStanding = null,
        Sex Sex = Sex.Unknown,
        string? Nationality = null,
        IReadOnlyList<string>? Languages = null,
        bool InterpreterNeeded = false,
        string? Phone = null,
        DateOnly? ArrivalInFrance = null,
        string? ReferredBy = null,
        string? Accommodation = null,
        DateOnly? FirstContact = null,
        bool ConfirmedNotDuplicate = false)
    {
        public RegisterYouth ToCommand() => new(FirstName ?? string.Empty, LastName ?? string.Empty, BirthDate, BirthDateStanding ?? default, Sex, Nationality,
            Languages ?? [], InterpreterNeeded, Phone, ArrivalInFrance, ReferredBy, Accommodation, FirstContact, ConfirmedNotDuplicate);
    }

    internal sealed record IdentityBody(
        int ExpectedVersion,
        string? FirstName = null,
        string? LastName = null,
        DateOnly? BirthDate = null,
        BirthDateStanding? BirthDateStanding = null,
        Sex Sex = Sex.Unknown,
        string? Nationality = null,
        IReadOnlyList<string>? Languages = null,
        bool InterpreterNeeded = false,
        string? Phone = null,
        DateOnly? ArrivalInFrance = null,
        string? ReferredBy = null,
        string? Accommodation = null)
    {
        public UpdateYouthIdentity ToCommand(Guid youthId) => new(youthId, ExpectedVersion, FirstName ?? string.Empty, LastName ?? string.Empty, BirthDate,
            BirthDateStanding ?? default, Sex, Nationality, Languages ?? [], InterpreterNeeded, Phone, ArrivalInFrance, ReferredBy, Accommodation);
    }

    internal sealed record StatusBody(int ExpectedVersion, YouthStatus? Status = null, DateOnly? Date = null, string? Department = null, string? Note = null);

    internal sealed record ArchiveBody(int ExpectedVersion, DateOnly? Date = null, string? Reason = null, ExitReason? Kind = null);

    internal sealed record AliasBody(int ExpectedVersion, string? Name = null, string? Note = null);

    internal sealed record SituationBody(int ExpectedVersion, string? Summary = null);

    internal sealed record GroupBody(int ExpectedVersion, Guid? StaffId = null, GroupChange? Change = null);

    internal sealed record EntryBody(
        Guid? SubmissionId = null,
        DateOnly? Date = null,
        Track? Track = null,
        EntryKind? Kind = null,
        string? Text = null,
        string? Partner = null,
        string? NextStep = null,
        EntryVisibility? Visibility = null);

    /// <param name="Date">Required: a revision restates the whole entry.</param>
    internal sealed record RevisionBody(
        int ExpectedVersion,
        DateOnly Date,
        Track? Track = null,
        EntryKind? Kind = null,
        string? Text = null,
        string? Partner = null,
        string? NextStep = null,
        EntryVisibility? Visibility = null);

    internal sealed record DocumentBody(DocumentStatus? Status = null, DateOnly? ExpiryDate = null, string? Note = null, int? ExpectedVersion = null);
}
