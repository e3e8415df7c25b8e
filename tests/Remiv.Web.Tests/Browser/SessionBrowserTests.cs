using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Remiv.Domain.Psychology;
using Remiv.Domain.Security;
using Remiv.Infrastructure.Persistence;

namespace Remiv.Web.Tests.Browser;

/// <summary>A coordinator, on a phone, books a psychological session, finds it in the hub's day list, and moves it.</summary>
public sealed partial class SessionBrowserTests(string chromium) : BrowserFixture(chromium)
{
    [Test]
    public async Task A_coordinator_books_a_session_on_a_phone_finds_it_in_the_day_list_and_moves_it()
    {
        var coordinator = await App.CreateAccountAsync(Roles.Coordinator);
        var psychologist = await App.CreateAccountAsync(Roles.Psychologist);
        var youth = await App.CreateYouthAsync("Aïssatou", "Barry", new DateOnly(2010, 5, 14), await App.CreateAccountAsync(Roles.YouthWorker));
        var roomName = "Salle " + Guid.NewGuid().ToString("N")[..8];
        await App.WithServiceAsync<int, RemivDbContext>(db =>
        {
            var schedule = PsychologistSchedule.For(psychologist.Id);
            foreach (var weekday in Enum.GetValues<DayOfWeek>())
            {
                schedule.AddSlot(weekday, new TimeOnly(9, 0), new TimeOnly(18, 0));
            }

            db.PsychologistSchedules.Add(schedule);
            db.Rooms.Add(Room.Create(roomName, null));
            return db.SaveChangesAsync();
        });
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, paris).DateTime).AddDays(9);
        var page = await NewPhonePageAsync();
        await page.GotoAsync("/Connexion");
        await page.GetByLabel("Adresse e-mail").FillAsync(coordinator.Email);
        await page.GetByLabel("Mot de passe").FillAsync(coordinator.Password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Se connecter" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");

        await page.GotoAsync("/Psychologie/Seances");
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Réserver une séance" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/Psychologie/Seances/Nouvelle");
        await page.GetByLabel("Jeune").SelectOptionAsync(new SelectOptionValue { Label = "Aïssatou Barry" });
        await page.GetByLabel("Psychologue").SelectOptionAsync(psychologist.Id.ToString());
        await page.GetByLabel("Salle").SelectOptionAsync(new SelectOptionValue { Label = roomName });
        await page.GetByLabel("Jour").FillAsync(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("Heure de début").FillAsync("10:30");
        await page.GetByLabel("Heure de fin").FillAsync("11:30");
        await page.GetByLabel("Première séance").CheckAsync();
        await page.GetByLabel("Langue de l'interprète").SelectOptionAsync("ps");
        await NoOverflowAsync(page);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Réserver la séance" }).ClickAsync();

        await page.WaitForURLAsync(url => SessionAddress().IsMatch(new Uri(url).AbsolutePath));
        (await page.GetByRole(AriaRole.Status).First.InnerTextAsync()).ShouldBe("La séance est réservée.");
        var detail = await page.Locator("main").InnerTextAsync();
        detail.ShouldContain("Aïssatou Barry");
        detail.ShouldContain("10:30–11:30");
        detail.ShouldContain(roomName);
        detail.ShouldContain("Première séance");
        await NoOverflowAsync(page);

        await page.GotoAsync($"/Psychologie/Seances/Jour?jour={day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        var card = page.Locator(".cards > li", new PageLocatorOptions { HasText = "Aïssatou Barry" });
        (await card.CountAsync()).ShouldBe(1);
        var text = await card.InnerTextAsync();
        text.ShouldContain("10:30–11:30");
        text.ShouldContain(roomName);
        text.ShouldContain("Prévue");
        await NoOverflowAsync(page);

        await card.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "10:30–11:30" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Déplacer la séance" }).ClickAsync();
        await page.GetByLabel("Heure de début").FillAsync("14:00");
        await page.GetByLabel("Heure de fin").FillAsync("15:00");
        await NoOverflowAsync(page);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Déplacer la séance" }).ClickAsync();

        await page.WaitForURLAsync(url => SessionAddress().IsMatch(new Uri(url).AbsolutePath));
        (await page.GetByRole(AriaRole.Status).First.InnerTextAsync()).ShouldBe("La séance est déplacée.");
        var moved = await page.Locator("main").InnerTextAsync();
        moved.ShouldContain("14:00–15:00");
        moved.ShouldContain("10:30–11:30", customMessage: "the history keeps the previous hours");
    }

    [GeneratedRegex("^/Psychologie/Seances/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    private static partial Regex SessionAddress();
}
