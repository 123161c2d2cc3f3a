using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using CouncilProposals.Domain.Access;
using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Cycles;
using CouncilProposals.Domain.Proposals;
using CouncilProposals.Web.Data;
using CouncilProposals.Web.Features.Exports;
using CouncilProposals.Web.Features.Proposals;
using CouncilProposals.Web.Hosting;
using CouncilProposals.Web.Hosting.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

/// <summary>
/// The savings tracker of a four-year cycle with 1,000 and then 5,000 proposals, as XLSX and CSV: time, file size,
/// bytes allocated and the largest managed heap seen while exporting, which should not grow with the rows.
/// </summary>
internal static class ExportBench
{
    /// <summary>Runs on its own database of demo data, without a web server.</summary>
    public static async Task RunAsync()
    {
        var folder = Directory.CreateTempSubdirectory("council-proposals-export-bench");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Bench", ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(folder.FullName, "bench.db")}";
        builder.Configuration["Logs:Folder"] = folder.FullName;
        builder.Configuration["Council:BaseUrl"] = "https://127.0.0.1";
        builder.Logging.ClearProviders();
        builder.Services.AddCouncilProposals(builder.Configuration, builder.Environment);
        await using (var app = builder.Build())
        {
            await app.Services.MigrateDatabaseAsync(seedDemoData: true);
            await RunAsync(app.Services);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }

    public static async Task RunAsync(IServiceProvider services)
    {
        var cycleId = await OpenFourYearCycleAsync(services);
        foreach (var count in new[] { 1_000, 5_000 })
        {
            await AddProposalsAsync(services, cycleId, count);
            await MeasureAsync(services, cycleId, count, "XLSX", (tracker, file) => XlsxTrackerWriter.WriteAsync(tracker, file, CancellationToken.None));
            await MeasureAsync(services, cycleId, count, "CSV", (tracker, file) => CsvTrackerWriter.WriteAsync(tracker, file, CancellationToken.None));
        }
    }

    private static async Task<int> OpenFourYearCycleAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        foreach (var open in await db.Cycles.Where(c => c.IsOpen).ToListAsync())
        {
            open.Close();
        }

        var cycle = new MtfsCycle(new FinancialYear(2030), savingsYearCount: 4);
        cycle.Open();
        db.Cycles.Add(cycle);
        await db.SaveChangesAsync();
        return cycle.Id;
    }

    private static async Task AddProposalsAsync(IServiceProvider services, int cycleId, int count)
    {
        var watch = Stopwatch.StartNew();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var cycle = await db.Cycles.SingleAsync(c => c.Id == cycleId);
        var lists = await DemoLists.LoadAsync(db, CancellationToken.None);
        var directorates = await db.Directorates.ToDictionaryAsync(d => d.Code, d => d.Id);
        var creator = new ProposalCreator(db);
        for (var i = await db.Proposals.CountAsync(p => p.CycleId == cycleId); i < count; i++)
        {
            var spec = DemoProposals.All[i % DemoProposals.All.Count] with { Status = ProposalStatus.Submitted, Budget = 100_000m, Savings = [120m + (i % 500), 80.5m, 0m, 15m] };
            var officer = DemoData.Officer(spec.DirectorateCode);
            var created = await creator.CreateAsync(cycleId, directorates[spec.DirectorateCode], $"{spec.Title} ({i + 1})", officer);
            var proposal = await db.Proposals.Include(p => p.Cycle).SingleAsync(p => p.Id == created.Id);
            spec.Fill(proposal, lists, cycle.SavingsYears, officer);
            spec.Progress(proposal, DemoData.Director(spec.DirectorateCode));
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Export bench: {count:N0} proposals ready in {watch.Elapsed.TotalSeconds:0.0} s"));
    }

    private static async Task MeasureAsync(IServiceProvider services, int cycleId, int count, string format, Func<SavingsTracker, Stream, Task> write)
    {
        var times = new List<double>();
        long size = 0, allocated = 0, largestHeap = 0;
        for (var run = 0; run < 5; run++)
        {
            // The last run measures the live heap by collecting every few milliseconds, so it is not timed: without
            // collecting, the figure would be whatever garbage the GC (Server GC, as the app runs) had not yet freed.
            var measuringMemory = run == 4;
            await using var scope = services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = CorporateFinance() };
            GC.Collect();
            var baseline = GC.GetTotalMemory(forceFullCollection: true);
            using var sampling = new CancellationTokenSource();
            var sampler = !measuringMemory ? Task.CompletedTask : Task.Run(async () =>
            {
                while (!sampling.IsCancellationRequested)
                {
                    largestHeap = Math.Max(largestHeap, GC.GetTotalMemory(forceFullCollection: true) - baseline);
                    await Task.Delay(5);
                }
            });
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            await using (var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose))
            {
                var tracker = await scope.ServiceProvider.GetRequiredService<SavingsTrackerQuery>()
                    .LoadAsync(new ProposalListFilter { CycleId = cycleId }, CancellationToken.None);
                await write(tracker!, file);
                size = file.Length;
            }

            watch.Stop();
            await sampling.CancelAsync();
            await sampler;
            allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            if (run > 0 && !measuringMemory)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Savings tracker {format}, {count:N0} proposals x 4 years: median {times[times.Count / 2]:0} ms (max {times[^1]:0}); {size / 1024.0:0} KB; {allocated / 1048576.0:0} MB allocated; largest live managed heap above baseline {largestHeap / 1048576.0:0.0} MB"));
    }

    private static ClaimsPrincipal CorporateFinance() => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, "bench"), new Claim(ClaimTypes.Name, "bench"), new Claim(ClaimTypes.Role, Roles.CorporateFinance)], "bench"));
}
