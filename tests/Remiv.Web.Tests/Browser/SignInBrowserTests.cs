using Microsoft.Playwright;
using Remiv.Domain.Security;

namespace Remiv.Web.Tests.Browser;

public sealed class SignInBrowserTests(string chromium) : BrowserFixture(chromium)
{
    [Test]
    public async Task A_youth_worker_signs_in_on_a_phone_and_sees_the_french_home_page()
    {
        var account = await App.CreateAccountAsync(Roles.YouthWorker);
        var page = await NewPhonePageAsync();

        await page.GotoAsync("/");
        page.Url.ShouldContain("/Connexion");
        await page.GetByLabel("Adresse e-mail").FillAsync(account.Email);
        await page.GetByLabel("Mot de passe").FillAsync(account.Password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Se connecter" }).ClickAsync();

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Bonjour Compte YouthWorker");
        (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe("fr");
        (await page.GetByRole(AriaRole.Navigation).InnerTextAsync()).ShouldContain("Mon compte");
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        overflow.ShouldBeLessThanOrEqualTo(0, "nothing is wider than a 360 px screen");
    }

    [Test]
    public async Task A_wrong_password_shows_a_french_message_and_keeps_the_address()
    {
        var account = await App.CreateAccountAsync(Roles.Coordinator);
        var page = await NewPhonePageAsync();

        await page.GotoAsync("/Connexion");
        await page.GetByLabel("Adresse e-mail").FillAsync(account.Email);
        await page.GetByLabel("Mot de passe").FillAsync("pas le bon");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Se connecter" }).ClickAsync();

        (await page.GetByRole(AriaRole.Alert).InnerTextAsync()).ShouldContain("Adresse e-mail ou mot de passe incorrect.");
        (await page.GetByLabel("Adresse e-mail").InputValueAsync()).ShouldBe(account.Email);
    }

    [Test]
    public async Task The_interface_switches_to_english_and_stays_so()
    {
        var page = await NewPhonePageAsync();

        await page.GotoAsync("/Connexion");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "English" }).ClickAsync();

        await page.WaitForSelectorAsync("html[lang=en]");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Sign in");
        await page.ReloadAsync();
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Sign in");
    }
}
