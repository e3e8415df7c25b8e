using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Users.Commands;
using Remiv.Application.Users.Queries;
using Remiv.Domain.Security;
using Remiv.Web.Security;

namespace Remiv.Web.Pages.Admin.Comptes;

[RequirePermission(Permission.ManageUsers)]
public sealed class IndexModel(TimeProvider clock) : RemivPageModel
{
    public UserDirectory Directory { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public async Task<IActionResult> OnPostTwoFactorAsync(string[] required)
    {
        foreach (var role in Roles.All)
        {
            var sent = await SendAsync(new SetRoleTwoFactorRequirement(role, required.Contains(role)));
            if (!sent.Ok)
            {
                // Form errors are shown on the list itself; other refusals (403) stand as they are.
                var list = await ShowAsync();
                return sent.Refusal is PageResult ? list : sent.Refusal!;
            }
        }

        Notice = "Les règles de double authentification sont enregistrées.";
        return RedirectToPage();
    }

    public string StateOf(UserSummary user) =>
        !user.IsActive ? "Désactivé"
        : !user.HasPassword ? "Invitation en attente"
        : user.LockedOutUntil > clock.GetUtcNow() ? "Verrouillé"
        : "Actif";

    private async Task<IActionResult> ShowAsync()
    {
        var sent = await SendAsync(new ListUsers());
        if (sent.Value is null)
        {
            return sent.Refusal!;
        }

        Directory = sent.Value;
        return Page();
    }
}
