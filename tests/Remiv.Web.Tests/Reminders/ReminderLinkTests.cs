using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Remiv.Web.Tests.Reminders;

/// <summary>
/// The links written into emails: from App:PublicBaseUrl whoever triggers them (a job has no request, and a request's
/// Host header is whatever the sender typed); from the request only when the setting is emptied; never a failure.
/// </summary>
public sealed class ReminderLinkTests
{
    private static readonly Guid DeadlineId = Guid.Parse("6f1c2a8e-0b7d-4c1e-9a55-3d2f1e0c9b71");

    [Test]
    public void A_job_without_a_request_links_to_the_configured_address()
    {
        var links = Links("https://remiv.example.org", request: null);

        links.Deadline(DeadlineId).ShouldBe(new Uri($"https://remiv.example.org/Echeances/{DeadlineId:D}"));
        links.Notifications().ShouldBe(new Uri("https://remiv.example.org/Notifications"));
    }

    [Test]
    public void During_a_request_the_configured_address_wins_over_a_forged_host()
    {
        var links = Links("https://remiv.example.org/", request: "attacker.example");

        links.Deadline(DeadlineId).Host.ShouldBe("remiv.example.org");
    }

    [Test]
    public void With_the_setting_emptied_a_request_gives_its_address_and_a_job_the_default_one_instead_of_failing()
    {
        Links("", request: "hub.local").Deadline(DeadlineId).ShouldBe(new Uri($"https://hub.local/Echeances/{DeadlineId:D}"));
        Links("", request: null).Deadline(DeadlineId).ShouldBe(new Uri($"http://localhost:5080/Echeances/{DeadlineId:D}"));
    }

    [Test]
    public void The_shipped_settings_point_to_the_address_of_dotnet_run()
    {
        var settings = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: false)
            .Build();

        Links(settings["App:PublicBaseUrl"]!, request: null).Deadline(DeadlineId).GetLeftPart(UriPartial.Authority).ShouldBe("http://localhost:5080");
    }

    private static AppLinks Links(string baseUrl, string? request)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["App:PublicBaseUrl"] = baseUrl }).Build();
        var accessor = new OneRequest();
        if (request is not null)
        {
            var context = new DefaultHttpContext();
            context.Request.Scheme = "https";
            context.Request.Host = new HostString(request);
            accessor.HttpContext = context;
        }

        return new AppLinks(configuration, accessor);
    }

    /// <summary>The request of one test only (the framework's accessor shares it along the async flow).</summary>
    private sealed class OneRequest : IHttpContextAccessor
    {
        public HttpContext? HttpContext { get; set; }
    }
}
