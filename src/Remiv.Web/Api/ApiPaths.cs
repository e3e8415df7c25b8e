namespace Remiv.Web.Api;

/// <summary>Requests answered for programs (JSON, 401/403, ProblemDetails) rather than for people (pages, redirects).</summary>
internal static class ApiPaths
{
    public static bool Matches(PathString path) =>
        path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase);

    public static bool Matches(HttpContext context) => Matches(context.Request.Path);
}
