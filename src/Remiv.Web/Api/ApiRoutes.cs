using Microsoft.Extensions.Localization;
using Remiv.Web.Security;

namespace Remiv.Web.Api;

internal static class ApiRoutes
{
    /// <summary>Everything under /api/v1: signed-in callers only (cookie or bearer token), except signing in itself.</summary>
    public static void MapRemivApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization();
        api.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (TwoFactorSetupFilter.IsPending(http))
            {
                var l = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
                return TypedResults.Problem(
                    title: l["Votre rôle exige la double authentification. Activez-la dans l'application web (Mon compte) avant d'utiliser l'API."],
                    statusCode: StatusCodes.Status403Forbidden);
            }

            return await next(context);
        });
        api.MapAuthEndpoints();
        api.MapUserEndpoints();
        api.MapYouthEndpoints();
        api.MapDeadlineEndpoints();
        api.MapNotificationEndpoints();
        api.MapFollowUpRequestEndpoints();
        api.MapPsychologyEndpoints();
        api.MapSessionEndpoints();
        api.MapCalendarFeedEndpoints(app).MapPsychologyFigureEndpoints();
        api.MapSessionNoteEndpoints();
        api.MapSummaryEndpoints();
        api.MapCoordinationEndpoints();
        api.MapWorkshopEndpoints();
        api.MapPartnerEndpoints();
        api.MapReportEndpoints();
        api.MapReportExportEndpoints();
    }
}
