using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Psychology.Notes.Commands;
using Remiv.Application.Psychology.Notes.Queries;
using Remiv.Domain.Security;
using Remiv.Web.Security;

namespace Remiv.Web.Api;

/// <summary>
/// Confidential session notes, for psychologists only (403 for every other role). A note is read by its author, and by
/// the psychologists who see the session once the author shares it; to anyone else it is "not found", exactly as no note.
/// Each read is written to the audit log. Identifiers come from the route only.
/// </summary>
internal static class SessionNoteEndpoints
{
    public static void MapSessionNoteEndpoints(this RouteGroupBuilder api)
    {
        var notes = api.MapGroup("/psychology").WithTags("Notes de séance")
            .RequireAuthorization(PermissionPolicy.Name(Permission.KeepSessionNotes));
        notes.MapGet("/sessions/{id:guid}/note", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok((await sender.Send(new GetSessionNote(id), ct)).Note ?? throw new NotFoundException()))
            .WithSummary("La note d'une séance, si vous pouvez la lire : son autrice, ou une psychologue qui voit la séance quand la note est partagée "
                         + "avec l'équipe. Sinon 404, comme s'il n'y avait pas de note. Chaque lecture est journalisée.");
        notes.MapPut("/sessions/{id:guid}/note", WriteAsync)
            .WithSummary("Écrire la note d'une de vos séances (201), ou la modifier à partir de la version lue (expectedVersion, 200) : texte et "
                         + "partage avec l'équipe des psychologues (sharedWithTeam). Seule la psychologue de la séance écrit sa note ; pas de première "
                         + "note sur une séance annulée.");
        notes.MapGet("/youths/{youthId:guid}/notes", async (Guid youthId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListYouthSessionNotes(youthId), ct)))
            .WithSummary("Les notes de séance d'un jeune que vous pouvez lire, la séance la plus récente d'abord, et vos séances commencées "
                         + "sans note. Chaque lecture est journalisée.");
    }

    private static async Task<Results<Created<SavedNoteResponse>, Ok<SavedNoteResponse>>> WriteAsync(Guid id, NoteBody body, ISender sender, CancellationToken ct)
    {
        var saved = await sender.Send(new WriteSessionNote(id, body.ExpectedVersion, body.Text ?? string.Empty, body.SharedWithTeam ?? false), ct);
        var response = new SavedNoteResponse(saved.Id, saved.Version);
        return saved.Created ? TypedResults.Created($"/api/v1/psychology/sessions/{id:D}/note", response) : TypedResults.Ok(response);
    }

    internal sealed record NoteBody(int? ExpectedVersion = null, string? Text = null, bool? SharedWithTeam = null);

    internal sealed record SavedNoteResponse(Guid Id, int Version);
}
