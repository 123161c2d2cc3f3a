using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using CouncilProposals.Pdf.Rendering;
using CouncilProposals.Web.Data;
using CouncilProposals.Web.Features.CabinetPacks;
using CouncilProposals.Web.Features.Proposals;
using CouncilProposals.Web.Hosting.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilProposals.Bench;

/// <summary>
/// Steadier figures than wall time on a shared machine: the process's CPU time, the bytes allocated and the
/// collections per operation (loading the golden sample, rendering it, the endpoint, the request path alone as a
/// signed-in request for /health, the pack and its layout pass), each over a run of repetitions. `--loop what
/// seconds` instead repeats one operation for a profiler to attach to, and `--out folder` only writes the golden
/// sample, the pack and a pack of 12 (about 30 pages) there; `--only a,b` measures only those.
/// </summary>
internal static partial class PdfProfile
{
    private const int ClockThreadCpuTime = 3;

    public static async Task RunAsync(string[] args)
    {
        await using var host = await PdfBenchHost.StartAsync();
        await using var scope = host.App.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        var renderer = services.GetRequiredService<IPdfRenderer>();
        var goldenId = await db.Proposals.Where(p => p.Reference == GoldenSample.Reference).Select(p => p.Id).SingleAsync();
        var golden = (await services.GetRequiredService<ProposalDocumentQuery>().LoadAsync(goldenId))!;
        var packId = await PdfBenchData.CreatePackOf100Async(db);
        var pack = (await services.GetRequiredService<CabinetPackDocumentQuery>().LoadAsync(packId, PackVersion.Public))!;
        var document = new CabinetPackPdfDocument(pack, "London Borough of Tower Hamlets", DateTimeOffset.UtcNow);
        using var client = await host.SignedInClientAsync();
        var url = new Uri($"/proposals/{goldenId}/pdf", UriKind.Relative);

        var operations = new Dictionary<string, (int Runs, Func<Task> Work)>(StringComparer.Ordinal)
        {
            ["query"] = (100, LoadGoldenAsync),
            ["golden"] = (100, () => Task.FromResult(renderer.Render(new ProposalPdfDocument(golden, DateTimeOffset.UtcNow)))),
            ["endpoint"] = (100, () => client.GetByteArrayAsync(url)),
            ["health"] = (100, () => client.GetByteArrayAsync(new Uri("/health", UriKind.Relative))),
            ["pack"] = (8, () => Task.FromResult(renderer.Render(document))),
            ["pack-layout"] = (8, () => Task.FromResult(renderer.Measure(document))),
        };

        async Task LoadGoldenAsync()
        {
            await using var queryScope = host.App.Services.CreateAsyncScope();
            await queryScope.ServiceProvider.GetRequiredService<ProposalDocumentQuery>().LoadAsync(goldenId);
        }

        if (args is ["--out", var folder])
        {
            Directory.CreateDirectory(folder);
            await File.WriteAllBytesAsync(Path.Combine(folder, "golden.pdf"), renderer.Render(new ProposalPdfDocument(golden, DateTimeOffset.UtcNow)));
            await File.WriteAllBytesAsync(Path.Combine(folder, "pack.pdf"), renderer.Render(document));
            var smallId = await PdfBenchData.CreatePackAsync(db, 12);
            var small = (await services.GetRequiredService<CabinetPackDocumentQuery>().LoadAsync(smallId, PackVersion.Public))!;
            await File.WriteAllBytesAsync(Path.Combine(folder, "pack-12.pdf"), renderer.Render(new CabinetPackPdfDocument(small, "London Borough of Tower Hamlets", DateTimeOffset.UtcNow)));
            return;
        }

        if (args is ["--loop", var what, var seconds])
        {
            Console.WriteLine($"Looping {what} for {seconds} s in process {Environment.ProcessId}");
            var until = Stopwatch.StartNew();
            var count = 0;
            while (until.Elapsed.TotalSeconds < double.Parse(seconds, CultureInfo.InvariantCulture))
            {
                var jitted = System.Runtime.JitInfo.GetCompiledMethodCount();
                var watch = Stopwatch.StartNew();
                await operations[what].Work();
                count++;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {count}: {watch.Elapsed.TotalMilliseconds:0.0} ms, {System.Runtime.JitInfo.GetCompiledMethodCount() - jitted} methods compiled"));
            }

            Console.WriteLine($"{count} runs");
            return;
        }

        var only = args is ["--only", var names] ? names.Split(',') : [.. operations.Keys];
        foreach (var (name, (runs, work)) in operations.Where(o => only.Contains(o.Key)))
        {
            // Warm until the JIT has tiered the code up: at least three runs and thirty seconds (two cores take 15–20).
            var warming = Stopwatch.StartNew();
            for (var i = 0; i < 3 || warming.Elapsed.TotalSeconds < 30; i++)
            {
                await work();
            }

            var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var allocated = GC.GetTotalAllocatedBytes();
            var jitted = System.Runtime.JitInfo.GetCompiledMethodCount();
            var paused = GC.GetTotalPauseDuration();
            var collections = GC.CollectionCount(0);
            var threadCpu = 0.0;
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < runs; i++)
            {
                var before = ThreadCpuMilliseconds();
                var task = work();
                threadCpu += ThreadCpuMilliseconds() - before; // the renderings run synchronously on this thread
                await task;
            }

            var wall = watch.Elapsed.TotalMilliseconds / runs;
            process.Refresh();
            var cpuPerRun = (process.TotalProcessorTime - cpu).TotalMilliseconds / runs;
            var kbPerRun = (GC.GetTotalAllocatedBytes() - allocated) / 1024.0 / runs;
            var jitPerRun = (System.Runtime.JitInfo.GetCompiledMethodCount() - jitted) / (double)runs;
            var gcPerRun = (GC.GetTotalPauseDuration() - paused).TotalMilliseconds / runs;
            var collectionsPerRun = (GC.CollectionCount(0) - collections) / (double)runs;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-12} thread CPU {threadCpu / runs,7:0.0} ms/run  process CPU {cpuPerRun,8:0.0} ms/run  wall {wall,8:0.0} ms/run  allocated {kbPerRun,10:0} KB/run  methods compiled {jitPerRun,6:0.0}/run  GC {collectionsPerRun,5:0.0} collections, {gcPerRun,6:0.0} ms paused/run"));
        }
    }

    /// <summary>CPU time of the calling thread (Linux), unaffected by other processes and by the JIT's background thread.</summary>
    private static double ThreadCpuMilliseconds() =>
        clock_gettime(ClockThreadCpuTime, out var time) == 0 ? (time.Seconds * 1000.0) + (time.Nanoseconds / 1_000_000.0) : 0;

    [LibraryImport("libc")]
    private static partial int clock_gettime(int clock, out Timespec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
