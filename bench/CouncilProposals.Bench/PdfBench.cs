using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CouncilProposals.Pdf.Rendering;
using CouncilProposals.Web.Data;
using CouncilProposals.Web.Features.CabinetPacks;
using CouncilProposals.Web.Features.Proposals;
using CouncilProposals.Web.Hosting;
using CouncilProposals.Web.Hosting.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilProposals.Bench;

/// <summary>
/// The PDF figures side by side, in one run: the golden sample's PDF through the real endpoint over HTTP (warm,
/// median), Chromium printing the same proposal's page with a warm browser, the golden sample rendered in process,
/// a pack of 100 proposals in pages per second, the raw SkiaSharp floor for the same pages, and the size per
/// proposal. `--out folder` also writes the PDFs there to look at.
/// </summary>
internal static partial class PdfBench
{
    public static async Task RunAsync(string[] args)
    {
        var outFolder = args.SkipWhile(a => a != "--out").Skip(1).FirstOrDefault();
        var folder = Directory.CreateTempSubdirectory("council-proposals-bench");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Development",
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(ProposalPdfDocument).Assembly.GetName().Name, // so MVC finds the app's controllers and views
        });
        builder.Configuration["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(folder.FullName, "bench.db")}";
        builder.Configuration["Logs:Folder"] = folder.FullName;
        builder.Configuration["Serilog:MinimumLevel:Default"] = "Error";
        builder.AddCouncilLogging();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddCouncilProposals(builder.Configuration, builder.Environment);
        var app = builder.Build();
        await app.Services.MigrateDatabaseAsync(seedDemoData: true);
        app.UseCouncilProposals();
        await app.StartAsync();
        var baseAddress = new Uri(app.Urls.First());

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            var db = services.GetRequiredService<AppDbContext>();
            var renderer = services.GetRequiredService<IPdfRenderer>();
            var goldenId = await db.Proposals.Where(p => p.Reference == GoldenSample.Reference).Select(p => p.Id).SingleAsync();
            var golden = (await services.GetRequiredService<ProposalDocumentQuery>().LoadAsync(goldenId))!;
            var packId = await PdfBenchData.CreatePackOf100Async(db);
            var pack = (await services.GetRequiredService<CabinetPackDocumentQuery>().LoadAsync(packId))!;

            Console.WriteLine($"PDF benchmark on {Environment.ProcessorCount} cores, .NET {Environment.Version}");
            using var client = await SignedInClientAsync(baseAddress);
            var endpoint = await TimeAsync(30, async () => (await client.GetByteArrayAsync(new Uri($"/proposals/{goldenId}/pdf", UriKind.Relative))).Length);
            Report("Proposal PDF via HTTP endpoint (golden sample)", endpoint);

            var chromium = await ChromiumBench.TimeAsync(baseAddress, goldenId, runs: 15);
            if (chromium is { } c)
            {
                Report("Chromium printing the proposal page (warm browser)", c);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ours is {c.Median / endpoint.Median:0.0}x faster (goal >= 5x)"));
            }

            var inProcess = Time(50, () => renderer.Render(new ProposalPdfDocument(golden, DateTimeOffset.UtcNow)).Length);
            Report("Proposal PDF rendered in process", inProcess);

            var document = new CabinetPackPdfDocument(pack.Pack, pack.Proposals, "London Borough of Tower Hamlets", DateTimeOffset.UtcNow);
            var pages = renderer.Measure(document).PageCount;
            var packPdf = renderer.Render(document);
            var packTime = Time(5, () => renderer.Render(document).Length);
            Report($"Cabinet pack of {pack.Proposals.Count} proposals, {pages} pages", packTime);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {pages / (packTime.Median / 1000):0} pages/s (goal >= 500); {packPdf.Length / 1024.0 / pack.Proposals.Count:0.0} KB per proposal in the pack"));

            Report("  of which the layout pass alone (measuring, shaping, pagination)", Time(5, () => renderer.Measure(document).PageCount));

            var floor = SkiaFloor.From(packPdf);
            var floorTime = Time(5, floor.Draw);
            Report($"Raw SkiaSharp floor: the same {floor.PageCount} pages' text runs drawn straight onto an SKDocument", floorTime);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {floor.PageCount / (floorTime.Median / 1000):0} pages/s"));
            Console.WriteLine($"Peak working set of the process: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MB");

            if (outFolder is not null)
            {
                Directory.CreateDirectory(outFolder);
                await File.WriteAllBytesAsync(Path.Combine(outFolder, "golden.pdf"), renderer.Render(new ProposalPdfDocument(golden, DateTimeOffset.UtcNow)));
                await File.WriteAllBytesAsync(Path.Combine(outFolder, "pack.pdf"), packPdf);
            }
        }

        await app.StopAsync();
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }

    public static Timing Time(int runs, Func<int> work) => TimeAsync(runs, () => Task.FromResult(work())).GetAwaiter().GetResult();

    /// <summary>Three warm-up runs, then the median, fastest and slowest of the runs, and the size of the output.</summary>
    public static async Task<Timing> TimeAsync(int runs, Func<Task<int>> work)
    {
        var size = 0;
        for (var i = 0; i < 3; i++)
        {
            size = await work();
        }

        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await work();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return new Timing(times[times.Count / 2], times[0], times[^1], runs, size);
    }

    private static void Report(string name, Timing t) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name}: median {t.Median:0.0} ms over {t.Runs} runs (min {t.Min:0.0}, max {t.Max:0.0}); {t.Bytes / 1024.0:0} KB"));

    /// <summary>A client signed in through the sign-in form as the corporate finance demo user, as a browser would.</summary>
    private static async Task<HttpClient> SignedInClientAsync(Uri baseAddress)
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

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}

internal sealed record Timing(double Median, double Min, double Max, int Runs, int Bytes);
