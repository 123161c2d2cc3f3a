using System.Net;
using System.Net.Sockets;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilProposals.BrowserTests.Infrastructure;

/// <summary>
/// The real app served by Kestrel on 127.0.0.1 (a port of its own), and Debian's chromium driven by Playwright.
/// Playwright cannot download browsers here, so it launches the system chromium (CHROMIUM_PATH to override).
/// </summary>
public class BrowserApp : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    // The port is chosen before start-up so that the links in the app's e-mails point at this server.
    private readonly int _port = FreePort();

    public BrowserApp() =>
        Factory = new() { EnvironmentName = "Development", Settings = { ["Council:BaseUrl"] = $"http://127.0.0.1:{_port}" } };

    public CouncilProposalsFactory Factory { get; }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
        Factory.UseKestrel(options => options.Listen(IPAddress.Loopback, _port));
        Factory.StartServer();
        var address = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseAddress = new Uri(address);

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh browser window (own cookies) on the app, signed in through the sign-in page as the demo user given.</summary>
    public async Task<IPage> NewPageAsync(string signInAs, int width = 1280, int height = 900)
    {
        var page = await NewPageAsync(width, height);
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("Email address").FillAsync(signInAs);
        await page.GetByLabel("Password").FillAsync(DemoUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-signed-in-as]")).ToHaveTextAsync($"Signed in as {signInAs}");
        return page;
    }

    /// <summary>A fresh browser window (own cookies) on the app, not signed in.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-GB",
            TimezoneId = "Europe/London",
        });
        return await context.NewPageAsync();
    }

    /// <summary>Fails with the list of serious or critical accessibility violations on the page, if any.</summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe();
        var serious = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Impact}: {v.Id} – {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))})")
            .ToList();
        Assert.True(serious.Count == 0, $"Accessibility violations on {page.Url}:\n" + string.Join('\n', serious));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        await Factory.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserApp>
{
    public const string Name = "Browser";
}
