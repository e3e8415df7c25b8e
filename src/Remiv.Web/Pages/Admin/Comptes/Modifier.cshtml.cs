using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Users.Commands;
using Remiv.Application.Users.Queries;
using Remiv.Domain.Security;
using Remiv.Web.Security;

namespace Remiv.Web.Pages.Admin.Comptes;

[RequirePermission(Permission.ManageUsers)]
public sealed class ModifierModel : RemivPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public RolesInput Input { get; set; } = new();

    public UserSummary Account { get; private set; } = null!;

    public InvitationSent? Renewed { get; private set; }

    public Task<IActionResult> OnGetAsync() => ShowAsync(keepInput: false);

    public async Task<IActionResult> OnPostRolesAsync()
    {
        var sent = await SendAsync(new ChangeUserRoles(Id, Input.Roles));
        return await AfterAsync(sent.Refusal, "Les rôles sont enregistrés.");
    }

    public async Task<IActionResult> OnPostActiveAsync(bool active)
    {
        var sent = await SendAsync(new SetUserActive(Id, active));
        return await AfterAsync(sent.Refusal, active ? "Le compte est réactivé." : "Le compte est désactivé : la personne ne peut plus se connecter.");
    }

    public async Task<IActionResult> OnPostRenewAsync()
    {
        var sent = await SendAsync(new RenewInvitation(Id));
        Renewed = sent.Value;
        return await AfterAsync(sent.Refusal, notice: null);
    }

    private async Task<IActionResult> AfterAsync(IActionResult? refusal, string? notice)
    {
        if (refusal is not null and not PageResult)
        {
            return refusal;
        }

        if (refusal is null && notice is not null)
        {
            Notice = notice;
            return RedirectToPage(new { Id });
        }

        // Errors of a form other than the roles' are shown at the top of the page.
        foreach (var key in ModelState.Keys.Where(k => k != $"{InputPrefix}.{nameof(Input.Roles)}" && k.Length > 0).ToList())
        {
            foreach (var error in ModelState[key]!.Errors)
            {
                ModelState.AddModelError(string.Empty, error.ErrorMessage);
            }

            ModelState.Remove(key);
        }

        return await ShowAsync(keepInput: ModelState.GetFieldValidationState($"{InputPrefix}.{nameof(Input.Roles)}") == ModelValidationState.Invalid);
    }

    private async Task<IActionResult> ShowAsync(bool keepInput)
    {
        var sent = await SendAsync(new ListUsers());
        if (sent.Value is null)
        {
            return sent.Refusal!;
        }

        var account = sent.Value.Users.FirstOrDefault(u => u.Id == Id);
        if (account is null)
        {
            return NotFound();
        }

        Account = account;
        if (!keepInput)
        {
            Input.Roles = [.. account.Roles];
        }

        return Page();
    }

    public sealed class RolesInput
    {
        public List<string> Roles { get; set; } = [];
    }
}
