using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Remiv.Web.Localization;

namespace Remiv.Web.Pages.Open;

/// <summary>Switches the interface language (French or English) and goes back to the page the user was on.</summary>
public sealed class LangueModel : RemivPageModel
{
    public IActionResult OnGet() => Redirect("/");

    public IActionResult OnPost(string culture, string? returnUrl)
    {
        if (Cultures.Supported.Any(c => c.Name == culture))
        {
            Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), HttpOnly = true, Secure = Request.IsHttps, SameSite = SameSiteMode.Lax, IsEssential = true });
        }

        return LocalRedirect(ConnexionModel.SafeReturnUrl(returnUrl));
    }
}
