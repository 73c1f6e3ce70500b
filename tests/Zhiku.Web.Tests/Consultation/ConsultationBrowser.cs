using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Zhiku.Web.Tests.Browser;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Consultation;

/// <summary>
/// The consultation's cast (five expert accounts, an outsider) on a real Kestrel port with Debian's Chromium, for the
/// pages' done-test. Like the other browser tests it fails, never skips, when Chromium is missing.
/// </summary>
public sealed class ConsultationBrowser : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public ConsultationPlatform Platform { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public string Address { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        if (!File.Exists(BrowserPlatform.ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium is missing at {BrowserPlatform.ChromiumPath}: the browser tests need Debian's Chromium (apt-get install -y chromium fonts-wqy-microhei).");
        }

        Platform.UseKestrel(0);
        Platform.Cast();
        Address = Platform.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
            .Replace("[::]", "localhost", StringComparison.Ordinal).Replace("0.0.0.0", "localhost", StringComparison.Ordinal).TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserPlatform.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A page of its own (own cookies) signed in as the user through the sign-in form.</summary>
    public async Task<IPage> SignedInAsync(string user)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Address, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/signin");
        await page.FillAsync("#user-name", user);
        await page.FillAsync("#password", TestUsers.Password);
        await page.ClickAsync("#signin-button");
        await page.WaitForSelectorAsync("#signed-in-user");
        return page;
    }

    /// <summary>A plain client of the platform's port with a user's bearer token.</summary>
    public HttpClient Client(string token)
    {
        var client = new HttpClient { BaseAddress = new Uri(Address + "/") };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await Platform.DisposeAsync();
    }
}
