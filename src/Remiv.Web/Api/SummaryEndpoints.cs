using Mediator;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Documents.Summaries.Commands;
using Remiv.Application.Documents.Summaries.Queries;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;
using Remiv.Web.Security;
using static Remiv.Web.Api.YouthEndpoints;

namespace Remiv.Web.Api;

/// <summary>
/// Case summaries (PDF) and batches of them (a zip built in the background, kept 24 hours, for its requester only). A
/// summary holds what the caller may see of the file (the same use case as the page); the psychological track only in a
/// psychologist's own summary. Every generation and download is audited. Bad input answers a ProblemDetails.
/// </summary>
internal static class SummaryEndpoints
{
    public static void MapSummaryEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/youths/{id:guid}/summary", async (Guid id, ISender sender, CancellationToken ct, string? tracks = null, DateOnly? from = null, DateOnly? to = null) =>
            {
                var document = await sender.Send(new GenerateCaseSummary(id, ParseTracks(tracks), from, to), ct);
                return TypedResults.File(document.Content, document.ContentType, document.FileName);
            })
            .WithTags("Synthèses")
            .RequireAuthorization(PermissionPolicy.Name(Permission.GenerateCaseSummaries))
            .WithSummary("La synthèse de situation d'un jeune (PDF) : tracks=Legal,Health (par défaut tous les volets que l'on peut lire), "
                         + "from et to (aaaa-mm-jj, par défaut les six derniers mois ; dix ans au plus). Chaque génération est journalisée.");

        var batches = api.MapGroup("/summary-batches").WithTags("Synthèses")
            .RequireAuthorization(PermissionPolicy.Name(Permission.GenerateSummaryBatches));
        batches.MapPost("/", async (BatchBody body, ISender sender, CancellationToken ct) =>
            {
                var id = await sender.Send(new RequestSummaryBatch(body.YouthIds ?? [], body.Tracks, body.From, body.To), ct);
                return TypedResults.Accepted($"/api/v1/summary-batches/{id:D}", new IdResponse(id));
            })
            .WithSummary("Lancer la préparation des synthèses de plusieurs jeunes (200 au plus, tous parmi les dossiers que l'on peut consulter) "
                         + "en un fichier zip : 202 avec l'identifiant de la série, à suivre sur /summary-batches/{id}.");
        batches.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListMySummaryBatches(), ct)))
            .WithSummary("Mes séries de synthèses, la plus récente d'abord.");
        batches.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetSummaryBatch(id), ct)))
            .WithSummary("Où en est une de mes séries : statut (Queued, Running, Ready, Failed, Expired), avancement (done / total), date de suppression du fichier.");
        batches.MapGet("/{id:guid}/file", async (Guid id, ISender sender, CancellationToken ct) =>
            {
                var download = await sender.Send(new DownloadSummaryBatch(id), ct);
                return TypedResults.File(download.Content, download.ContentType, download.FileName);
            })
            .WithSummary("Télécharger le zip d'une de mes séries prêtes (supprimé 24 h après) ; chaque téléchargement est journalisé.");
    }

    /// <summary>"Legal,Health" → the tracks (names, any case); empty → null (every track one may read); anything else is refused.</summary>
    internal static IReadOnlyList<Track>? ParseTracks(string? tracks)
    {
        if (string.IsNullOrWhiteSpace(tracks))
        {
            return null;
        }

        var parsed = new List<Track>();
        foreach (var name in tracks.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!char.IsAsciiLetter(name[0]) || !Enum.TryParse<Track>(name, ignoreCase: true, out var track) || !Enum.IsDefined(track))
            {
                throw new RequestValidationException(nameof(GenerateCaseSummary.Tracks), "Ce volet n'existe pas.");
            }

            parsed.Add(track);
        }

        return parsed;
    }

    internal sealed record BatchBody(IReadOnlyList<Guid>? YouthIds = null, IReadOnlyList<Track>? Tracks = null, DateOnly? From = null, DateOnly? To = null);
}
