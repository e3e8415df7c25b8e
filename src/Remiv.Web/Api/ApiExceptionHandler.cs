using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Documents.Layout;

namespace Remiv.Web.Api;

/// <summary>
/// Turns the application's refusals into ProblemDetails for API callers, in the request's language.
/// Anything else becomes a 500 ProblemDetails without internals. Pages handle their own refusals.
/// </summary>
internal sealed class ApiExceptionHandler(IStringLocalizer<SharedResource> localizer) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // By now the request path is the error page's: the original one is on the feature.
        var path = httpContext.Features.Get<IExceptionHandlerFeature>()?.Path ?? httpContext.Request.Path;
        if (!ApiPaths.Matches(new PathString(path)))
        {
            return false;
        }

        await TypedResults.Problem(ToProblem(exception, localizer)).ExecuteAsync(httpContext);
        return true;
    }

    public static ProblemDetails ToProblem(Exception exception, IStringLocalizer localizer) => exception switch
    {
        RequestValidationException validation => new ValidationProblemDetails(
            validation.Errors.ToDictionary(e => e.Key, e => e.Value.Select(m => localizer[m].Value).ToArray()))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = localizer[validation.Message],
        },
        NotSignedInException => Problem(StatusCodes.Status401Unauthorized, localizer[exception.Message]),
        ForbiddenAccessException => Problem(StatusCodes.Status403Forbidden, localizer[exception.Message]),
        NotFoundException => Problem(StatusCodes.Status404NotFound, localizer[exception.Message]),
        ConcurrencyConflictException conflict => new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = localizer[conflict.Message],
            Extensions = { ["changedFields"] = conflict.ChangedFields.Select(f => localizer[f].Value).ToArray() },
        },
        DocumentLayoutException => Problem(StatusCodes.Status422UnprocessableEntity, localizer[DocumentLayoutException.UserMessage]),
        BadHttpRequestException bad => Problem(bad.StatusCode, localizer["La requête est mal formée : un paramètre de l'adresse, le JSON envoyé ou le fichier n'a pas le format attendu. Vérifiez-les puis renvoyez la requête."]),
        _ => Problem(StatusCodes.Status500InternalServerError, localizer["Une erreur inattendue s'est produite. Réessayez dans un instant ; si elle revient, prévenez l'administration."]),
    };

    private static ProblemDetails Problem(int status, string title) => new() { Status = status, Title = title };
}
