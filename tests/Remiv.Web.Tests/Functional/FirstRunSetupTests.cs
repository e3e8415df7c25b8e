using System.Net;
using Remiv.Web.Tests.Support;

namespace Remiv.Web.Tests.Functional;

/// <summary>A fresh instance can only be claimed with the token its console printed; then the setup page is gone.</summary>
[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.Providers))]
public sealed class FirstRunSetupTests(string provider)
{
    [Test]
    public async Task Setup_refuses_a_wrong_token_then_creates_the_first_administrator_with_the_right_one_and_disappears()
    {
        using var app = new RemivWebFactory(provider);
        using var client = app.CreatePageClient();
        (await client.GetPageAsync("/Connexion")).ShouldContain("Première utilisation");
        var token = app.SetupToken;
        token.ShouldNotBeNullOrEmpty();

        using var wrong = await client.SubmitAsync("/Installation", Form("0000AAAA0000AAAA0000AAAA"));
        wrong.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PageClient.ErrorsOf(wrong)).ShouldContain("Ce code d'installation est incorrect");

        using var right = await client.SubmitAsync("/Installation", Form(token!));
        right.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        right.Headers.Location!.OriginalString.ShouldBe("/Admin/Comptes");
        (await client.GetPageAsync("/Admin/Comptes")).ShouldContain("premiere-admin@remiv.example");

        using var anonymous = app.CreatePageClient();
        using var gone = await anonymous.GetAsync("/Installation");
        gone.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        app.SetupToken.ShouldBeNull("the token is forgotten once used");
    }

    [Test]
    public async Task Setup_with_the_right_token_still_refuses_a_weak_password_and_creates_nothing()
    {
        using var app = new RemivWebFactory(provider);
        using var client = app.CreatePageClient();
        var form = Form(app.SetupToken!);
        form["Input.Password"] = form["Input.PasswordConfirmation"] = "trop court";

        using var response = await client.SubmitAsync("/Installation", form);

        (await PageClient.ErrorsOf(response)).ShouldContain("au moins 12 caractères");
        using var stillThere = await client.GetAsync("/Installation");
        stillThere.StatusCode.ShouldBe(HttpStatusCode.OK, "no account was created, so setup is still open");
    }

    [Test]
    public async Task Setup_does_not_exist_once_any_account_exists()
    {
        using var app = new RemivWebFactory(provider);
        await app.CreateAccountAsync(Domain.Security.Roles.Coordinator);
        using var client = app.CreatePageClient();

        using var page = await client.GetAsync("/Installation");

        page.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static Dictionary<string, string> Form(string token) => new()
    {
        ["Input.SetupToken"] = token,
        ["Input.DisplayName"] = "Première Admin",
        ["Input.Email"] = "premiere-admin@remiv.example",
        ["Input.Password"] = "Une longue phrase pour la première admin",
        ["Input.PasswordConfirmation"] = "Une longue phrase pour la première admin",
    };
}
