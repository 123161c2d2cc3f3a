using CouncilProposals.Domain.CabinetPacks;
using CouncilProposals.Domain.Proposals;
using CouncilProposals.Web.Data;
using CouncilProposals.Web.Features.Proposals;
using CouncilProposals.Web.Hosting.Seeding;
using Microsoft.EntityFrameworkCore;

namespace CouncilProposals.Bench;

internal static class PdfBenchData
{
    /// <summary>100 approved proposals across the directorates, from the demo texts, in one pack with a covering report.</summary>
    public static Task<int> CreatePackOf100Async(AppDbContext db) => CreatePackAsync(db, 100);

    /// <summary>Approved proposals across the directorates, from the demo texts, in one pack with a covering report.</summary>
    public static async Task<int> CreatePackAsync(AppDbContext db, int count)
    {
        var cycle = await db.Cycles.SingleAsync(c => c.IsOpen);
        var lists = await DemoLists.LoadAsync(db, CancellationToken.None);
        var creator = new ProposalCreator(db);
        var ids = new List<int>();
        for (var i = 0; ids.Count < count; i++)
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

        var pack = new CabinetPack(cycle.Id, "Cabinet", new DateOnly(2021, 2, 17), $"Benchmark pack of {count} proposals", "Unrestricted");
        pack.SetProposals(await db.Proposals.AsNoTracking().Where(p => ids.Contains(p.Id))
            .OrderBy(p => p.Directorate.Name).ThenBy(p => p.ReferenceNumber)
            .Select(p => new PackCandidate(p.Id, p.Reference, p.CycleId, p.Status)).ToListAsync());
        pack.UpdateCoveringReport(
            new FrontSheet("Corporate Director, Resources", "Mayor", "Head of Strategic Finance", "All", KeyDecision: true, "All themes"),
            new Dictionary<ReportPart, string?>
            {
                [ReportPart.ExecutiveSummary] = "This report sets out the savings proposals for the Medium Term Financial Strategy.",
                [ReportPart.Recommendations] = $"The Mayor in Cabinet is recommended to:\n1. Agree the savings proposals in Appendices 1 to {count}, and\n2. Note the equality analysis screening of each proposal.",
                [ReportPart.ReasonsForTheDecisions] = "1.1 The Council must set a balanced budget.\n1.2 The proposals close the gap in the Medium Term Financial Strategy.",
                [ReportPart.ChiefFinanceOfficerComments] = "4.1 The savings are included in the budget.\n- Delivery is monitored monthly.\n- Slippage is reported to Cabinet.",
            });
        db.CabinetPacks.Add(pack);
        await db.SaveChangesAsync();
        return pack.Id;
    }
}
