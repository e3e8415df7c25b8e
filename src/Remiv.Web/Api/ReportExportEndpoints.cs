using Mediator;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Reports.Exports;
using Remiv.Application.Reports.Exports.Commands;
using Remiv.Application.Reports.Exports.Queries;
using Remiv.Domain.Reports;
using Remiv.Domain.Security;
using Remiv.Web.Security;
using static Remiv.Web.Api.YouthEndpoints;

namespace Remiv.Web.Api;

/// <summary>
/// Exports of the activity report (coordinators only): a file made at once for a period of 366 days at most, or prepared
/// in the background for any period up to 20 years (kept 24 hours, for its requester only). Aggregates only; every
/// export is audited. Bad input (period, template, format) answers a ProblemDetails, and nothing is queued.
/// </summary>
internal static class ReportExportEndpoints
{
    public static void MapReportExportEndpoints(this RouteGroupBuilder api)
    {
        var reports = api.MapGroup("/reports/activity").WithTags("Rapport d'activité")
            .RequireAuthorization(PermissionPolicy.Name(Permission.ExportActivityReport));
        reports.MapGet("/export", async (ISender sender, CancellationToken ct, DateOnly? from = null, DateOnly? to = null, string? template = null, string? format = null) =>
            {
                var file = await sender.Send(new ExportActivityReport(from ?? default, to ?? default, template, Format(format)), ct);
                return TypedResults.File(file.Content, file.ContentType, file.FileName);
            })
            .WithSummary("Le rapport d'activité en fichier, tout de suite : from et to (aaaa-mm-jj, 366 jours au plus), template (code du modèle, "
                         + "par défaut le rapport complet), format=pdf, xlsx ou csv (CSV : UTF-8 avec BOM, séparateur « ; »). Chaque export est journalisé.");

        var exports = reports.MapGroup("/exports");
        exports.MapPost("/", async (ExportBody body, ISender sender, CancellationToken ct) =>
            {
                var id = await sender.Send(new RequestReportExport(body.From ?? default, body.To ?? default, body.Template, Format(body.Format)), ct);
                return TypedResults.Accepted($"/api/v1/reports/activity/exports/{id:D}", new IdResponse(id));
            })
            .WithSummary("Préparer le rapport en arrière-plan (toute période de 20 ans au plus) : 202 avec l'identifiant, à suivre sur /reports/activity/exports/{id}.");
        exports.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetReportExport(id), ct)))
            .WithSummary("Où en est un de mes exports : statut (Queued, Running, Ready, Failed, Expired), avancement (done / total), date de suppression du fichier.");
        exports.MapGet("/{id:guid}/file", async (Guid id, ISender sender, CancellationToken ct) =>
            {
                var download = await sender.Send(new DownloadReportExport(id), ct);
                return TypedResults.File(download.Content, download.ContentType, download.FileName);
            })
            .WithSummary("Télécharger le fichier d'un de mes exports prêts (supprimé 24 h après) ; chaque téléchargement est journalisé.");
    }

    /// <summary>"pdf", "xlsx" or "csv" (any case); anything else, or nothing, is refused.</summary>
    private static ReportFormat Format(string? format) =>
        ReportTexts.ParseFormat(format) ?? throw new RequestValidationException("Format", ReportExportScopeRules<ExportActivityReport>.FormatRefused);

    internal sealed record ExportBody(DateOnly? From = null, DateOnly? To = null, string? Template = null, string? Format = null);
}
