using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Remiv.Application.Account.Commands;
using Remiv.Infrastructure.Identity;

namespace Remiv.Web.Pages.Open;

/// <summary>Second step of signing in, after a correct password, for accounts with two-factor sign-in.</summary>
public sealed class DeuxFacteursModel(SignInManager<ApplicationUser> signInManager) : RemivPageModel
{
    [BindProperty]
    public SecondFactorInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signInManager.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Open/Connexion") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signInManager.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("/Open/Connexion");
        }

        var recovery = TwoFactorCode.NormaliseRecoveryCode(Input.RecoveryCode);
        var result = recovery.Length > 0
            ? await signInManager.TwoFactorRecoveryCodeSignInAsync(recovery)
            : await signInManager.TwoFactorAuthenticatorSignInAsync(TwoFactorCode.Normalise(Input.Code), isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            return LocalRedirect(ConnexionModel.SafeReturnUrl(ReturnUrl));
        }

        ModelState.AddModelError(string.Empty, Localizer[result.IsLockedOut
            ? "Ce compte est verrouillé pour 15 minutes après plusieurs essais infructueux. Réessayez plus tard ou adressez-vous à l'administration."
            : "Ce code n'est pas valable. Saisissez le code affiché maintenant par votre application, ou un code de secours."]);
        return Page();
    }

    public sealed class SecondFactorInput
    {
        public string? Code { get; set; }

        public string? RecoveryCode { get; set; }
    }
}
