namespace Remiv.Web.Api;

/// <summary>The activity report's figures and exports (coordinators only).</summary>
internal static class ReportEndpoints
{
    public static void MapReportEndpoints(this RouteGroupBuilder api)
    {
        _ = api;
    }
}
