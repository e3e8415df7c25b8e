using Microsoft.Playwright;
using Remiv.Web.Tests.Support;

namespace Remiv.Web.Tests.Browser;

/// <summary>
/// Real Chromium (Debian's, never a downloaded build) driving the real app on Kestrel.
/// The fixture exists where Chromium does: REMIV_TEST_CHROMIUM, or /usr/bin/chromium (.ci/run installs it).
/// </summary>
[TestFixtureSource(nameof(Chromiums))]
public abstract class BrowserFixture(string chromium)
{
    private IPlaywright _playwright = null!;

    protected RemivWebFactory App { get; private set; } = null!;

    protected IBrowser Browser { get; private set; } = null!;

    public static IEnumerable<string> Chromiums()
    {
        var path = Environment.GetEnvironmentVariable("REMIV_TEST_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        if (File.Exists(path))
        {
            yield return path;
        }
    }

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        App = new RemivWebFactory("Sqlite", kestrel: true);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await App.DisposeAsync();
    }

    /// <summary>A phone-sized page (360 × 740, touch), French first like the hub's phones.</summary>
    protected async Task<IPage> NewPhonePageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.ServerAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 360, Height = 740 },
            IsMobile = true,
            HasTouch = true,
            Locale = "fr-FR",
        });
        return await context.NewPageAsync();
    }

    /// <summary>Fails when anything on the page is wider than the phone's screen (sideways scrolling).</summary>
    protected static async Task NoOverflowAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        overflow.ShouldBeLessThanOrEqualTo(0, $"nothing is wider than a 360 px screen ({page.Url})");
    }
}
