using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Proposals;
using CouncilProposals.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CouncilProposals.Web.Features.CabinetPacks;

public sealed partial class CabinetPackQuery(AppDbContext db)
{
    public async Task<IReadOnlyList<PackListRow>> ListAsync(CancellationToken cancellationToken) =>
        await db.CabinetPacks.AsNoTracking()
            .OrderByDescending(p => p.MeetingDate).ThenByDescending(p => p.Id)
            .Select(p => new PackListRow(
                p.Id, p.Title, p.MeetingName, p.MeetingDate,
                db.Cycles.Where(c => c.Id == p.CycleId).Select(c => c.Name).Single(),
                p.Items.Count))
            .ToListAsync(cancellationToken);

    public async Task<CabinetPackViewModel?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var proposals = db.Proposals.AsNoTracking()
            .Include(p => p.Cycle).Include(p => p.Directorate).Include(p => p.SavingsLines).Include(p => p.FteReductions)
            .AsSplitQuery();
        return (await LoadWithAsync(id, proposals, cancellationToken))?.Pack;
    }

    /// <summary>The pack and its proposals (as much of each as <paramref name="proposals"/> includes) in the pack's order.</summary>
    internal async Task<(CabinetPackViewModel Pack, IReadOnlyList<Proposal> Proposals)?> LoadWithAsync(int id, IQueryable<Proposal> proposals, CancellationToken cancellationToken)
    {
        var pack = await db.CabinetPacks.AsNoTracking().Include(p => p.Items).Include(p => p.CoveringReport).AsSplitQuery().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (pack is null)
        {
            return null;
        }

        var cycle = await db.Cycles.AsNoTracking().SingleAsync(c => c.Id == pack.CycleId, cancellationToken);
        var ids = pack.Items.Select(i => i.ProposalId).ToList();
        var loaded = await proposals.Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken);
        var ordered = pack.Items.OrderBy(i => i.Order).Select(i => loaded.Single(p => p.Id == i.ProposalId)).ToList();

        var view = new CabinetPackViewModel(
            pack.Id, pack.Title, pack.MeetingName, pack.MeetingDate, pack.Classification, cycle.Name, pack.PadToEvenPages, pack.FrontSheet,
            pack.CoveringReport.OrderBy(s => s.Part).Select(s => (s.Part, s.Text)).ToList(),
            Summarise(cycle.SavingsYears, ordered));
        return (view, ordered);
    }

    /// <summary>Savings per year, total and FTE reductions per proposal, with directorate subtotals and a grand total.</summary>
    public static PackSummary Summarise(IReadOnlyList<FinancialYear> years, IReadOnlyList<Proposal> proposals)
    {
        var groups = proposals
            .GroupBy(p => p.Directorate.Name)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new PackDirectorateGroup(g.Key, g.Select(p => Row(p, years)).ToList(), Total($"Total {g.Key}", g.ToList(), years)))
            .ToList();
        return new PackSummary(years.Select(y => y.ToString()).ToList(), groups, Total("Total all directorates", proposals, years));
    }

    private static PackSummaryRow Row(Proposal p, IReadOnlyList<FinancialYear> years) => new(
        p.Id, p.Reference, p.Title, p.Directorate.Name,
        years.Select(y => p.SavingsIn(y).ToSavingText()).ToList(),
        p.TotalSavings.ToSavingText(),
        p.TotalFteReductions is { } fte ? FteText(fte) : "N/A");

    private static PackSummaryRow Total(string label, IReadOnlyCollection<Proposal> proposals, IReadOnlyList<FinancialYear> years) => new(
        0, string.Empty, label, string.Empty,
        years.Select(y => Money.Sum(proposals.Select(p => p.SavingsIn(y))).ToSavingText()).ToList(),
        Money.Sum(proposals.Select(p => p.TotalSavings)).ToSavingText(),
        FteText(Fte.Sum(proposals.Select(p => p.TotalFteReductions ?? Fte.Zero))));

    private static string FteText(Fte fte) => fte == Fte.Zero ? "-" : fte.ToString();
}
