namespace Remiv.Web.Api;

/// <summary>Workshops, their sessions and attendance (ViewWorkshops, ScheduleWorkshops, TakeAttendance).</summary>
internal static class WorkshopEndpoints
{
    public static void MapWorkshopEndpoints(this RouteGroupBuilder api)
    {
        _ = api;
    }
}
