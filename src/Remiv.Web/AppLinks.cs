using Remiv.Application.Common.Interfaces;

namespace Remiv.Web;

/// <summary>
/// Absolute links for emails, built on App:PublicBaseUrl (appsettings.json: http://localhost:5080/, the address of
/// <c>dotnet run</c>; a deployment sets its public address).
/// <para>
/// The setting wins even during a request: an email's link must not depend on who happened to trigger it (a job has no
/// request at all), on an internal address behind a reverse proxy, nor on a Host header that anyone can forge (the
/// app accepts any host), which would otherwise put a stranger's address into an invitation. The current request's
/// address is only a fallback when the setting has been emptied on purpose; with neither, the default address is used,
/// so that a job never fails for want of a request.
/// </para>
/// </summary>
internal sealed class AppLinks(IConfiguration configuration, IHttpContextAccessor accessor) : IAppLinks
{
    public const string SettingKey = "App:PublicBaseUrl";

    /// <summary>Where <c>dotnet run</c> serves the app (launchSettings.json, README).</summary>
    public static readonly Uri DefaultBaseUri = new("http://localhost:5080/");

    public Uri Invitation(Guid userId, string token) =>
        new(BaseUri(), $"Invitation?u={userId:D}&t={Uri.EscapeDataString(token)}");

    public Uri Deadline(Guid deadlineId) => new(BaseUri(), $"Echeances/{deadlineId:D}");

    public Uri Notifications() => new(BaseUri(), "Notifications");

    public Uri Session(Guid sessionId) => new(BaseUri(), $"Psychologie/Seances/{sessionId:D}");

    public Uri CalendarFeed(string token) => new(BaseUri(), $"calendrier/{Uri.EscapeDataString(token)}.ics");

    /// <summary>True when links would point to localhost (the default): fine on a developer's machine, not in a deployment.</summary>
    public static bool PointsToThisMachine(IConfiguration configuration) => Configured(configuration) is not { } uri || uri.IsLoopback;

    private static Uri? Configured(IConfiguration configuration) =>
        configuration[SettingKey] is { } value && !string.IsNullOrWhiteSpace(value)
            ? new Uri(value.EndsWith('/') ? value : value + "/")
            : null;

    private Uri BaseUri()
    {
        if (Configured(configuration) is { } configured)
        {
            return configured;
        }

        return accessor.HttpContext?.Request is { } request
            ? new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/")
            : DefaultBaseUri;
    }
}
