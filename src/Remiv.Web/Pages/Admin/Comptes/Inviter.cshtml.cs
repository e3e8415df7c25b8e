using Microsoft.AspNetCore.Mvc;
using Remiv.Application.Users.Commands;
using Remiv.Domain.Security;
using Remiv.Web.Security;

namespace Remiv.Web.Pages.Admin.Comptes;

[RequirePermission(Permission.ManageUsers)]
public sealed class InviterModel : RemivPageModel
{
    [BindProperty]
    public InvitationInput Input { get; set; } = new();

    public InvitationSent? Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var sent = await SendAsync(new InviteUser(Input.Email, Input.DisplayName, Input.Roles));
        if (!sent.Ok)
        {
            return sent.Refusal!;
        }

        Sent = sent.Value;
        return Page();
    }

    public sealed class InvitationInput
    {
        public string Email { get; set; } = string.Empty;

        public string DisplayName { get; set; } = string.Empty;

        public List<string> Roles { get; set; } = [];
    }
}
