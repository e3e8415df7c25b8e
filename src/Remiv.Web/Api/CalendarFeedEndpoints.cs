using Mediator;
using Microsoft.Net.Http.Headers;
using Remiv.Application.Psychology.Calendar.Commands;
using Remiv.Application.Psychology.Calendar.Queries;
using Remiv.Domain.Security;
using Remiv.Web.Security;

namespace Remiv.Web.Api;

/// <summary>
/// The psychologists' calendar feed: the address calendar apps read without signing in (/calendrier/{token}.ics, outside
/// the API: the token is its only guard), and, in the API, issuing, revoking and checking one's own address.
/// </summary>
internal static class CalendarFeedEndpoints
{
    public const string FeedPath = "/calendrier/{token}.ics";

    /// <summary>Maps the feed on <paramref name="app"/> (anonymous) and /me/calendar-feed on <paramref name="api"/>; returns <paramref name="api"/>.</summary>
    public static RouteGroupBuilder MapCalendarFeedEndpoints(this RouteGroupBuilder api, IEndpointRouteBuilder app)
    {
        // GET, and HEAD for the apps that check the address before subscribing. Nobody signs in here: a calendar app has
        // no session. The answer is never stored by a proxy or a browser (no-store), nor indexed.
        app.MapMethods(FeedPath, [HttpMethods.Get, HttpMethods.Head], async (string token, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var calendar = await sender.Send(new GetCalendarFeed(token), ct);
                if (calendar is null)
                {
                    return Results.NotFound();
                }

                var headers = http.Response.Headers;
                headers.CacheControl = "no-store, private";
                headers["X-Robots-Tag"] = "noindex, nofollow";
                headers.ContentDisposition = new ContentDispositionHeaderValue("inline") { FileName = "remiv.ics" }.ToString();
                return Results.Text(calendar, "text/calendar; charset=utf-8");
            })
            .AllowAnonymous()
            .ExcludeFromDescription();

        var feed = api.MapGroup("/me/calendar-feed").WithTags("Psychologues")
            .RequireAuthorization(PermissionPolicy.Name(Permission.UseCalendarFeed));
        feed.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetMyCalendarFeedStatus(), ct)))
            .WithSummary("Si mon adresse d'agenda est active, et depuis quand. L'adresse elle-même n'est donnée qu'une fois, à sa création.");
        feed.MapPost("/", async (ISender sender, CancellationToken ct) =>
            {
                var issued = await sender.Send(new IssueMyCalendarFeed(), ct);
                return TypedResults.Created("/api/v1/me/calendar-feed", new IssuedFeedResponse(issued.Address, issued.IssuedAt));
            })
            .WithSummary("Créer mon adresse d'agenda (iCalendar) : elle n'est donnée que cette fois-ci ; l'adresse précédente cesse aussitôt de fonctionner. "
                         + "Elle montre mes séances de 30 jours en arrière à 180 jours en avant, avec les initiales du jeune et la salle seulement.");
        feed.MapDelete("/", async (ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new RevokeMyCalendarFeed(), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Supprimer mon adresse d'agenda : les applications abonnées ne reçoivent plus rien.");
        return api;
    }

    internal sealed record IssuedFeedResponse(Uri Address, DateTimeOffset IssuedAt);
}
