using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using QRCoder;
using Remiv.Application.Account.Commands;
using Remiv.Application.Account.Queries;
using Remiv.Infrastructure.Identity;

namespace Remiv.Web.Pages.Compte;

public sealed class DoubleAuthentificationModel(SignInManager<ApplicationUser> signInManager) : RemivPageModel
{
    [BindProperty]
    public CodeInput Input { get; set; } = new();

    public TwoFactorSetup Setup { get; private set; } = null!;

    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    /// <summary>The QR code as a PNG data address (the security policy allows data: images, not inline scripts).</summary>
    public string QrCodeDataUri
    {
        get
        {
            using var generator = new QRCodeGenerator();
            using var data = generator.CreateQrCode(Setup.AuthenticatorUri, QRCodeGenerator.ECCLevel.Q);
            return "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
        }
    }

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var sent = await SendAsync(new EnableTwoFactor(Input.Code ?? string.Empty));
        if (sent.Ok)
        {
            RecoveryCodes = sent.Value;
            await RefreshSignInAsync();
        }

        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostRegenerateAsync()
    {
        var sent = await SendAsync(new RegenerateRecoveryCodes());
        RecoveryCodes = sent.Value;
        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var sent = await SendAsync(new DisableTwoFactor());
        if (sent.Ok)
        {
            await RefreshSignInAsync();
            Notice = "La double authentification est désactivée.";
            return RedirectToPage();
        }

        return await ShowAsync();
    }

    private async Task<IActionResult> ShowAsync()
    {
        var sent = await SendAsync(new GetTwoFactorSetup());
        if (sent.Value is null)
        {
            return sent.Refusal!;
        }

        Setup = sent.Value;
        return Page();
    }

    /// <summary>The session's claims change (the set-up requirement is lifted or comes back).</summary>
    private async Task RefreshSignInAsync()
    {
        if (await signInManager.UserManager.GetUserAsync(User) is { } user)
        {
            await signInManager.RefreshSignInAsync(user);
        }
    }

    public sealed class CodeInput
    {
        public string? Code { get; set; }
    }
}
