using CouncilProposals.Web.Data;
using CouncilProposals.Web.Hosting;
using CouncilProposals.Web.Hosting.Seeding;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace CouncilProposals.TestSupport;

/// <summary>
/// The real app on a real SQLite file of its own, migrated and loaded with the demo data, with time under the
/// tests' control. One instance is shared by every test class in the collection. It runs as a hosted
/// environment ("Testing": HTTPS, Secure cookies, HSTS), so its clients talk https; the demo data is loaded by
/// the tests through the app's own seeding code once the host is built, since configuration may ask for demo
/// data only in Development.
/// </summary>
public class CouncilProposalsFactory : WebApplicationFactory<Program>
{
    public static readonly Uri Https = new("https://localhost");

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "council-proposals-tests", Guid.NewGuid().ToString("N"));

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 2, 9, 30, 0, TimeSpan.Zero));

    public string DatabasePath => Path.Combine(_folder, "tests.db");

    public string LogFolder => Path.Combine(_folder, "logs");

    /// <summary>Where the app writes its e-mails as .eml files, unless <see cref="Settings"/> sets <c>Email:PickupFolder</c>.</summary>
    public PickupMail Mail => new(Settings.GetValueOrDefault("Email:PickupFolder") ?? Path.Combine(_folder, "mail"));

    /// <summary>The hosting environment the app runs in.</summary>
    public string EnvironmentName { get; init; } = "Testing";

    /// <summary>Whether the tests load the demo data and accounts once the host is built.</summary>
    public bool SeedsDemoData { get; init; } = true;

    /// <summary>Extra configuration for this host, such as <c>["ForwardedHeaders:KnownProxies:0"] = "127.0.0.2"</c>.</summary>
    public Dictionary<string, string?> Settings { get; init; } = [];

    public CouncilProposalsFactory() => ClientOptions.BaseAddress = Https;

    /// <summary>A client on https with its own cookies; <c>followRedirects: false</c> shows 302s and 403s as they are.</summary>
    public HttpClient CreateClient(bool followRedirects) =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = followRedirects, BaseAddress = Https });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={DatabasePath}");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Logs:Folder", LogFolder);
        builder.UseSetting("Council:BaseUrl", Https.ToString());
        builder.UseSetting("Email:PickupFolder", Path.Combine(_folder, "mail"));
        // Tests create many proposals as one demo officer; the limit itself is tested with accounts of its own.
        builder.UseSetting("RateLimits:ProposalCreatesPerMinute", "20");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Time);
        });
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        if (SeedsDemoData)
        {
            host.Services.SeedDemoDataAsync().GetAwaiter().GetResult();
        }

        return host;
    }

    /// <summary>
    /// A client signed in as a demo user through the real sign-in form, with its own cookies:
    /// <c>var client = await factory.CreateClientForAsync("officer.hac@council.example");</c>
    /// Every demo user has the password <see cref="DemoUsers.Password"/>. By default the client follows
    /// redirects like a browser; pass <c>followRedirects: false</c> to see 302s and 403s as they are.
    /// </summary>
    public async Task<HttpClient> CreateClientForAsync(string email, bool followRedirects = true)
    {
        var client = CreateClient(followRedirects);
        var signIn = await client.GetPageAsync("/sign-in");
        var response = await client.PostAsync(
            new Uri("/sign-in", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string>(signIn.FormValues("form[action='/sign-in']")) { ["Email"] = email, ["Password"] = DemoUsers.Password }));
        var landed = followRedirects ? response.RequestMessage?.RequestUri?.AbsolutePath : response.Headers.Location?.OriginalString;
        if (landed is null || landed.StartsWith("/sign-in", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Could not sign in as {email}: {(int)response.StatusCode} {landed} {await response.Content.ReadAsStringAsync()}");
        }

        return client;
    }

    /// <summary>Runs work against the app's own database, as the app would.</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public Task WithDbAsync(Func<AppDbContext, Task> work) => WithDbAsync(async db =>
    {
        await work(db);
        return true;
    });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (disposing && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
