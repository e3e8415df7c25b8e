using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Users.Commands;
using Remiv.Infrastructure.Identity;

namespace Remiv.Web.Pages.Open;

/// <summary>First run only: once an account exists, this page no longer exists (404).</summary>
public sealed class InstallationModel(IIdentityService identity, SignInManager<ApplicationUser> signInManager) : RemivPageModel
{
    [BindProperty]
    public SetupInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync() =>
        await identity.AnyUserExistsAsync(HttpContext.RequestAborted) ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await identity.AnyUserExistsAsync(HttpContext.RequestAborted))
        {
            return NotFound();
        }

        if (Input.Password != Input.PasswordConfirmation)
        {
            ModelState.AddModelError($"{InputPrefix}.{nameof(Input.PasswordConfirmation)}",
                Localizer["Les deux mots de passe ne sont pas identiques. Saisissez-les à nouveau."]);
            return Page();
        }

        var sent = await SendAsync(new CreateFirstAdministrator(Input.SetupToken, Input.Email, Input.DisplayName, Input.Password));
        if (!sent.Ok)
        {
            return sent.Refusal!;
        }

        await signInManager.PasswordSignInAsync(Input.Email.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: false);
        Notice = "Le compte d'administration est créé. Invitez maintenant les membres de l'équipe.";
        return Redirect("/Admin/Comptes");
    }

    public sealed class SetupInput
    {
        public string SetupToken { get; set; } = string.Empty;

        public string DisplayName { get; set; } = string.Empty;

        public string Email { get; set; } = string.Empty;

        public string Password { get; set; } = string.Empty;

        public string PasswordConfirmation { get; set; } = string.Empty;
    }
}
