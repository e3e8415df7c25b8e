using Microsoft.Playwright;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;
using Remiv.Web.Tests.Functional;

namespace Remiv.Web.Tests.Browser;

/// <summary>
/// A youth worker, on a phone, opens today's workshop from the list, ticks two regulars (one outside their follow-up
/// group), finds a third young person by name, ticks them, saves, and sees the three present; nothing is wider than the screen.
/// </summary>
public sealed class WorkshopBrowserTests(string chromium) : BrowserFixture(chromium)
{
    [Test]
    public async Task A_youth_worker_takes_attendance_on_a_phone_with_two_regulars_and_one_found_by_name()
    {
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        var colleague = await App.CreateAccountAsync(Roles.YouthWorker);
        var kindName = "Cours de français " + WorkshopData.Unique();
        var kind = await WorkshopData.KindAsync(App, kindName, Track.Language);
        var aissatou = await App.CreateYouthAsync("Aïssatou", "Barry", null, colleague);
        var tesfaye = await App.CreateYouthAsync("ተስፋዬ", "ገብረሚካኤል", null, worker);
        var lamine = await App.CreateYouthAsync("Lamine", "Fofana", null, colleague);
        await WorkshopData.SessionAsync(App, kind, WorkshopData.Today().AddDays(-7), colleague.Id, aissatou, tesfaye);
        var session = await WorkshopData.SessionAsync(App, kind, WorkshopData.Today(), worker.Id);
        var page = await NewPhonePageAsync();
        await page.GotoAsync("/Connexion");
        await page.GetByLabel("Adresse e-mail").FillAsync(worker.Email);
        await page.GetByLabel("Mot de passe").FillAsync(worker.Password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Se connecter" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");

        await page.GotoAsync("/Ateliers");
        var card = page.Locator(".workshop-card", new PageLocatorOptions { HasText = kindName });
        await NoOverflowAsync(page);
        await card.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Feuille de présence" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/Ateliers/{session}/Presence");
        await NoOverflowAsync(page);

        await page.GetByLabel("Aïssatou Barry").CheckAsync();
        await page.GetByLabel("ተስፋዬ ገብረሚካኤል").CheckAsync();
        await page.GetByLabel("Ajouter d'autres jeunes").FillAsync("fofana");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Chercher" }).ClickAsync();
        await page.GetByLabel("Lamine Fofana").WaitForAsync();
        new Uri(page.Url).Query.ShouldNotContain("fofana", Case.Insensitive);
        (await page.GetByLabel("Aïssatou Barry").IsCheckedAsync()).ShouldBeTrue("the search keeps what was ticked");
        (await page.GetByLabel("ተስፋዬ ገብረሚካኤል").IsCheckedAsync()).ShouldBeTrue();
        await page.GetByLabel("Lamine Fofana").CheckAsync();
        await NoOverflowAsync(page);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Enregistrer la présence" }).ClickAsync();

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/Ateliers/{session}/Presence" && new Uri(url).Query.Length == 0);
        (await page.GetByRole(AriaRole.Status).First.InnerTextAsync()).ShouldBe("La présence est enregistrée.");
        (await page.Locator("main .count").InnerTextAsync()).ShouldBe("3 présents");
        foreach (var name in new[] { "Aïssatou Barry", "ተስፋዬ ገብረሚካኤል", "Lamine Fofana" })
        {
            (await page.GetByLabel(name).IsCheckedAsync()).ShouldBeTrue(name);
        }

        (await WorkshopData.PresentAsync(App, session)).ShouldBe([aissatou, tesfaye, lamine], ignoreOrder: true);
        await NoOverflowAsync(page);
    }
}
