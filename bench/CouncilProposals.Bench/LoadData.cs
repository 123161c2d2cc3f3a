using System.Diagnostics;
using CouncilProposals.Domain.Lists;
using CouncilProposals.Domain.Proposals;
using CouncilProposals.Web.Data;
using CouncilProposals.Web.Hosting.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilProposals.Bench;

/// <summary>What the clients ask for: ids and names in the generated data.</summary>
internal sealed record LoadTargets(
    IReadOnlyList<(string Code, int Id)> Directorates, IReadOnlyDictionary<string, List<int>> ProposalIds, IReadOnlyDictionary<string, List<int>> DraftIds, string SearchWord);

/// <summary>
/// Makes proposals in bulk through the app's own data code: domain entities, the reference counters, the DbContext
/// with its audit interceptor, saved in batches on fresh contexts so the change tracker stays small.
/// </summary>
internal static class LoadData
{
    // Small batches: the audit interceptor matches each changed row to its proposal among those being saved.
    private const int BatchSize = 8;

    public static async Task<LoadTargets> CreateAsync(IServiceProvider services, int count)
    {
        var watch = Stopwatch.StartNew();
        var statuses = Enum.GetValues<ProposalStatus>();
        for (var made = 0; made < count; made += BatchSize)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var cycle = await db.Cycles.SingleAsync(c => c.IsOpen);
            var directorates = await FiveDirectoratesAsync(db);
            var lists = await DemoLists.LoadAsync(db, CancellationToken.None);
            var counters = await db.ReferenceCounters.Where(c => c.CycleId == cycle.Id).ToDictionaryAsync(c => c.DirectorateId);
            for (var i = made; i < Math.Min(count, made + BatchSize); i++)
            {
                var directorate = directorates[i % directorates.Count];
                if (!counters.TryGetValue(directorate.Id, out var counter))
                {
                    counter = new ReferenceCounter(cycle.Id, directorate.Id);
                    counters[directorate.Id] = counter;
                    db.ReferenceCounters.Add(counter);
                }

                var spec = DemoProposals.All[i % DemoProposals.All.Count] with
                {
                    DirectorateCode = directorate.Code,
                    Title = $"{DemoProposals.All[i % DemoProposals.All.Count].Title} {i + 1}",
                    Status = statuses[i / directorates.Count % statuses.Length],
                };
                var officer = DemoData.Officer(directorate.Code);
                var proposal = new Proposal(cycle, directorate, new ProposalReference(directorate.Code, counter.Allocate(), cycle.FirstSavingsYear), spec.Title, officer);
                spec.Fill(proposal, lists, cycle.SavingsYears, officer);
                spec.Progress(proposal, DemoData.Director(directorate.Code));
                db.Proposals.Add(proposal);
            }

            await db.SaveChangesAsync();
        }

        Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Created {count:N0} proposals in {watch.Elapsed.TotalSeconds:0.0} s"));
        return await TargetsAsync(services);
    }

    private static async Task<List<Directorate>> FiveDirectoratesAsync(AppDbContext db) =>
        await db.Directorates.Where(d => d.IsActive).OrderBy(d => d.Id).Take(5).ToListAsync();

    private static async Task<LoadTargets> TargetsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var directorates = (await FiveDirectoratesAsync(db)).Select(d => (d.Code, d.Id)).ToList();
        var ids = new Dictionary<string, List<int>>();
        var drafts = new Dictionary<string, List<int>>();
        foreach (var (code, id) in directorates)
        {
            ids[code] = await db.Proposals.Where(p => p.DirectorateId == id).OrderBy(p => p.Id).Select(p => p.Id).Take(200).ToListAsync();
            drafts[code] = await db.Proposals.Where(p => p.DirectorateId == id && p.Status == ProposalStatus.Draft).OrderBy(p => p.Id).Select(p => p.Id).Take(200).ToListAsync();
        }

        var word = DemoProposals.All[0].Title.Split(' ')[0];
        return new LoadTargets(directorates, ids, drafts, word[..Math.Min(4, word.Length)].ToLowerInvariant());
    }
}
