using Remiv.Application.Common.Interfaces;

namespace Remiv.Web;

/// <summary>Absolute links for emails, built on App:PublicBaseUrl (or the current request's address).</summary>
internal sealed class AppLinks(IConfiguration configuration, IHttpContextAccessor accessor) : IAppLinks
{
    public Uri Invitation(Guid userId, string token) =>
        new(BaseUri(), $"Invitation?u={userId:D}&t={Uri.EscapeDataString(token)}");

    public Uri Deadline(Guid deadlineId) => new(BaseUri(), $"Echeances/{deadlineId:D}");

    public Uri Notifications() => new(BaseUri(), "Notifications");

    private Uri BaseUri()
    {
        var configured = configuration["App:PublicBaseUrl"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new Uri(configured.EndsWith('/') ? configured : configured + "/");
        }

        var request = accessor.HttpContext?.Request
                      ?? throw new InvalidOperationException("Set App:PublicBaseUrl to build links outside a web request.");
        return new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/");
    }
}
