using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Proposals;
using CouncilProposals.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CouncilProposals.Web.Features.Proposals;

/// <summary>The proposals of one cycle with their yearly savings, for the list page.</summary>
public sealed class ProposalListQuery(AppDbContext db)
{
    public async Task<ProposalListViewModel> LoadAsync(int? cycleId, CancellationToken cancellationToken = default)
    {
        var cycles = await db.Cycles.AsNoTracking().OrderByDescending(c => c.BaseYear).ToListAsync(cancellationToken);
        var cycle = cycles.FirstOrDefault(c => c.Id == cycleId) ?? cycles.FirstOrDefault(c => c.IsOpen) ?? cycles.FirstOrDefault();
        if (cycle is null)
        {
            return new ProposalListViewModel(null, [], [], [], new ProposalListRow(0, string.Empty, "Total", string.Empty, string.Empty, [], string.Empty));
        }

        // Amounts are summed here rather than in SQL: SQLite cannot sum decimals exactly.
        var proposals = await db.Proposals.AsNoTracking()
            .Where(p => p.CycleId == cycle.Id)
            .OrderBy(p => p.Directorate.Name).ThenBy(p => p.ReferenceNumber)
            .Select(p => new
            {
                p.Id,
                p.Reference,
                p.Title,
                Directorate = p.Directorate.Name,
                p.Status,
                Lines = p.SavingsLines.Select(l => new { l.Year, l.Amount }).ToList(),
            })
            .ToListAsync(cancellationToken);

        var years = cycle.SavingsYears;
        Money In(IEnumerable<(FinancialYear Year, Money Amount)> lines, FinancialYear year) => Money.Sum(lines.Where(l => l.Year == year).Select(l => l.Amount));

        var rows = proposals.Select(p =>
        {
            var lines = p.Lines.Select(l => (l.Year, l.Amount)).ToList();
            return new ProposalListRow(
                p.Id, p.Reference, p.Title, p.Directorate, p.Status.DisplayName(),
                years.Select(y => In(lines, y).ToSavingText()).ToList(),
                Money.Sum(lines.Select(l => l.Amount)).ToSavingText());
        }).ToList();

        var allLines = proposals.SelectMany(p => p.Lines.Select(l => (l.Year, l.Amount))).ToList();
        var totals = new ProposalListRow(
            0, string.Empty, "Total", string.Empty, string.Empty,
            years.Select(y => In(allLines, y).ToSavingText()).ToList(),
            Money.Sum(allLines.Select(l => l.Amount)).ToSavingText());

        return new ProposalListViewModel(
            new CycleOption(cycle.Id, cycle.Name, cycle.IsOpen),
            cycles.Select(c => new CycleOption(c.Id, c.Name, c.IsOpen)).ToList(),
            years.Select(y => y.ToString()).ToList(),
            rows,
            totals);
    }
}

public sealed record CycleOption(int Id, string Name, bool IsOpen);

public sealed record ProposalListRow(int Id, string Reference, string Title, string Directorate, string Status, IReadOnlyList<string> Years, string Total);

public sealed record ProposalListViewModel(
    CycleOption? Cycle,
    IReadOnlyList<CycleOption> Cycles,
    IReadOnlyList<string> SavingsYears,
    IReadOnlyList<ProposalListRow> Rows,
    ProposalListRow Totals);
