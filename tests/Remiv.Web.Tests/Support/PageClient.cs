using System.Net;
using System.Text.RegularExpressions;

namespace Remiv.Web.Tests.Support;

/// <summary>
/// An HTTP client that uses the pages as a browser does: it reads a form, sends it back with its
/// antiforgery token and keeps the cookies.
/// </summary>
public sealed partial class PageClient(HttpClient http) : IDisposable
{
    public HttpClient Http { get; } = http;

    public Task<HttpResponseMessage> GetAsync(string path) => Http.GetAsync(new Uri(path, UriKind.Relative));

    /// <summary>The page's text with HTML entities decoded ("n&amp;#x27;est" reads "n'est"), as a person reads it.</summary>
    public static async Task<string> TextOf(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    /// <summary>The messages of the page's error summary only (empty when the form was accepted).</summary>
    public static async Task<string> ErrorsOf(HttpResponseMessage response)
    {
        var summary = ErrorSummary().Match(await response.Content.ReadAsStringAsync());
        return summary.Success ? WebUtility.HtmlDecode(summary.Groups[1].Value) : string.Empty;
    }

    public async Task<string> GetPageAsync(string path)
    {
        using var response = await GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {path}");
        return await TextOf(response);
    }

    /// <summary>Opens <paramref name="formPage"/>, then posts the fields with that page's antiforgery token.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string formPage, IReadOnlyDictionary<string, string> fields, string? action = null)
    {
        using var page = await GetAsync(formPage);
        page.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {formPage}");
        var html = await page.Content.ReadAsStringAsync();
        var token = AntiforgeryToken().Match(html);
        token.Success.ShouldBeTrue($"the page {formPage} has a form with an antiforgery token");
        var body = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token.Groups[1].Value };
        using var content = new FormUrlEncodedContent(body);
        return await Http.PostAsync(new Uri(action ?? formPage, UriKind.Relative), content);
    }

    public async Task<HttpResponseMessage> SignInAsync(string email, string password)
    {
        return await SubmitAsync("/Connexion", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
    }

    /// <summary>Signs in and checks the result is the home page (a redirect to "/").</summary>
    public async Task SignInAsync(TestAccount account)
    {
        using var response = await SignInAsync(account.Email, account.Password);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/");
    }

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("<div class=\"errors validation-summary-errors\"[^>]*>(.*?)</div>", RegexOptions.Singleline)]
    private static partial Regex ErrorSummary();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
