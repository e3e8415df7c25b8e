using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Remiv.Application.Common.Interfaces;
using Remiv.Infrastructure.Identity;

namespace Remiv.Web.Pages.Open;

public sealed class ConnexionModel(SignInManager<ApplicationUser> signInManager, IIdentityService identity) : RemivPageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool FirstRun { get; private set; }

    public async Task OnGetAsync() => FirstRun = !await identity.AnyUserExistsAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Input.Email) || string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError(string.Empty, Localizer["Saisissez votre adresse e-mail et votre mot de passe."]);
            return Page();
        }

        var result = await signInManager.PasswordSignInAsync(Input.Email.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl(ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Open/DeuxFacteurs", new { ReturnUrl });
        }

        ModelState.AddModelError(string.Empty, Localizer[result.IsLockedOut
            ? "Ce compte est verrouillé pour 15 minutes après plusieurs essais infructueux. Réessayez plus tard ou adressez-vous à l'administration."
            : result.IsNotAllowed
                ? "Ce compte n'est pas actif. Adressez-vous à l'administration de Remiv."
                : "Adresse e-mail ou mot de passe incorrect."]);
        return Page();
    }

    /// <summary>Only local addresses: a link to the sign-in page cannot send the user elsewhere afterwards.</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is { Length: > 1 } url && url[0] == '/' && url[1] is not ('/' or '\\') && !url.Any(char.IsControl) ? url : "/";

    public sealed class LoginInput
    {
        public string Email { get; set; } = string.Empty;

        public string Password { get; set; } = string.Empty;
    }
}
