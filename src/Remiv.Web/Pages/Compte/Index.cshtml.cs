using Microsoft.AspNetCore.Mvc;
using Remiv.Application.Users.Queries;

namespace Remiv.Web.Pages.Compte;

public sealed class IndexModel : RemivPageModel
{
    public MyAccount Account { get; private set; } = null!;

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
