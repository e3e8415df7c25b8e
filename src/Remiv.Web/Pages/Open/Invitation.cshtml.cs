using Microsoft.AspNetCore.Mvc;
using Remiv.Application.Users.Commands;

namespace Remiv.Web.Pages.Open;

/// <summary>The page an invitation link opens: the invitee chooses their password.</summary>
public sealed class InvitationModel : RemivPageModel
{
    /// <summary>The invited account (an identifier, no personal data).</summary>
    [BindProperty(SupportsGet = true)]
    public Guid U { get; set; }

    /// <summary>The invitation token.</summary>
    [BindProperty(SupportsGet = true)]
    public string T { get; set; } = string.Empty;

    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var sent = await SendAsync(new AcceptInvitation(U, T, Input.Password, Input.PasswordConfirmation));
        if (!sent.Ok)
        {
            return sent.Refusal!;
        }

        Notice = "Votre mot de passe est enregistré. Connectez-vous avec votre adresse e-mail.";
        return RedirectToPage("/Open/Connexion");
    }

    public sealed class PasswordInput
    {
        public string Password { get; set; } = string.Empty;

        public string PasswordConfirmation { get; set; } = string.Empty;
    }
}
