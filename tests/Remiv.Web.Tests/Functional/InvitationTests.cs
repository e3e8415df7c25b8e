using System.Net;
using System.Text.RegularExpressions;
using Remiv.Domain.Security;
using Remiv.Web.Tests.Support;

namespace Remiv.Web.Tests.Functional;

/// <summary>No public sign-up: an administrator invites, the invitee chooses a password through the link.</summary>
public sealed partial class InvitationTests(string provider) : FunctionalFixture(provider)
{
    [Test]
    public async Task An_invited_colleague_sets_a_password_through_the_emailed_link_and_signs_in()
    {
        var admin = await App.CreateAccountAsync(Roles.Admin);
        using var adminClient = App.CreatePageClient();
        await adminClient.SignInAsync(admin);
        var email = $"nouvelle-{Guid.NewGuid():N}@remiv.example";

        using var invited = await adminClient.SubmitAsync("/Admin/Comptes/Inviter", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Aïssatou Bâ",
            ["Input.Email"] = email,
            ["Input.Roles"] = Roles.YouthWorker,
        });

        invited.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PageClient.TextOf(invited)).ShouldContain("L'invitation est envoyée par e-mail");
        var mail = App.SentMail.Where(m => m.To == email).ShouldHaveSingleItem();
        mail.Body.ShouldNotContain("Aïssatou", customMessage: "emails carry no personal data beyond the link");
        var link = new Uri(InvitationLink().Match(mail.Body).Value);

        using var invitee = App.CreatePageClient();
        using var accepted = await invitee.SubmitAsync(link.PathAndQuery, new Dictionary<string, string>
        {
            ["U"] = Query(link, "u"),
            ["T"] = Query(link, "t"),
            ["Input.Password"] = "Le Clain coule sous le pont Joubert",
            ["Input.PasswordConfirmation"] = "Le Clain coule sous le pont Joubert",
        });

        accepted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        accepted.Headers.Location!.OriginalString.ShouldBe("/Connexion");
        await invitee.SignInAsync(new TestAccount(Guid.Empty, email, "Le Clain coule sous le pont Joubert", Roles.YouthWorker, null));
        (await invitee.GetPageAsync("/")).ShouldContain("Bonjour Aïssatou Bâ");
    }

    [Test]
    public async Task An_invitation_link_works_once_only()
    {
        var (link, email) = await InviteAsync();
        using var invitee = App.CreatePageClient();
        using (await AcceptAsync(invitee, link, "Une première phrase de passe solide"))
        {
        }

        using var again = await AcceptAsync(invitee, link, "Une seconde phrase de passe solide");

        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PageClient.ErrorsOf(again)).ShouldContain("Ce lien d'invitation n'est plus valable");
        await invitee.SignInAsync(new TestAccount(Guid.Empty, email, "Une première phrase de passe solide", Roles.YouthWorker, null));
    }

    [Test]
    public async Task A_tampered_invitation_token_is_refused_and_sets_no_password()
    {
        var (link, email) = await InviteAsync();
        using var invitee = App.CreatePageClient();
        var tampered = new Uri(link.OriginalString.Replace("&t=", "&t=X", StringComparison.Ordinal));

        using var response = await AcceptAsync(invitee, tampered, "Une phrase de passe tout à fait solide");

        (await PageClient.ErrorsOf(response)).ShouldContain("Ce lien d'invitation n'est plus valable");
        using var signIn = await invitee.SignInAsync(email, "Une phrase de passe tout à fait solide");
        signIn.StatusCode.ShouldBe(HttpStatusCode.OK, "no session: the sign-in page is shown again");
    }

    [TestCase("court", "au moins 12 caractères")]
    [TestCase("motdepasse123", "trop courant")]
    [TestCase("11caractère", "au moins 12 caractères")]
    [TestCase("azertyuiop123!", "trop courant")]
    [TestCase("password1234", "trop courant")]
    public async Task A_weak_password_is_refused_with_a_french_message(string password, string expected)
    {
        var (link, _) = await InviteAsync();
        using var invitee = App.CreatePageClient();

        using var response = await AcceptAsync(invitee, link, password);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PageClient.ErrorsOf(response)).ShouldContain(expected);
    }

    [Test]
    public async Task An_invitation_with_bad_input_is_refused_field_by_field_and_nothing_is_created()
    {
        var admin = await App.CreateAccountAsync(Roles.Admin);
        using var client = App.CreatePageClient();
        await client.SignInAsync(admin);
        var sentBefore = App.SentMail.Count;

        using var response = await client.SubmitAsync("/Admin/Comptes/Inviter", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "<script>alert(1)</script>",
            ["Input.Email"] = "pas-une-adresse",
        });

        var page = await response.Content.ReadAsStringAsync();
        page.ShouldNotContain("<script>alert(1)</script>", customMessage: "input is always escaped");
        var text = await PageClient.ErrorsOf(response);
        text.ShouldContain("Cette adresse e-mail n'est pas valide");
        text.ShouldContain("Choisissez au moins un rôle.");
        text.ShouldNotContain("is required");
        App.SentMail.Count.ShouldBe(sentBefore);
    }

    [Test]
    public async Task An_administrator_cannot_invite_an_address_that_already_has_an_account()
    {
        var admin = await App.CreateAccountAsync(Roles.Admin);
        var existing = await App.CreateAccountAsync(Roles.Coordinator);
        using var client = App.CreatePageClient();
        await client.SignInAsync(admin);

        using var response = await client.SubmitAsync("/Admin/Comptes/Inviter", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Doublon",
            ["Input.Email"] = existing.Email,
            ["Input.Roles"] = Roles.Coordinator,
        });

        (await PageClient.ErrorsOf(response)).ShouldContain("Un compte existe déjà avec cette adresse e-mail.");
    }

    [Test]
    public async Task A_forgotten_password_is_reset_by_an_administrator_through_a_new_link()
    {
        var admin = await App.CreateAccountAsync(Roles.Admin);
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        using var workerSession = App.CreatePageClient();
        await workerSession.SignInAsync(worker);
        using var adminClient = App.CreatePageClient();
        await adminClient.SignInAsync(admin);

        using var reset = await adminClient.SubmitAsync($"/Admin/Comptes/Modifier/{worker.Id}", new Dictionary<string, string>(),
            action: $"/Admin/Comptes/Modifier/{worker.Id}?handler=Renew");

        reset.StatusCode.ShouldBe(HttpStatusCode.OK);
        var mail = App.SentMail.Where(m => m.To == worker.Email).ShouldHaveSingleItem();
        using (var oldPassword = App.CreatePageClient())
        {
            using var refused = await oldPassword.SignInAsync(worker.Email, worker.Password);
            refused.StatusCode.ShouldBe(HttpStatusCode.OK, "the forgotten password stops working at once");
        }

        var link = new Uri(InvitationLink().Match(mail.Body).Value);
        using var invitee = App.CreatePageClient();
        using var accepted = await AcceptAsync(invitee, link, "Une toute nouvelle phrase de passe");
        accepted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await invitee.SignInAsync(worker with { Password = "Une toute nouvelle phrase de passe" });
    }

    private async Task<(Uri Link, string Email)> InviteAsync()
    {
        var admin = await App.CreateAccountAsync(Roles.Admin);
        using var client = App.CreatePageClient();
        await client.SignInAsync(admin);
        var email = $"invite-{Guid.NewGuid():N}@remiv.example";
        using var invited = await client.SubmitAsync("/Admin/Comptes/Inviter", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Personne invitée",
            ["Input.Email"] = email,
            ["Input.Roles"] = Roles.YouthWorker,
        });
        var mail = App.SentMail.Where(m => m.To == email).ShouldHaveSingleItem();
        return (new Uri(InvitationLink().Match(mail.Body).Value), email);
    }

    private static Task<HttpResponseMessage> AcceptAsync(PageClient client, Uri link, string password) =>
        client.SubmitAsync(link.PathAndQuery, new Dictionary<string, string>
        {
            ["U"] = Query(link, "u"),
            ["T"] = Query(link, "t"),
            ["Input.Password"] = password,
            ["Input.PasswordConfirmation"] = password,
        });

    private static string Query(Uri link, string name) =>
        Uri.UnescapeDataString(link.Query.TrimStart('?').Split('&').Single(p => p.StartsWith(name + "=", StringComparison.Ordinal))[(name.Length + 1)..]);

    [GeneratedRegex(@"https?://\S+/Invitation\?\S+")]
    private static partial Regex InvitationLink();
}
