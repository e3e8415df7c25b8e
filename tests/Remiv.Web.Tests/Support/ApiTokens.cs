using System.Net;
using System.Net.Http.Json;

namespace Remiv.Web.Tests.Support;

public static class ApiTokens
{
    /// <summary>Signs in through POST /api/v1/auth/login and returns the access token.</summary>
    public static async Task<string> ForAsync(PageClient client, TestAccount account, string? twoFactorCode = null)
    {
        using var response = await client.Http.PostAsJsonAsync(new Uri("/api/v1/auth/login", UriKind.Relative),
            new { email = account.Email, password = account.Password, twoFactorCode });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        return token!.AccessToken;
    }

    public sealed record TokenResponse(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken);
}
