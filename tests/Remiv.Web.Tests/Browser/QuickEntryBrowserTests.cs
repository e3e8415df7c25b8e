using Microsoft.Playwright;
using Remiv.Domain.Security;

namespace Remiv.Web.Tests.Browser;

/// <summary>The quick entry on a 375 px phone: three letters, the youth, "Social", a text, "Enregistrer".</summary>
public sealed class QuickEntryBrowserTests(string chromium) : BrowserFixture(chromium)
{
    [Test]
    public async Task A_youth_worker_logs_an_entry_from_the_journal_on_a_phone()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        await App.CreateYouthAsync("Abdoulaye", "Diallo", new DateOnly(2009, 4, 2), worker);
        await using var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.ServerAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 375, Height = 812 },
            IsMobile = true,
            HasTouch = true,
            Locale = "fr-FR",
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Connexion");
        await page.GetByLabel("Adresse e-mail").FillAsync(worker.Email);
        await page.GetByLabel("Mot de passe").FillAsync(worker.Password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Se connecter" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");

        await page.GotoAsync("/Journal");
        (await page.EvaluateAsync<string>("() => document.activeElement.id")).ShouldBe("q", "the search field has the focus");
        await page.GetByRole(AriaRole.Searchbox, new PageGetByRoleOptions { Name = "Jeune" }).FillAsync("abd");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Chercher" }).ClickAsync();

        var youth = page.GetByRole(AriaRole.Radio, new PageGetByRoleOptions { Name = "Abdoulaye Diallo" });
        await youth.WaitForAsync();
        page.Url.ShouldNotContain("abd", Case.Insensitive, "the letters typed are posted, never put in the address");
        new Uri(page.Url).AbsolutePath.ShouldBe("/Journal");
        if (!await youth.IsCheckedAsync())
        {
            await youth.CheckAsync();
        }

        await page.GetByRole(AriaRole.Radio, new PageGetByRoleOptions { Name = "Social", Exact = true }).CheckAsync();
        await page.GetByLabel("Texte").FillAsync("Accompagné à la mission locale.\nRendez-vous jeudi.");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Enregistrer", Exact = true }).ClickAsync();

        await page.WaitForURLAsync(url => new Uri(url).PathAndQuery == "/Journal");
        (await page.GetByRole(AriaRole.Status).First.InnerTextAsync()).ShouldBe("Entrée enregistrée.");
        var journal = page.Locator("#journal");
        (await journal.Locator("h2").InnerTextAsync()).ShouldBe("Journal du jour");
        var line = await journal.Locator(".timeline-item").First.InnerTextAsync();
        line.ShouldContain("Abdoulaye Diallo");
        line.ShouldContain("Social");
        line.ShouldContain("Accompagné à la mission locale.\nRendez-vous jeudi.");
        (await page.GetByRole(AriaRole.Searchbox, new PageGetByRoleOptions { Name = "Jeune" }).InputValueAsync()).ShouldBeEmpty("the quick entry is empty again");
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        overflow.ShouldBeLessThanOrEqualTo(0, "nothing is wider than a 375 px screen");
    }

    [Test]
    public async Task The_youth_file_fits_a_375_px_screen()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await App.CreateYouthAsync("Mohamed-Lamine", "Ould Abderrahmane Kaba", new DateOnly(2009, 4, 2), worker);
        await using var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.ServerAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 375, Height = 812 },
            IsMobile = true,
            HasTouch = true,
            Locale = "fr-FR",
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Connexion");
        await page.GetByLabel("Adresse e-mail").FillAsync(worker.Email);
        await page.GetByLabel("Mot de passe").FillAsync(worker.Password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Se connecter" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");

        await page.GotoAsync($"/Jeunes/{youth}");
        await page.Locator("#nouvelle-entree").GetByRole(AriaRole.Radio, new() { Name = "Logement" }).CheckAsync();
        await page.Locator("#nouvelle-entree").GetByLabel("Texte").FillAsync("Place en foyer jeunes travailleurs trouvée.");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Enregistrer l'entrée" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/Jeunes/{youth}");

        (await page.Locator("#historique").InnerTextAsync()).ShouldContain("Place en foyer jeunes travailleurs trouvée.");
        foreach (var summary in await page.Locator("details > summary").AllAsync())
        {
            await summary.ClickAsync();
        }

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        overflow.ShouldBeLessThanOrEqualTo(0, "nothing is wider than a 375 px screen, every form open");
    }

    [Test]
    public async Task A_scan_far_above_10_MB_gets_a_french_message_from_the_real_server()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await App.CreateYouthAsync("Seydou", "Koné", null, worker);
        var page = await NewPhonePageAsync();
        await page.GotoAsync("/Connexion");
        await page.GetByLabel("Adresse e-mail").FillAsync(worker.Email);
        await page.GetByLabel("Mot de passe").FillAsync(worker.Password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Se connecter" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        var scan = new byte[15 * 1024 * 1024];
        "%PDF-1.7\n"u8.CopyTo(scan);

        await page.GotoAsync($"/Jeunes/{youth}");
        await page.GetByText("Ajouter un fichier").ClickAsync();
        await page.GetByLabel("Fichier (PDF, JPEG ou PNG, 10 Mo au plus)").SetInputFilesAsync(new FilePayload { Name = "scan.pdf", MimeType = "application/pdf", Buffer = scan });
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Ajouter le fichier" }).ClickAsync();

        (await page.GetByRole(AriaRole.Alert).InnerTextAsync()).ShouldContain("Le fichier dépasse 10 Mo.");
        new Uri(page.Url).AbsolutePath.ShouldBe($"/Jeunes/{youth}");
    }
}
