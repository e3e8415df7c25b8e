using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Remiv.Application.Account.Commands;
using Remiv.Infrastructure.Identity;

namespace Remiv.Web.Pages.Compte;

public sealed class MotDePasseModel(SignInManager<ApplicationUser> signInManager) : RemivPageModel
{
    [BindProperty]
    public PasswordChangeInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var sent = await SendAsync(new ChangePassword(Input.CurrentPassword, Input.NewPassword, Input.NewPasswordConfirmation));
        if (!sent.Ok)
        {
            return sent.Refusal!;
        }

        // The new password changed the security stamp: re-issue this session's cookie so it stays valid.
        if (await signInManager.UserManager.GetUserAsync(User) is { } user)
        {
            await signInManager.RefreshSignInAsync(user);
        }

        Notice = "Votre mot de passe est changé.";
        return RedirectToPage("/Compte/Index");
    }

    public sealed class PasswordChangeInput
    {
        public string CurrentPassword { get; set; } = string.Empty;

        public string NewPassword { get; set; } = string.Empty;

        public string NewPasswordConfirmation { get; set; } = string.Empty;
    }
}
