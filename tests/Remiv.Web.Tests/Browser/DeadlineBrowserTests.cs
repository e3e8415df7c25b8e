using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Remiv.Domain.Security;

namespace Remiv.Web.Tests.Browser;

/// <summary>A youth worker, on a phone, adds a deadline from a preset to a file and finds it under "Mes échéances".</summary>
public sealed partial class DeadlineBrowserTests(string chromium) : BrowserFixture(chromium)
{
    [Test]
    public async Task A_youth_worker_creates_a_deadline_from_a_preset_on_a_phone_and_sees_it_under_mes_echeances()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var youth = await App.CreateYouthAsync("Mamadou", "Bah", new DateOnly(2009, 2, 3), worker);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).DateTime);
        var notified = today.AddDays(-4);
        var due = notified.AddDays(15);
        var page = await NewPhonePageAsync();
        await page.GotoAsync("/Connexion");
        await page.GetByLabel("Adresse e-mail").FillAsync(worker.Email);
        await page.GetByLabel("Mot de passe").FillAsync(worker.Password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Se connecter" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");

        await page.GotoAsync($"/Jeunes/{youth}");
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Ajouter une échéance" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/Echeances/Nouvelle");
        await page.GetByLabel("Modèle").SelectOptionAsync(new SelectOptionValue { Label = "Appel de la décision du juge des enfants" });
        await page.GetByLabel("Date de l'événement").FillAsync(Iso(notified));
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Calculer la date" }).ClickAsync();

        await page.GetByText($"Date calculée par le modèle : {Day(due)}").WaitForAsync();
        (await page.GetByLabel("Date d'échéance").InputValueAsync()).ShouldBe(Iso(due), "the computed date is in the field");
        (await page.GetByLabel("Modèle").EvaluateAsync<string>("select => select.selectedOptions[0].textContent")).ShouldBe("Appel de la décision du juge des enfants");
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("Base légale : Code de procédure civile, art. 1191");
        await page.GetByLabel("Intitulé").FillAsync("Appel : voir l'avocate avant le dépôt");
        await NoOverflowAsync(page);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Enregistrer l'échéance" }).ClickAsync();

        await page.WaitForURLAsync(url => DeadlineAddress().IsMatch(new Uri(url).AbsolutePath));
        (await page.GetByRole(AriaRole.Status).First.InnerTextAsync()).ShouldBe("L'échéance est enregistrée.");
        var detail = await page.Locator("main").InnerTextAsync();
        detail.ShouldContain("Code de procédure civile, art. 1191");
        await NoOverflowAsync(page);

        await page.GotoAsync("/Echeances");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Mes échéances");
        var line = page.Locator(".cards > li", new PageLocatorOptions { HasText = "Appel : voir l'avocate avant le dépôt" });
        (await line.CountAsync()).ShouldBe(1);
        var text = await line.InnerTextAsync();
        text.ShouldContain(Day(due));
        text.ShouldContain("Mamadou Bah");
        text.ShouldContain("Juridique");
        await NoOverflowAsync(page);

        await page.GotoAsync($"/Jeunes/{youth}");
        (await page.Locator("#echeances").InnerTextAsync()).ShouldContain("Appel : voir l'avocate avant le dépôt");
        await NoOverflowAsync(page);
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    [GeneratedRegex("^/Echeances/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    private static partial Regex DeadlineAddress();
}
