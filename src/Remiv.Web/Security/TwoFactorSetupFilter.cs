using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc;
using Remiv.Infrastructure.Identity;

namespace Remiv.Web.Security;

/// <summary>
/// A user whose role requires two-factor sign-in, and who has not set it up, may only open the
/// set-up page, sign out and the public pages until it is done.
/// </summary>
internal sealed class TwoFactorSetupFilter : IAsyncPageFilter
{
    public const string SetupPage = "/Compte/DoubleAuthentification";

    public static bool IsPending(HttpContext context) =>
        context.User.HasClaim(RemivClaimsPrincipalFactory.TwoFactorSetupRequiredClaim, "true");

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var page = context.ActionDescriptor.ViewEnginePath;
        var exempt = page is SetupPage or "/Deconnexion" || page.StartsWith("/Open/", StringComparison.Ordinal);
        if (IsPending(context.HttpContext) && !exempt)
        {
            context.Result = new RedirectToPageResult(SetupPage);
            return;
        }

        await next();
    }
}
