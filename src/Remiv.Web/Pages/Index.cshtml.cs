using Microsoft.AspNetCore.Mvc;
using Remiv.Application.Users.Queries;
using Remiv.Domain.Security;

namespace Remiv.Web.Pages;

public sealed class IndexModel : RemivPageModel
{
    public MyAccount Account { get; private set; } = null!;

    public bool CanManageUsers => Account.Permissions.Contains(nameof(Permission.ManageUsers));

    public bool IsStaff => Account.Permissions.Contains(nameof(Permission.UseStaffArea));

    public bool CanViewYouths => Account.Permissions.Contains(nameof(Permission.ViewYouths));

    public async Task<IActionResult> OnGetAsync()
    {
        var sent = await SendAsync(new GetMyAccount());
        if (!sent.Ok)
        {
            return sent.Refusal!;
        }

        Account = sent.Value!;
        return Page();
    }
}
