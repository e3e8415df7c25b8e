using Mediator;
using Remiv.Application.Reports;
using Remiv.Application.Reports.Queries;
using Remiv.Domain.Security;
using Remiv.Web.Security;

namespace Remiv.Web.Api;

/// <summary>The activity report's figures and exports (coordinators only).</summary>
internal static class ReportEndpoints
{
    public static void MapReportEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/reports/activity", async (ISender sender, CancellationToken ct, DateOnly? from = null, DateOnly? to = null, string? template = null) =>
                TypedResults.Ok(await sender.Send(new GetActivityReport(from ?? default, to ?? default, template), ct)))
            .WithTags("Rapports")
            .RequireAuthorization(PermissionPolicy.Name(Permission.ViewActivityReport))
            .WithSummary("Le rapport d'activité du jour from au jour to inclus (aaaa-mm-jj, jours de Paris, 20 ans au plus), avec les tableaux du "
                         + "modèle template (voir /reports/templates ; full, le rapport complet, par défaut). Des nombres, jamais un nom. Chaque tableau "
                         + "a une clé, un titre, ses colonnes et ses lignes ; chaque valeur a number et isHidden : un nombre de 1 à 4 (ou qu'on "
                         + "pourrait retrouver par soustraction d'un total) est masqué, number vaut alors null, isHidden true et shown « < 5 » ; "
                         + "une médiane ou une moyenne calculée sur moins de 5 éléments est masquée de même. La lecture est inscrite au journal d'audit.");

        api.MapGet("/reports/templates", () => TypedResults.Ok(ReportTemplates.All))
            .WithTags("Rapports")
            .RequireAuthorization(PermissionPolicy.Name(Permission.ViewActivityReport))
            .WithSummary("Les modèles de rapport : le rapport complet (full) et celui de chaque financeur, avec leur titre et leurs tableaux dans l'ordre.");
    }
}
