using System.Net;
using Remiv.Domain.Security;
using Remiv.Web.Tests.Support;

namespace Remiv.Web.Tests.Functional;

public sealed class SecurityHeadersTests(string provider) : FunctionalFixture(provider)
{
    [TestCase("/Connexion")]
    [TestCase("/api/v1/me")]
    [TestCase("/health/live")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var client = App.CreatePageClient();

        using var response = await client.GetAsync(path);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("script-src 'self'");
        csp.ShouldNotContain("unsafe-inline");
        csp.ShouldContain("frame-ancestors 'none'");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("no-referrer");
        response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
    }

    [Test]
    public async Task Outside_development_https_is_enforced_with_hsts()
    {
        using var client = App.CreatePageClient();

        // HSTS is never sent to localhost (browsers would remember it for every local project): use the hub's own name.
        using var https = await client.Http.GetAsync(new Uri("https://remiv.example/Connexion"));
        using var http = await client.Http.GetAsync(new Uri("http://remiv.example/Connexion"));

        https.Headers.Contains("Strict-Transport-Security").ShouldBeTrue();
        http.StatusCode.ShouldBeOneOf(HttpStatusCode.RedirectKeepVerb, HttpStatusCode.TemporaryRedirect, HttpStatusCode.PermanentRedirect, HttpStatusCode.Redirect);
        http.Headers.Location!.ShouldBe(new Uri("https://remiv.example/Connexion"));
    }

    [Test]
    public async Task The_session_cookie_is_secure_httponly_and_same_site_strict()
    {
        var account = await App.CreateAccountAsync(Roles.Coordinator);
        using var client = App.CreatePageClient();

        using var response = await client.SignInAsync(account.Email, account.Password);

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("remiv.session=", StringComparison.Ordinal)).ToLowerInvariant();
        cookie.ShouldContain("secure");
        cookie.ShouldContain("httponly");
        cookie.ShouldContain("samesite=strict");
    }

    [Test]
    public async Task Pages_contain_no_inline_script()
    {
        using var client = App.CreatePageClient();

        var page = await client.GetPageAsync("/Connexion");

        page.ShouldNotContain("<script", Case.Insensitive);
        page.ShouldNotContain(" onclick=", Case.Insensitive);
    }
}
