using Mediator;
using Remiv.Application.Psychology.Figures.Queries;
using Remiv.Domain.Security;
using Remiv.Web.Security;

namespace Remiv.Web.Api;

/// <summary>The figures of psychological follow-up over a period (counts only), for the coordination's reports.</summary>
internal static class PsychologyFigureEndpoints
{
    public static void MapPsychologyFigureEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/psychology/figures", async (ISender sender, CancellationToken ct, DateOnly? from = null, DateOnly? to = null) =>
                TypedResults.Ok(await sender.Send(new GetPsychologyFigures(from ?? default, to ?? default), ct)))
            .WithTags("Psychologie")
            .RequireAuthorization(PermissionPolicy.Name(Permission.ViewPsychologyFigures))
            .WithSummary("Les chiffres du suivi psychologique du jour from au jour to inclus (aaaa-mm-jj, jours de Paris, un an au plus) : séances "
                         + "tenues, jeune absent, annulées (par la psychologue, la coordination ou autre), prévues ; premières séances ; jeunes reçus ; "
                         + "attente entre la demande et la première séance (médiane, moyenne, en jours) ; interprètes par langue. Des nombres, aucun nom.");
    }
}
