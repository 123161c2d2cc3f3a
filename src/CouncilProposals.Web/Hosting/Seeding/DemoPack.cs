using CouncilProposals.Domain.CabinetPacks;
using CouncilProposals.Domain.Proposals;
using CouncilProposals.Web.Data;
using Microsoft.EntityFrameworkCore;
namespace CouncilProposals.Web.Hosting.Seeding;

/// <summary>A demo Cabinet pack of the approved demo proposals, with a covering report in the council's structure.</summary>
public static class DemoPack
{
    public const string Title = "Budget 2021-22 and MTFS 2021-24: new savings proposals";

    public static async Task SeedAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        if (await db.CabinetPacks.AnyAsync(cancellationToken))
        {
            return;
        }

        var cycle = await db.Cycles.SingleAsync(c => c.IsOpen, cancellationToken);
        ProposalStatus[] includable = [.. CabinetPack.IncludableStatuses];
        var pack = new CabinetPack(cycle.Id, "Cabinet", new DateOnly(2021, 2, 17), Title, "Unrestricted");
        pack.SetProposals(await db.Proposals.AsNoTracking()
            .Where(p => p.CycleId == cycle.Id && includable.Contains(p.Status))
            .OrderBy(p => p.Directorate.Name).ThenBy(p => p.ReferenceNumber)
            .Select(p => new PackCandidate(p.Id, p.Reference, p.CycleId, p.Status))
            .ToListAsync(cancellationToken));
        pack.UpdateCoveringReport(
            new FrontSheet(
                "Kevin Bartle, Interim Corporate Director, Resources",
                "Cllr Candida Ronald, Cabinet Member for Resources and the Voluntary Sector",
                "Allister Bannin, Head of Strategic and Corporate Finance",
                "All",
                true,
                "All themes"),
            new Dictionary<ReportPart, string?>
            {
                [ReportPart.ExecutiveSummary] = "This report sets out the new savings proposals put forward by directorates for the Medium Term Financial Strategy 2021-24. Each proposal has been approved by its director and screened for its equality impact. The proposals are attached as appendices in the council's savings proposal format, with a summary of the savings by directorate and year.",
                [ReportPart.Recommendations] = "The Mayor in Cabinet is recommended to:\n1. Agree the savings proposals summarised in the appendix for inclusion in the Medium Term Financial Strategy 2021-24.\n2. Note the equality screening of each proposal and that full Equality Analyses will be completed where the screening requires them.",
                [ReportPart.ReasonsForTheDecisions] = "The council must set a balanced budget for 2021-22 and plan for the following two years. The proposals contribute to closing the budget gap identified in the Medium Term Financial Strategy.",
                [ReportPart.AlternativeOptions] = "Cabinet could decide not to agree some or all of the proposals. Alternative savings of the same value would then have to be found before the budget is set.",
                [ReportPart.ChiefFinanceOfficerComments] = "The savings have been reviewed by finance business partners and are considered deliverable. Delivery will be monitored monthly and reported to Cabinet quarterly.",
                [ReportPart.LegalComments] = "The council has a statutory duty to set a balanced budget. In agreeing the proposals Cabinet must have due regard to the Public Sector Equality Duty under section 149 of the Equality Act 2010.",
                [ReportPart.OneTowerHamletsConsiderations] = "Each proposal has been screened with the Budget Equality Analysis Screening Tool. Proposals that require a full Equality Analysis will have one completed before implementation.",
                [ReportPart.RiskManagementImplications] = "The risks of each proposal and their mitigations are set out in the proposals. Savings that are at risk of not being delivered will be reported through the council's monitoring arrangements.",
            });
        db.CabinetPacks.Add(pack);
        await db.SaveChangesAsync(cancellationToken);
    }
}
