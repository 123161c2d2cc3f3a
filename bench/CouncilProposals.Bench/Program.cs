using System.Diagnostics;
using System.Globalization;
using CouncilProposals.Domain.CabinetPacks;
using CouncilProposals.Domain.Proposals;
using CouncilProposals.Pdf.Rendering;
using CouncilProposals.Web.Data;
using CouncilProposals.Web.Features.CabinetPacks;
using CouncilProposals.Web.Features.Proposals;
using CouncilProposals.Web.Hosting;
using CouncilProposals.Web.Hosting.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// Renders the golden sample and a Cabinet pack of 100 proposals, and prints the median time of repeated runs
// and the memory used. Run with: dotnet run -c Release --project bench/CouncilProposals.Bench
var folder = Directory.CreateTempSubdirectory("council-proposals-bench");
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Bench", ContentRootPath = AppContext.BaseDirectory });
builder.Configuration["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(folder.FullName, "bench.db")}";
builder.Configuration["Logs:Folder"] = folder.FullName;
builder.Logging.ClearProviders();
builder.Services.AddCouncilProposals(builder.Configuration, builder.Environment);
await using var app = builder.Build();
await app.Services.MigrateDatabaseAsync(seedDemoData: true);

await using var scope = app.Services.CreateAsyncScope();
var services = scope.ServiceProvider;
var db = services.GetRequiredService<AppDbContext>();
var renderer = services.GetRequiredService<IPdfRenderer>();
var documents = services.GetRequiredService<ProposalDocumentQuery>();

var packId = await Bench.CreatePackOf100Async(db);
var golden = (await documents.LoadAsync(await db.Proposals.Where(p => p.Reference == GoldenSample.Reference).Select(p => p.Id).SingleAsync()))!;
var pack = (await services.GetRequiredService<CabinetPackDocumentQuery>().LoadAsync(packId))!;

Console.WriteLine($"Rendering on {Environment.ProcessorCount} cores, .NET {Environment.Version}");
Bench.Run("Golden sample proposal", runs: 50, () => renderer.Render(new ProposalPdfDocument(golden, DateTimeOffset.UtcNow)));
Bench.Run($"Cabinet pack of {pack.Proposals.Count} proposals", runs: 7, () => renderer.Render(new CabinetPackPdfDocument(pack.Pack, pack.Proposals, "London Borough of Tower Hamlets", DateTimeOffset.UtcNow)));
await ExportBench.RunAsync(app.Services);
Console.WriteLine($"Peak working set of the process: {Environment.WorkingSet / 1048576.0:0} MB now, {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MB at peak");

await app.DisposeAsync();
Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
folder.Delete(recursive: true);

internal static class Bench
{
    public static void Run(string name, int runs, Func<byte[]> render)
    {
        var size = 0;
        for (var i = 0; i < 3; i++)
        {
            size = render().Length;
        }

        var times = new List<double>();
        long allocated = 0;
        for (var i = 0; i < runs; i++)
        {
            GC.Collect();
            var before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            render();
            watch.Stop();
            allocated = Math.Max(allocated, GC.GetAllocatedBytesForCurrentThread() - before);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        var median = times[times.Count / 2];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: median {median:0.0} ms over {runs} runs (min {times[0]:0.0}, max {times[^1]:0.0}); {size / 1024.0:0} KB PDF; up to {allocated / 1048576.0:0.0} MB allocated per render; peak working set {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MB"));
    }

    /// <summary>100 approved proposals across the directorates, from the demo texts, in one pack.</summary>
    public static async Task<int> CreatePackOf100Async(AppDbContext db)
    {
        var cycle = await db.Cycles.SingleAsync(c => c.IsOpen);
        var lists = await DemoLists.LoadAsync(db, CancellationToken.None);
        var creator = new ProposalCreator(db);
        var ids = new List<int>();
        for (var i = 0; ids.Count < 100; i++)
        {
            var spec = DemoProposals.All[i % DemoProposals.All.Count] with { Status = ProposalStatus.Approved };
            var directorate = await db.Directorates.SingleAsync(d => d.Code == spec.DirectorateCode);
            var officer = DemoData.Officer(spec.DirectorateCode);
            var created = await creator.CreateAsync(cycle.Id, directorate.Id, $"{spec.Title} ({i + 1})", officer);
            var proposal = await db.Proposals.Include(p => p.Cycle).SingleAsync(p => p.Id == created.Id);
            spec.Fill(proposal, lists, cycle.SavingsYears, officer);
            spec.Progress(proposal, DemoData.Director(spec.DirectorateCode));
            await db.SaveChangesAsync();
            ids.Add(proposal.Id);
        }

        var pack = new CabinetPack(cycle.Id, "Cabinet", new DateOnly(2021, 2, 17), "Benchmark pack of 100 proposals", "Unrestricted");
        pack.SetProposals(await db.Proposals.AsNoTracking().Where(p => ids.Contains(p.Id))
            .OrderBy(p => p.Directorate.Name).ThenBy(p => p.ReferenceNumber)
            .Select(p => new PackCandidate(p.Id, p.Reference, p.CycleId, p.Status)).ToListAsync());
        db.CabinetPacks.Add(pack);
        await db.SaveChangesAsync();
        return pack.Id;
    }
}
