using CouncilProposals.Domain.CabinetPacks;
using CouncilProposals.Domain.Proposals;
using CouncilProposals.Web.Data;

namespace CouncilProposals.TestSupport;

/// <summary>The fields of the "Record Cabinet's decision" forms, as Corporate Finance fills them in for a meeting on 17 February 2026.</summary>
public static class CabinetDecisionForm
{
    public static Dictionary<string, string> Fields(string decision) => new()
    {
        ["Decision"] = decision,
        ["DecisionMaker"] = "Mayor in Cabinet",
        ["DecisionMakerRole"] = "Executive Mayor",
        ["Day"] = "17",
        ["Month"] = "2",
        ["Year"] = "2026",
    };

    /// <summary>The meeting on a pack's decisions page, the month typed as a word.</summary>
    public static Dictionary<string, string> Meeting() => new()
    {
        ["DecisionMaker"] = "Mayor in Cabinet",
        ["DecisionMakerRole"] = "Executive Mayor",
        ["Day"] = "17",
        ["Month"] = "Feb",
        ["Year"] = "2026",
    };

    /// <summary>A Cabinet pack for a meeting on 17 February 2026 holding the proposals given, in that order.</summary>
    public static async Task<CabinetPack> PackAsync(AppDbContext db, string title, IReadOnlyList<Proposal> proposals)
    {
        var pack = new CabinetPack(proposals[0].CycleId, "Cabinet", new DateOnly(2026, 2, 17), title, "Unrestricted");
        pack.SetProposals(proposals.Select(p => new PackCandidate(p.Id, p.Reference, p.CycleId, p.Status)).ToList());
        db.CabinetPacks.Add(pack);
        await db.SaveChangesAsync();
        return pack;
    }
}
