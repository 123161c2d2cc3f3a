using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using CouncilProposals.Pdf.Rendering;
using CouncilProposals.Web.Data;
using CouncilProposals.Web.Features.CabinetPacks;
using CouncilProposals.Web.Features.Proposals;
using CouncilProposals.Web.Hosting.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilProposals.Bench;

/// <summary>
/// The PDF figures side by side, in one run: the golden sample's PDF through the real endpoint over HTTP (warm,
/// median), Chromium printing the same proposal's page with a warm browser, the golden sample rendered in process,
/// a pack of 100 proposals in pages per second, the raw SkiaSharp floor for the same pages, and the size per
/// proposal. `--out folder` also writes the PDFs there to look at.
/// </summary>
internal static class PdfBench
{
    public static async Task RunAsync(string[] args)
    {
        var outFolder = args.SkipWhile(a => a != "--out").Skip(1).FirstOrDefault();
        await using var host = await PdfBenchHost.StartAsync();
        var baseAddress = host.BaseAddress;

        await using (var scope = host.App.Services.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            var db = services.GetRequiredService<AppDbContext>();
            var renderer = services.GetRequiredService<IPdfRenderer>();
            var goldenId = await db.Proposals.Where(p => p.Reference == GoldenSample.Reference).Select(p => p.Id).SingleAsync();
            var golden = (await services.GetRequiredService<ProposalDocumentQuery>().LoadAsync(goldenId))!;
            var packId = await PdfBenchData.CreatePackOf100Async(db);
            var pack = (await services.GetRequiredService<CabinetPackDocumentQuery>().LoadAsync(packId, PackVersion.Public))!;

            Console.WriteLine($"PDF benchmark on {Environment.ProcessorCount} cores, .NET {Environment.Version}");
            using var client = await host.SignedInClientAsync();
            var endpoint = await TimeAsync(30, async () => (await client.GetByteArrayAsync(new Uri($"/proposals/{goldenId}/pdf", UriKind.Relative))).Length);
            Report("Proposal PDF via HTTP endpoint (golden sample)", endpoint);
            Goal("proposal PDF via the endpoint, median warm <= 15 ms", endpoint.Median <= 15, $"{endpoint.Median:0.0} ms");

            var chromium = await ChromiumBench.TimeAsync(baseAddress, goldenId, runs: 15);
            if (chromium is { } c)
            {
                Report("Chromium printing the proposal page (warm browser)", c);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ours is {c.Median / endpoint.Median:0.0}x faster (goal >= 5x)"));
                Goal("ours >= 5x faster than Chromium printing the page", c.Median / endpoint.Median >= 5, $"{c.Median / endpoint.Median:0.0}x");
            }

            var inProcess = Time(50, () => renderer.Render(new ProposalPdfDocument(golden, DateTimeOffset.UtcNow)).Length);
            Report("Proposal PDF rendered in process", inProcess);

            var document = new CabinetPackPdfDocument(pack, "London Borough of Tower Hamlets", DateTimeOffset.UtcNow);
            var pages = renderer.Measure(document).PageCount;
            var packPdf = renderer.Render(document);
            var packTime = Time(5, () => renderer.Render(document).Length);
            Report($"Cabinet pack of {pack.Proposals.Count} proposals, {pages} pages", packTime);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {pages / (packTime.Median / 1000):0} pages/s (goal >= 500); {packPdf.Length / 1024.0 / pack.Proposals.Count:0.0} KB per proposal in the pack"));
            Goal("Cabinet pack >= 500 pages/s", pages / (packTime.Median / 1000) >= 500, $"{pages / (packTime.Median / 1000):0} pages/s");
            Goal("size <= 300 KB per proposal (golden sample alone, and per proposal in the pack)", inProcess.Bytes <= 300 * 1024 && packPdf.Length / pack.Proposals.Count <= 300 * 1024, $"{inProcess.Bytes / 1024.0:0} KB / {packPdf.Length / 1024.0 / pack.Proposals.Count:0.0} KB");

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
    }

    public static Timing Time(int runs, Func<int> work) => TimeAsync(runs, () => Task.FromResult(work())).GetAwaiter().GetResult();

    /// <summary>
    /// Warm-up runs until the JIT has settled (at least three runs and five seconds, then until two seconds in a
    /// row compile almost nothing: on two cores the JIT keeps recompiling hot code at its optimised tier for
    /// 15–20 seconds, and "warm" means after that), then the median, fastest and slowest of the runs, and the
    /// size of the output.
    /// </summary>
    public static async Task<Timing> TimeAsync(int runs, Func<Task<int>> work)
    {
        var size = 0;
        var warming = Stopwatch.StartNew();
        var window = Stopwatch.StartNew();
        var compiled = JitInfo.GetCompiledMethodCount();
        var quietWindows = 0;
        for (var i = 0; i < 3 || warming.Elapsed.TotalSeconds < 5 || (quietWindows < 2 && warming.Elapsed.TotalSeconds < 90); i++)
        {
            size = await work();
            if (window.Elapsed.TotalSeconds >= 1)
            {
                quietWindows = JitInfo.GetCompiledMethodCount() - compiled <= 2 ? quietWindows + 1 : 0;
                compiled = JitInfo.GetCompiledMethodCount();
                window.Restart();
            }
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

    private static void Goal(string goal, bool met, FormattableString measured) =>
        Console.WriteLine($"  {(met ? "PASS" : "FAIL")}: {goal} (measured {measured.ToString(CultureInfo.InvariantCulture)})");

    private static void Report(string name, Timing t) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name}: median {t.Median:0.0} ms over {t.Runs} runs (min {t.Min:0.0}, max {t.Max:0.0}); {t.Bytes / 1024.0:0} KB"));
}

internal sealed record Timing(double Median, double Min, double Max, int Runs, int Bytes);
