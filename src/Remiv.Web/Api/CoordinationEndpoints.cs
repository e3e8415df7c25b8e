using Mediator;
using Remiv.Application.Coordination.Queries;
using Remiv.Domain.Security;
using Remiv.Web.Security;

namespace Remiv.Web.Api;

/// <summary>The coordinators' dashboard (coordinators only): the same figures and lists as the /Coordination page.</summary>
internal static class CoordinationEndpoints
{
    public static void MapCoordinationEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/coordination/dashboard", async (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetCoordinationDashboard(), ct)))
            .WithTags("Coordination")
            .RequireAuthorization(PermissionPolicy.Name(Permission.ViewCoordinationDashboard))
            .WithSummary("Le tableau de bord de la coordination, au jour de Paris : dossiers ouverts par éducateur (référent, membre du groupe de suivi), "
                         + "jeunes qui auront 18 ans dans les 90 jours, échéances en retard (hors volet psychologique ; les 20 plus anciennes), "
                         + "demandes de suivi psychologique en attente (nombre et attente la plus longue, jamais le motif), dossiers ouverts "
                         + "sans entrée depuis 30 jours.");
    }
}
