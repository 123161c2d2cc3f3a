using CouncilProposals.Domain.Access;
using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Cycles;
using CouncilProposals.Domain.Lists;
using CouncilProposals.Web.Data;
using CouncilProposals.Web.Features.Proposals;
using CouncilProposals.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CouncilProposals.Web.Features.Overview;

/// <summary>
/// The savings of one cycle by directorate, year and stage, for the directorates the person may see, with the
/// cycle's targets and weights. The database sums the savings lines in hundreds of pounds, grouped by directorate,
/// status and year; the page only adds those few whole-number sums, so no figure is ever rounded until it is shown.
/// </summary>
public sealed class OverviewQuery(AppDbContext db, CurrentActor currentActor)
{
    public async Task<OverviewData?> LoadAsync(int? cycleId, CancellationToken cancellationToken)
    {
        var actor = await currentActor.GetAsync(cancellationToken);
        var cycles = await db.Cycles.AsNoTracking().OrderByDescending(c => c.BaseYear).ToListAsync(cancellationToken);
        var cycle = cycles.FirstOrDefault(c => c.Id == cycleId) ?? cycles.FirstOrDefault(c => c.IsOpen) ?? cycles.FirstOrDefault();
        if (cycle is null)
        {
            return null;
        }

        var plan = await LoadPlanAsync(cycle, cancellationToken);
        var counted = SavingsStages.Counted.ToList();
        var proposals = db.Proposals.AsNoTracking().Where(ProposalVisibility.VisibleTo(actor))
            .Where(p => p.CycleId == cycle.Id && counted.Contains(p.Status));

        var savings = await (
                from figure in db.SavingsFigures
                join proposal in proposals on figure.ProposalId equals proposal.Id
                group figure.Amount by new { proposal.DirectorateId, proposal.Status, figure.Year } into g
                select new { g.Key.DirectorateId, g.Key.Status, g.Key.Year, Hundreds = g.Sum() })
            .ToListAsync(cancellationToken);

        // FTE is a decimal, which SQLite cannot sum exactly: the reductions are read and summed here, as decimals.
        var staffing = await (
                from figure in db.FteFigures
                join proposal in proposals on figure.ProposalId equals proposal.Id
                select new { proposal.DirectorateId, proposal.Status, figure.Year, figure.Reduction })
            .ToListAsync(cancellationToken);

        var withFigures = savings.Select(s => s.DirectorateId).Concat(staffing.Select(s => s.DirectorateId)).ToHashSet();
        var directorates = (await db.Directorates.AsNoTracking().Where(ProposalVisibility.VisibleTo(actor, (Directorate d) => d.Id))
                .OrderBy(d => d.Name).Select(d => new { d.Id, d.Name, d.IsActive }).ToListAsync(cancellationToken))
            .Where(d => d.IsActive || withFigures.Contains(d.Id))
            .Select(d => new DirectorateOption(d.Id, d.Name))
            .ToList();

        return new OverviewData(
            new CycleOption(cycle.Id, cycle.Name, cycle.IsOpen),
            cycles.Select(c => new CycleOption(c.Id, c.Name, c.IsOpen)).ToList(),
            cycle.SavingsYears,
            plan,
            directorates,
            savings.Select(s => new SavingsSum(s.DirectorateId, SavingsStages.Of(s.Status)!.Value, s.Year, s.Hundreds)).ToList(),
            staffing.Select(s => new StaffingFigure(s.DirectorateId, SavingsStages.Of(s.Status)!.Value, s.Year, s.Reduction)).ToList(),
            SeesEveryDirectorate: actor.IsIn(Roles.CorporateFinance));
    }

    /// <summary>The cycle's plan, or the plan it has before anyone sets it: no targets, the default weights.</summary>
    public async Task<SavingsPlan> LoadPlanAsync(MtfsCycle cycle, CancellationToken cancellationToken) =>
        await db.SavingsPlans.AsNoTracking().Include(p => p.Targets).SingleOrDefaultAsync(p => p.CycleId == cycle.Id, cancellationToken)
        ?? new SavingsPlan(cycle);
}

/// <summary>One group's savings as the database summed them: a directorate's stage in one year, in hundreds of pounds.</summary>
public sealed record SavingsSum(int DirectorateId, SavingsStage Stage, int Year, long Hundreds);

/// <summary>One staffing reduction of a counted proposal.</summary>
public sealed record StaffingFigure(int DirectorateId, SavingsStage Stage, int Year, decimal Fte);

public sealed record DirectorateOption(int Id, string Name);

/// <summary>Everything the overview shows, before it is laid out as tables and a chart.</summary>
public sealed record OverviewData(
    CycleOption Cycle,
    IReadOnlyList<CycleOption> Cycles,
    IReadOnlyList<FinancialYear> Years,
    SavingsPlan Plan,
    IReadOnlyList<DirectorateOption> Directorates,
    IReadOnlyList<SavingsSum> Savings,
    IReadOnlyList<StaffingFigure> Staffing,
    bool SeesEveryDirectorate)
{
    /// <summary>The position of one year (or, with no year, the whole cycle) for one directorate or, with none, all shown.</summary>
    public SavingsPosition Position(FinancialYear? year, int? directorateId = null)
    {
        var sums = Savings.Where(s => (year is null || s.Year == year.Value.StartYear) && (directorateId is null || s.DirectorateId == directorateId))
            .Select(s => (s.Stage, s.Hundreds));
        return new SavingsPosition(directorateId is null ? TargetOf(year) : null, sums, Plan.Weights);
    }

    /// <summary>A year's target, or the cycle's when every year has one.</summary>
    public Money? TargetOf(FinancialYear? year)
    {
        if (year is { } one)
        {
            return Plan.TargetFor(one);
        }

        var targets = Years.Select(Plan.TargetFor).ToList();
        return targets.All(t => t is not null) ? Money.Sum(targets.Select(t => t!.Value)) : null;
    }

    public Fte StaffingOf(FinancialYear? year, SavingsStage? stage, int? directorateId = null) =>
        Fte.Sum(Staffing
            .Where(s => (year is null || s.Year == year.Value.StartYear) && (stage is null || s.Stage == stage) && (directorateId is null || s.DirectorateId == directorateId))
            .Select(s => Fte.From(s.Fte)));
}
