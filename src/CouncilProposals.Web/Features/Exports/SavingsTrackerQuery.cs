using System.Globalization;
using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Cycles;
using CouncilProposals.Domain.Equality;
using CouncilProposals.Domain.Proposals;
using CouncilProposals.Web.Data;
using CouncilProposals.Web.Features.EqualityImpact;
using CouncilProposals.Web.Features.Proposals;
using CouncilProposals.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CouncilProposals.Web.Features.Exports;

/// <summary>
/// The savings tracker: one row per proposal and savings year, for the proposals the list shows with the same
/// filters and the same visibility (<see cref="ProposalListQuery.Selected"/>); proposals stream from the database,
/// only their yearly figures are held.
/// </summary>
public sealed class SavingsTrackerQuery(AppDbContext db, CurrentActor currentActor, ProposalListQuery list, EqualityImpactQuery equality)
{
    public async Task<SavingsTracker?> LoadAsync(ProposalListFilter filter, CancellationToken cancellationToken)
    {
        var actor = await currentActor.GetAsync(cancellationToken);
        var cycles = await db.Cycles.AsNoTracking().OrderByDescending(c => c.BaseYear).ToListAsync(cancellationToken);
        var cycle = cycles.FirstOrDefault(c => c.Id == filter.CycleId) ?? cycles.FirstOrDefault(c => c.IsOpen) ?? cycles.FirstOrDefault();
        if (cycle is null)
        {
            return null;
        }

        var status = Enum.TryParse<ProposalStatus>(filter.Status, ignoreCase: false, out var parsed) ? parsed : (ProposalStatus?)null;
        var proposals = list.Selected(actor, cycle.Id, status, filter);
        var ids = proposals.Select(p => p.Id);
        var savings = await db.SavingsFigures.Where(f => ids.Contains(f.ProposalId))
            .GroupBy(f => new { f.ProposalId, f.Year }).Select(g => new { g.Key.ProposalId, g.Key.Year, Hundreds = g.Sum(f => f.Amount) })
            .ToDictionaryAsync(f => (f.ProposalId, f.Year), f => f.Hundreds, cancellationToken);

        // FTE is a decimal, which SQLite cannot sum exactly: the few reductions are summed here.
        var fte = (await db.Set<FteReduction>().AsNoTracking().Where(r => ids.Contains(r.ProposalId))
                .Select(r => new { r.ProposalId, r.Year, r.Reduction }).ToListAsync(cancellationToken))
            .GroupBy(r => (r.ProposalId, r.Year.StartYear))
            .ToDictionary(g => g.Key, g => Fte.Sum(g.Select(r => r.Reduction)).Value);
        var serviceAreas = await db.ServiceAreas.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var savingsTypes = await db.SavingsTypes.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var directorate = filter.DirectorateId is { } id ? await db.Directorates.AsNoTracking().Where(d => d.Id == id).Select(d => d.Name).FirstOrDefaultAsync(cancellationToken) : null;

        var rows = proposals
            .OrderBy(p => p.Directorate.Name).ThenBy(p => p.ReferenceNumber).ThenBy(p => p.Id)
            .Select(p => new TrackedProposal(
                p.Id, p.Reference, p.Title, p.Directorate.Name, p.ServiceAreaId, p.SavingsTypeId, p.Status, p.LeadOfficerAndPost, p.HasStaffingImpact, p.CabinetDecision))
            .AsAsyncEnumerable();

        var words = (filter.Q ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var applied = new List<string>();
        AddIf(applied, "Directorate", directorate);
        AddIf(applied, "Status", status?.DisplayName());
        AddIf(applied, "Stage", filter.StageStatuses is { } staged ? string.Join(", ", staged.Select(s => s.DisplayName())) : null);
        AddIf(applied, "Savings type", filter.SavingsTypeId is { } t ? savingsTypes.GetValueOrDefault(t) : null);
        AddIf(applied, "Reference or title words", words.Length == 0 ? null : string.Join(' ', words));

        var counted = SavingsStages.Counted.ToList();
        return new SavingsTracker(cycle.Name, cycle.FirstSavingsYear, cycle.LastSavingsYear, applied, Expand(rows, cycle.SavingsYears, cancellationToken))
        {
            EqualityImpact = token => equality.LoadAsync(proposals.Where(p => counted.Contains(p.Status)), token),
        };

        async IAsyncEnumerable<TrackerRow> Expand(
            IAsyncEnumerable<TrackedProposal> tracked, IReadOnlyList<FinancialYear> years,
            [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken token)
        {
            await foreach (var p in tracked.WithCancellation(token))
            {
                foreach (var year in years)
                {
                    yield return new TrackerRow(
                        p.Reference, p.Title, p.Directorate,
                        p.ServiceAreaId is { } area ? serviceAreas.GetValueOrDefault(area) : null,
                        p.SavingsTypeId is { } type ? savingsTypes.GetValueOrDefault(type) : null,
                        p.Status.DisplayName(), p.LeadOfficer, year.ToString(),
                        Money.TotalOfHundreds(savings.GetValueOrDefault((p.Id, year.StartYear))).Thousands,
                        p.HasStaffingImpact == true ? fte.GetValueOrDefault((p.Id, year.StartYear)) : null,
                        p.Decision?.Summary, p.Decision?.DecisionDate);
                }
            }
        }
    }

    private static void AddIf(List<string> applied, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            applied.Add($"{name}: {value}");
        }
    }

    private sealed record TrackedProposal(
        int Id, string Reference, string Title, string Directorate, int? ServiceAreaId, int? SavingsTypeId, ProposalStatus Status,
        string? LeadOfficer, bool? HasStaffingImpact, CabinetDecision? Decision);
}

/// <summary>The tracker of one cycle: what it covers, the filters applied, and its rows as they are read.</summary>
public sealed record SavingsTracker(string CycleName, FinancialYear FirstYear, FinancialYear LastYear, IReadOnlyList<string> Filters, IAsyncEnumerable<TrackerRow> Rows)
{
    /// <summary>The cumulative equality impact of the same proposals (those whose savings are counted), read only when asked for.</summary>
    public required Func<CancellationToken, Task<CumulativeEqualityImpact>> EqualityImpact { get; init; }

    /// <summary>"savings-tracker-2021-22-to-2023-24-2026-11-02": the cycle's years and the day of the export.</summary>
    public string FileName(DateOnly today) =>
        FileNames.Safe(string.Create(CultureInfo.InvariantCulture, $"savings-tracker-{FirstYear}-to-{LastYear}-{today:yyyy-MM-dd}"));
}

/// <summary>
/// One proposal in one savings year. <see cref="Saving"/> is in £000 and positive for a saving or extra income,
/// as stored; the council's documents show the same figure in brackets.
/// </summary>
public sealed record TrackerRow(
    string Reference, string Title, string Directorate, string? ServiceArea, string? SavingsType, string Status, string? LeadOfficer,
    string Year, decimal Saving, decimal? FteReduction, string? Decision, DateOnly? DecisionDate);
