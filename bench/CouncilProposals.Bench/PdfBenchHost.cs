using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using CouncilProposals.Web.Features.Proposals;
using CouncilProposals.Web.Hosting;
using CouncilProposals.Web.Hosting.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilProposals.Bench;

/// <summary>The app on 127.0.0.1 with a fresh SQLite database holding the demo data, as the PDF benchmarks use it.</summary>
internal sealed partial class PdfBenchHost(WebApplication app, DirectoryInfo folder, X509Certificate2 certificate) : IAsyncDisposable
{
    public WebApplication App { get; } = app;

    public Uri BaseAddress { get; } = new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public static async Task<PdfBenchHost> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("council-proposals-bench");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Bench", // as production runs: Development adds checks to every service it resolves
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(ProposalPdfDocument).Assembly.GetName().Name, // so MVC finds the app's controllers and views
        });
        builder.Configuration["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(folder.FullName, "bench.db")}";
        builder.Configuration["Logs:Folder"] = folder.FullName;
        builder.Configuration["Council:BaseUrl"] = "https://127.0.0.1";
        builder.Configuration["Serilog:MinimumLevel:Default"] = "Error";
        builder.AddCouncilLogging();
        // HTTPS with a certificate made for the run, as production answers (outside Development plain HTTP redirects).
        var certificate = LoadTest.SelfSignedCertificate();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        builder.Services.AddCouncilProposals(builder.Configuration, builder.Environment);
        var app = builder.Build();
        await app.Services.MigrateDatabaseAsync(seedDemoData: true);
        app.UseCouncilProposals();
        await app.StartAsync();
        return new PdfBenchHost(app, folder, certificate);
    }

    /// <summary>A client signed in through the sign-in form as the corporate finance demo user, as a browser would.</summary>
    public async Task<HttpClient> SignedInClientAsync()
    {
        var client = new HttpClient(new SocketsHttpHandler
        {
            CookieContainer = new CookieContainer(),
            SslOptions = { RemoteCertificateValidationCallback = (_, presented, _, _) => presented?.GetCertHashString() == certificate.Thumbprint },
        })
        { BaseAddress = BaseAddress };
        var form = await client.GetStringAsync(new Uri("/sign-in", UriKind.Relative));
        var token = AntiforgeryToken().Match(form).Groups[1].Value;
        using var response = await client.PostAsync(new Uri("/sign-in", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["Email"] = DemoUsers.CorporateFinance,
            ["Password"] = DemoUsers.Password,
        }));
        if (response.RequestMessage?.RequestUri?.AbsolutePath.StartsWith("/sign-in", StringComparison.Ordinal) != false)
        {
            throw new InvalidOperationException($"Could not sign in: {(int)response.StatusCode}");
        }

        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
        certificate.Dispose();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
