using System.Net;
using System.Text.RegularExpressions;
using CouncilProposals.Web.Features.Proposals;
using CouncilProposals.Web.Hosting;
using CouncilProposals.Web.Hosting.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace CouncilProposals.Bench;

/// <summary>The app on 127.0.0.1 with a fresh SQLite database holding the demo data, as the PDF benchmarks use it.</summary>
internal sealed partial class PdfBenchHost(WebApplication app, DirectoryInfo folder) : IAsyncDisposable
{
    public WebApplication App { get; } = app;

    public Uri BaseAddress { get; } = new(app.Urls.First());

    public static async Task<PdfBenchHost> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("council-proposals-bench");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Development",
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(ProposalPdfDocument).Assembly.GetName().Name, // so MVC finds the app's controllers and views
        });
        builder.Configuration["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(folder.FullName, "bench.db")}";
        builder.Configuration["Logs:Folder"] = folder.FullName;
        builder.Configuration["Council:BaseUrl"] = "https://127.0.0.1";
        builder.Configuration["Serilog:MinimumLevel:Default"] = "Error";
        builder.AddCouncilLogging();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddCouncilProposals(builder.Configuration, builder.Environment);
        var app = builder.Build();
        await app.Services.MigrateDatabaseAsync(seedDemoData: true);
        app.UseCouncilProposals();
        await app.StartAsync();
        return new PdfBenchHost(app, folder);
    }

    /// <summary>A client signed in through the sign-in form as the corporate finance demo user, as a browser would.</summary>
    public static async Task<HttpClient> SignedInClientAsync(Uri baseAddress)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = baseAddress };
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
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
