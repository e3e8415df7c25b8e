using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Remiv.Domain.Security;
using Remiv.Web.Tests.Support;

namespace Remiv.Web.Tests.Functional;

/// <summary>Deny by default: who reaches what, for anonymous visitors and for every role.</summary>
public sealed class AccessTests(string provider) : FunctionalFixture(provider)
{
    private static readonly string[] SignedInPages = ["/", "/Compte", "/Compte/MotDePasse", "/Compte/DoubleAuthentification", "/Admin/Comptes", "/Admin/Comptes/Inviter"];

    private static readonly string[] SignedInApi = ["/api/v1/me", "/api/v1/users", "/openapi/v1.json"];

    [TestCaseSource(nameof(SignedInPages))]
    public async Task An_anonymous_visitor_is_sent_to_the_sign_in_page(string page)
    {
        using var client = App.CreatePageClient();

        using var response = await client.GetAsync(page);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/Connexion");
        response.Headers.Location.Query.ShouldContain("ReturnUrl=" + Uri.EscapeDataString(page));
    }

    [TestCaseSource(nameof(SignedInApi))]
    public async Task An_anonymous_api_caller_gets_401_and_no_redirect(string path)
    {
        using var client = App.CreatePageClient();

        using var response = await client.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Headers.Location.ShouldBeNull();
    }

    [Test]
    public async Task An_anonymous_api_caller_gets_401_on_a_command_too()
    {
        using var client = App.CreatePageClient();

        using var response = await client.Http.PostAsJsonAsync(new Uri("/api/v1/users/invitations", UriKind.Relative),
            new { email = "x@remiv.example", displayName = "X", roles = new[] { Roles.Admin } });

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        App.SentMail.ShouldNotContain(m => m.To == "x@remiv.example");
    }

    [TestCase("/Connexion")]
    [TestCase("/Erreur/404")]
    [TestCase("/health/live")]
    [TestCase("/health/ready")]
    [TestCase("/css/site.css")]
    public async Task The_sign_in_page_health_checks_and_static_files_are_open_to_anyone(string path)
    {
        using var client = App.CreatePageClient();

        using var response = await client.GetAsync(path);

        response.StatusCode.ShouldBe(path == "/Erreur/404" ? HttpStatusCode.NotFound : HttpStatusCode.OK);
    }

    [TestCase(Roles.Coordinator)]
    [TestCase(Roles.YouthWorker)]
    [TestCase(Roles.Psychologist)]
    public async Task A_staff_member_gets_403_on_the_account_administration_pages(string role)
    {
        var account = await App.CreateAccountAsync(role);
        using var client = App.CreatePageClient();
        await client.SignInAsync(account);

        foreach (var page in new[] { "/Admin/Comptes", "/Admin/Comptes/Inviter", $"/Admin/Comptes/Modifier/{account.Id}" })
        {
            using var response = await client.GetAsync(page);
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, page);
            (await PageClient.TextOf(response)).ShouldContain("Accès refusé");
        }
    }

    [TestCase(Roles.Coordinator)]
    [TestCase(Roles.YouthWorker)]
    [TestCase(Roles.Psychologist)]
    public async Task A_staff_member_gets_403_on_the_account_administration_api_and_invites_nobody(string role)
    {
        var account = await App.CreateAccountAsync(role);
        using var client = App.CreatePageClient();
        client.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await ApiTokens.ForAsync(client, account));

        using var list = await client.GetAsync("/api/v1/users");
        using var invite = await client.Http.PostAsJsonAsync(new Uri("/api/v1/users/invitations", UriKind.Relative),
            new { email = $"invite-{role}@remiv.example", displayName = "X", roles = new[] { Roles.Admin } });

        list.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        invite.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        App.SentMail.ShouldNotContain(m => m.To == $"invite-{role}@remiv.example");
    }

    [Test]
    public async Task An_administrator_reaches_account_administration_through_pages_and_api()
    {
        var admin = await App.CreateAccountAsync(Roles.Admin);
        using var client = App.CreatePageClient();
        await client.SignInAsync(admin);

        (await client.GetPageAsync("/Admin/Comptes")).ShouldContain(admin.Email);
        using var api = await client.GetAsync("/api/v1/users");
        api.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task An_administrator_holds_no_permission_on_case_data()
    {
        var admin = await App.CreateAccountAsync(Roles.Admin);
        using var client = App.CreatePageClient();
        await client.SignInAsync(admin);

        var me = await client.Http.GetFromJsonAsync<MeResponse>(new Uri("/api/v1/me", UriKind.Relative));

        me!.Permissions.ShouldBe([nameof(Permission.ManageUsers), nameof(Permission.MonitorJobs)], ignoreOrder: true);
    }

    [TestCase(Roles.Coordinator)]
    [TestCase(Roles.YouthWorker)]
    [TestCase(Roles.Psychologist)]
    public async Task A_staff_member_sees_the_french_home_page_without_the_administration_menu(string role)
    {
        var account = await App.CreateAccountAsync(role);
        using var client = App.CreatePageClient();
        await client.SignInAsync(account);

        var home = await client.GetPageAsync("/");

        home.ShouldContain("<html lang=\"fr\">");
        home.ShouldContain("Bonjour Compte " + role);
        home.ShouldNotContain("href=\"/Admin/Comptes\"");
    }

    [Test]
    public async Task A_deactivated_account_cannot_sign_in()
    {
        var account = await App.CreateAccountAsync(Roles.YouthWorker, active: false);
        using var client = App.CreatePageClient();

        using var response = await client.SignInAsync(account.Email, account.Password);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PageClient.ErrorsOf(response)).ShouldContain("Ce compte n'est pas actif");
        using var home = await client.GetAsync("/");
        home.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    private sealed record MeResponse(Guid Id, string Email, string[] Roles, string[] Permissions);
}
