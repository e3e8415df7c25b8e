using Hangfire;
using Hangfire.Dashboard;
using Remiv.Domain.Security;
using Remiv.Web.Security;

namespace Remiv.Web.Jobs;

/// <summary>
/// The Hangfire dashboard at /hangfire, for administrators: the endpoint requires <see cref="Permission.MonitorJobs"/>
/// by the same rule set as the pages (anonymous → sign-in page, other roles → 403). It is not read-only: an
/// administrator may retry or trigger a job, which is safe because every job is idempotent (unique keys in the app
/// database). It shows job names and counts, never case data, nor the storage's connection string.
/// </summary>
internal static class JobsDashboard
{
    public const string Path = "/hangfire";

    /// <summary>
    /// The dashboard's pages carry inline scripts and styles, which the app's policy forbids everywhere else. This
    /// policy is sent for /hangfire only, and keeps everything else (same origin only, no framing, no plug-ins).
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IEndpointConventionBuilder MapRemivJobsDashboard(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHangfireDashboardWithAuthorizationPolicy(PermissionPolicy.Name(Permission.MonitorJobs), Path, new DashboardOptions
        {
            AppPath = "/",
            DashboardTitle = "Remiv : tâches planifiées",
            DisplayStorageConnectionString = false,
            Authorization = [new TwoFactorReadyFilter()],
        });

    /// <summary>
    /// Relaxes the content security policy for the dashboard. Must come BEFORE <c>UseSecurityHeaders</c>: response-starting
    /// callbacks run in reverse order of registration, so this one runs after the app's and has the last word.
    /// </summary>
    public static IApplicationBuilder UseJobsDashboardContentSecurityPolicy(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(Path, StringComparison.OrdinalIgnoreCase))
            {
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
                    return Task.CompletedTask;
                });
            }

            await next();
        });

    /// <summary>An administrator who has not yet set up the required two-factor sign-in sees the dashboard no more than the pages.</summary>
    private sealed class TwoFactorReadyFilter : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => !TwoFactorSetupFilter.IsPending(context.GetHttpContext());
    }
}
