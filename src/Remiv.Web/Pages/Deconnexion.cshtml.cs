using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Remiv.Infrastructure.Identity;

namespace Remiv.Web.Pages;

/// <summary>Signing out is a form post (with its antiforgery token), never a link another site could trigger.</summary>
public sealed class DeconnexionModel(SignInManager<ApplicationUser> signInManager) : RemivPageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await signInManager.SignOutAsync();
        Notice = "Vous êtes déconnecté.";
        return RedirectToPage("/Open/Connexion");
    }
}
