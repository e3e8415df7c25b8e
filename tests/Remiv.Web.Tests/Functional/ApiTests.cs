using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Remiv.Domain.Security;
using Remiv.Web.Tests.Support;

namespace Remiv.Web.Tests.Functional;

/// <summary>The JSON API: bearer tokens, ProblemDetails for every refusal, never a 500 for bad input.</summary>
public sealed class ApiTests(string provider) : FunctionalFixture(provider)
{
    private static readonly string[] UnknownRole = ["Chef"];

    [Test]
    public async Task Invalid_input_gets_a_validation_problem_naming_each_field_in_french()
    {
        using var client = await AdminApiClientAsync();

        using var response = await client.Http.PostAsJsonAsync(new Uri("/api/v1/users/invitations", UriKind.Relative),
            new { email = "pas-une-adresse", displayName = "", roles = UnknownRole });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors");
        errors.GetProperty("Email")[0].GetString().ShouldBe("Cette adresse e-mail n'est pas valide. Vérifiez qu'elle contient un @ et un domaine.");
        errors.GetProperty("DisplayName")[0].GetString().ShouldBe("Indiquez le nom de la personne.");
        errors.GetProperty("Roles")[0].GetString()!.ShouldStartWith("Ce rôle n'existe pas.");
    }

    [Test]
    public async Task An_english_caller_gets_the_same_problem_in_english()
    {
        using var client = await AdminApiClientAsync();
        client.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB");

        using var response = await client.Http.PostAsJsonAsync(new Uri("/api/v1/users/invitations", UriKind.Relative),
            new { email = "x@remiv.example", displayName = "", roles = new[] { Roles.Coordinator } });

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var message = problem.GetProperty("errors").GetProperty("DisplayName")[0].GetString();
        message.ShouldNotBe("Indiquez le nom de la personne.");
        message.ShouldNotBeNullOrWhiteSpace();
    }

    [TestCase("{\"email\":")]
    [TestCase("[]")]
    [TestCase("{\"email\":\"x@remiv.example\",\"displayName\":null,\"roles\":[\"Admin\"]}")]
    [TestCase("{\"email\":\"x@remiv.example\",\"roles\":[\"Admin\"]}")]
    public async Task Malformed_json_gets_a_400_problem_and_never_a_500(string body)
    {
        using var client = await AdminApiClientAsync();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await client.Http.PostAsync(new Uri("/api/v1/users/invitations", UriKind.Relative), content);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Test]
    public async Task An_unknown_account_gets_a_404_problem()
    {
        using var client = await AdminApiClientAsync();

        using var response = await client.Http.PutAsJsonAsync(new Uri($"/api/v1/users/{Guid.NewGuid()}/roles", UriKind.Relative), new { roles = new[] { Roles.Coordinator } });

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Test]
    public async Task Wrong_credentials_get_a_401_problem_that_does_not_say_which_part_was_wrong()
    {
        var account = await App.CreateAccountAsync(Roles.Coordinator);
        using var client = App.CreatePageClient();

        using var wrongPassword = await client.Http.PostAsJsonAsync(new Uri("/api/v1/auth/login", UriKind.Relative), new { email = account.Email, password = "faux" });
        using var unknownEmail = await client.Http.PostAsJsonAsync(new Uri("/api/v1/auth/login", UriKind.Relative), new { email = "personne@remiv.example", password = "faux" });

        wrongPassword.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        unknownEmail.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await wrongPassword.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString()
            .ShouldBe((await unknownEmail.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    [Test]
    public async Task A_refresh_token_gives_a_new_access_token_until_the_account_is_deactivated()
    {
        var admin = await App.CreateAccountAsync(Roles.Admin);
        var worker = await App.CreateAccountAsync(Roles.YouthWorker);
        using var client = App.CreatePageClient();
        using var login = await client.Http.PostAsJsonAsync(new Uri("/api/v1/auth/login", UriKind.Relative), new { email = worker.Email, password = worker.Password });
        var tokens = await login.Content.ReadFromJsonAsync<ApiTokens.TokenResponse>();

        using var refreshed = await client.Http.PostAsJsonAsync(new Uri("/api/v1/auth/refresh", UriKind.Relative), new { refreshToken = tokens!.RefreshToken });
        refreshed.StatusCode.ShouldBe(HttpStatusCode.OK);

        using var adminClient = App.CreatePageClient();
        adminClient.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await ApiTokens.ForAsync(adminClient, admin));
        using var deactivate = await adminClient.Http.PutAsJsonAsync(new Uri($"/api/v1/users/{worker.Id}/active", UriKind.Relative), new { active = false });
        deactivate.StatusCode.ShouldBe(HttpStatusCode.NoContent);

        using var refused = await client.Http.PostAsJsonAsync(new Uri("/api/v1/auth/refresh", UriKind.Relative), new { refreshToken = tokens.RefreshToken });
        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task The_openapi_document_describes_the_v1_api_to_signed_in_callers()
    {
        using var client = await AdminApiClientAsync();

        var document = await client.Http.GetFromJsonAsync<JsonElement>(new Uri("/openapi/v1.json", UriKind.Relative));

        var paths = document.GetProperty("paths");
        paths.TryGetProperty("/api/v1/auth/login", out _).ShouldBeTrue();
        paths.TryGetProperty("/api/v1/users/invitations", out _).ShouldBeTrue();
    }

    [Test]
    public async Task The_browser_session_cookie_also_opens_the_api()
    {
        var account = await App.CreateAccountAsync(Roles.Coordinator);
        using var client = App.CreatePageClient();
        await client.SignInAsync(account);

        var me = await client.Http.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/me", UriKind.Relative));

        me.GetProperty("email").GetString().ShouldBe(account.Email);
    }

    private async Task<PageClient> AdminApiClientAsync()
    {
        var admin = await App.CreateAccountAsync(Roles.Admin);
        var client = App.CreatePageClient();
        client.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await ApiTokens.ForAsync(client, admin));
        return client;
    }
}
