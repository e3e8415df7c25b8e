using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Mediator;
using Remiv.Application.Common.Interfaces;
using Remiv.Domain.Security;
using Remiv.Web.Tests.Support;

namespace Remiv.Web.Tests.Functional;

public sealed class SignInTests(string provider) : FunctionalFixture(provider)
{
    [Test]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var account = await App.CreateAccountAsync(Roles.YouthWorker);
        using var client = App.CreatePageClient();

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var wrong = await client.SignInAsync(account.Email, "pas le bon mot de passe");
            (await PageClient.ErrorsOf(wrong)).ShouldContain(attempt < 5 ? "Adresse e-mail ou mot de passe incorrect." : "verrouillé pour 15 minutes");
        }

        using var right = await client.SignInAsync(account.Email, account.Password);
        right.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PageClient.ErrorsOf(right)).ShouldContain("verrouillé pour 15 minutes");
        using var home = await client.GetAsync("/");
        home.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Test]
    public async Task Four_wrong_passwords_do_not_lock_the_account()
    {
        var account = await App.CreateAccountAsync(Roles.YouthWorker);
        using var client = App.CreatePageClient();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var wrong = await client.SignInAsync(account.Email, "pas le bon mot de passe");
        }

        await client.SignInAsync(account);
    }

    [Test]
    public async Task An_api_caller_is_locked_out_after_five_wrong_passwords_as_well()
    {
        var account = await App.CreateAccountAsync(Roles.Coordinator);
        using var client = App.CreatePageClient();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var wrong = await client.Http.PostAsJsonAsync(new Uri("/api/v1/auth/login", UriKind.Relative), new { email = account.Email, password = "faux" });
            wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        using var right = await client.Http.PostAsJsonAsync(new Uri("/api/v1/auth/login", UriKind.Relative), new { email = account.Email, password = account.Password });

        right.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await PageClient.TextOf(right)).ShouldContain("verrouillé");
    }

    [Test]
    public async Task A_two_factor_account_signs_in_with_password_then_the_authenticator_code()
    {
        var account = await App.CreateAccountAsync(Roles.Psychologist, twoFactor: true);
        using var client = App.CreatePageClient();

        using var password = await client.SignInAsync(account.Email, account.Password);
        password.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        password.Headers.Location!.OriginalString.ShouldStartWith("/Connexion/DeuxFacteurs");
        using var notYet = await client.GetAsync("/");
        notYet.StatusCode.ShouldBe(HttpStatusCode.Redirect, "a correct password alone does not open a session");

        using var code = await client.SubmitAsync("/Connexion/DeuxFacteurs", new Dictionary<string, string>
        {
            ["Input.Code"] = Totp.Code(account.AuthenticatorKey!, DateTimeOffset.UtcNow),
        });

        code.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        code.Headers.Location!.OriginalString.ShouldBe("/");
        (await client.GetPageAsync("/")).ShouldContain("Bonjour");
    }

    [Test]
    public async Task A_wrong_authenticator_code_is_refused_with_a_french_message()
    {
        var account = await App.CreateAccountAsync(Roles.Psychologist, twoFactor: true);
        using var client = App.CreatePageClient();
        using var password = await client.SignInAsync(account.Email, account.Password);
        var wrongCode = Totp.Code(account.AuthenticatorKey!, DateTimeOffset.UtcNow.AddHours(-1));

        using var code = await client.SubmitAsync("/Connexion/DeuxFacteurs", new Dictionary<string, string> { ["Input.Code"] = wrongCode });

        code.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PageClient.ErrorsOf(code)).ShouldContain("Ce code n'est pas valable");
        using var home = await client.GetAsync("/");
        home.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Test]
    public async Task A_recovery_code_signs_in_once_only()
    {
        var account = await App.CreateAccountAsync(Roles.Coordinator, twoFactor: true);
        var codes = await App.WithServiceAsync<IEnumerable<string>?, Microsoft.AspNetCore.Identity.UserManager<Remiv.Infrastructure.Identity.ApplicationUser>>(
            async users => await users.GenerateNewTwoFactorRecoveryCodesAsync((await users.FindByIdAsync(account.Id.ToString()))!, 2));
        var recovery = codes!.First();

        using (var first = App.CreatePageClient())
        {
            using var password = await first.SignInAsync(account.Email, account.Password);
            using var code = await first.SubmitAsync("/Connexion/DeuxFacteurs", new Dictionary<string, string> { ["Input.RecoveryCode"] = recovery });
            code.Headers.Location!.OriginalString.ShouldBe("/");
        }

        using var second = App.CreatePageClient();
        using var again = await second.SignInAsync(account.Email, account.Password);
        using var reused = await second.SubmitAsync("/Connexion/DeuxFacteurs", new Dictionary<string, string> { ["Input.RecoveryCode"] = recovery });
        reused.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task The_api_asks_for_the_second_factor_and_accepts_it()
    {
        var account = await App.CreateAccountAsync(Roles.Coordinator, twoFactor: true);
        using var client = App.CreatePageClient();

        using var without = await client.Http.PostAsJsonAsync(new Uri("/api/v1/auth/login", UriKind.Relative), new { email = account.Email, password = account.Password });
        without.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await PageClient.TextOf(without)).ShouldContain("\"twoFactorRequired\":true");

        var token = await ApiTokens.ForAsync(client, account, Totp.Code(account.AuthenticatorKey!, DateTimeOffset.UtcNow));
        client.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var me = await client.GetAsync("/api/v1/me");
        me.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task A_role_requiring_two_factor_confines_its_members_to_the_setup_page_until_done()
    {
        var psychologist = await App.CreateAccountAsync(Roles.Psychologist);
        await SetRoleRequiresTwoFactorAsync(Roles.Psychologist, required: true);
        try
        {
            using var client = App.CreatePageClient();
            await client.SignInAsync(psychologist);

            using var home = await client.GetAsync("/");
            home.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            home.Headers.Location!.OriginalString.ShouldBe("/Compte/DoubleAuthentification");
            client.Http.DefaultRequestHeaders.Authorization = null;
            using var api = await client.GetAsync("/api/v1/me");
            api.StatusCode.ShouldBe(HttpStatusCode.Forbidden);

            var setup = await client.GetPageAsync("/Compte/DoubleAuthentification");
            setup.ShouldContain("Votre rôle exige la double authentification");
            var key = await App.WithServiceAsync<string?, Microsoft.AspNetCore.Identity.UserManager<Remiv.Infrastructure.Identity.ApplicationUser>>(
                async users => await users.GetAuthenticatorKeyAsync((await users.FindByIdAsync(psychologist.Id.ToString()))!));

            using var enable = await client.SubmitAsync("/Compte/DoubleAuthentification",
                new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key!, DateTimeOffset.UtcNow) },
                action: "/Compte/DoubleAuthentification?handler=Enable");
            enable.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await PageClient.TextOf(enable)).ShouldContain("Vos codes de secours");

            using var after = await client.GetAsync("/");
            after.StatusCode.ShouldBe(HttpStatusCode.OK, "once 2FA is on, the rest of the application opens again");
        }
        finally
        {
            await SetRoleRequiresTwoFactorAsync(Roles.Psychologist, required: false);
        }
    }

    [Test]
    public async Task Signing_out_ends_the_session()
    {
        var account = await App.CreateAccountAsync(Roles.YouthWorker);
        using var client = App.CreatePageClient();
        await client.SignInAsync(account);

        using var signOut = await client.SubmitAsync("/", new Dictionary<string, string>(), action: "/Deconnexion");

        signOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var home = await client.GetAsync("/");
        home.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        home.Headers.Location!.AbsolutePath.ShouldBe("/Connexion");
    }

    [Test]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused()
    {
        var account = await App.CreateAccountAsync(Roles.YouthWorker);
        using var client = App.CreatePageClient();
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = account.Email, ["Input.Password"] = account.Password });

        using var response = await client.Http.PostAsync(new Uri("/Connexion", UriKind.Relative), content);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var home = await client.GetAsync("/");
        home.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [TestCase("/\t/evil.example")]
    [TestCase("//evil.example")]
    [TestCase("https://evil.example/")]
    public async Task A_return_address_that_is_not_a_plain_local_path_sends_home_never_elsewhere_nor_to_an_error(string returnUrl)
    {
        using var client = App.CreatePageClient();

        using var response = await client.SubmitAsync("/Connexion", new Dictionary<string, string> { ["culture"] = "en-GB", ["returnUrl"] = returnUrl }, action: "/Langue");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/");
    }

    private async Task SetRoleRequiresTwoFactorAsync(string role, bool required)
    {
        await App.WithServiceAsync<int, IIdentityService>(async identity =>
        {
            await identity.SetRoleRequiresTwoFactorAsync(role, required, CancellationToken.None);
            return 0;
        });
    }
}
