using CouncilProposals.Domain.CabinetPacks;
using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Proposals;
using CouncilProposals.Web.Features.Proposals;
using Microsoft.EntityFrameworkCore;

namespace CouncilProposals.Web.Features.CabinetPacks;

/// <summary>
/// The choose-proposals page of a pack: the proposals that may still go to Cabinet, filtered, searched and paged by
/// the database, and the running total of what the pack holds, summed in SQL.
/// </summary>
public sealed partial class CabinetPackQuery
{
    public const int PageSize = 50;

    private const string LikeEscape = "\\";

    /// <summary>The pack's rule, less the proposals Cabinet has already decided: those are not offered again.</summary>
    internal static readonly ProposalStatus[] Offered =
        [.. CabinetPack.IncludableStatuses.Where(s => s is not (ProposalStatus.AgreedByCabinet or ProposalStatus.NotAgreedByCabinet))];

    public async Task<PackProposalsPage?> ChoicesAsync(int packId, PackChoiceFilter filter, CancellationToken cancellationToken)
    {
        var pack = await db.CabinetPacks.AsNoTracking().Where(p => p.Id == packId)
            .Select(p => new { p.Id, p.Title, p.CycleId, p.Version }).SingleOrDefaultAsync(cancellationToken);
        if (pack is null)
        {
            return null;
        }

        var cycle = await db.Cycles.AsNoTracking().SingleAsync(c => c.Id == pack.CycleId, cancellationToken);
        var directorates = await db.Directorates.AsNoTracking().OrderBy(d => d.Name)
            .Select(d => new ListOption(d.Id, d.Name, d.IsActive)).ToListAsync(cancellationToken);

        var matching = Matching(pack.CycleId, packId, filter);
        var count = await matching.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (count + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.Page ?? 1, 1, pageCount);
        var inPack = ItemIds(packId);
        var rows = await matching
            .OrderBy(p => p.Directorate.Name).ThenBy(p => p.ReferenceNumber).ThenBy(p => p.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(p => new { p.Id, p.Reference, p.Title, Directorate = p.Directorate.Name, p.Status, Included = inPack.Contains(p.Id) })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var totals = await db.SavingsFigures.Where(f => ids.Contains(f.ProposalId))
            .GroupBy(f => f.ProposalId).Select(g => new { g.Key, Total = g.Sum(f => f.Amount) })
            .ToDictionaryAsync(t => t.Key, t => t.Total, cancellationToken);

        var choices = rows.Select(r => new PackChoice(
            r.Id, r.Reference, r.Title, r.Directorate, r.Status.DisplayName(), Money.TotalOfHundreds(totals.GetValueOrDefault(r.Id)), r.Included)).ToList();
        return new PackProposalsPage(
            pack.Id, pack.Version, pack.Title, filter with { Page = page }, directorates, Offered, choices, count, page, pageCount,
            await RunningTotalAsync(packId, cycle.SavingsYears, cancellationToken));
    }

    /// <summary>Every proposal the filter matches, on any page.</summary>
    public async Task<IReadOnlyList<int>> MatchingIdsAsync(int cycleId, int packId, PackChoiceFilter filter, CancellationToken cancellationToken) =>
        await Matching(cycleId, packId, filter).Select(p => p.Id).ToListAsync(cancellationToken);

    /// <summary>The proposals to put in the pack, in the pack's order: by directorate, then reference.</summary>
    public async Task<IReadOnlyList<PackCandidate>> CandidatesAsync(int cycleId, IReadOnlyCollection<int> ids, CancellationToken cancellationToken) =>
        await db.Proposals.AsNoTracking()
            .Where(p => ids.Contains(p.Id))
            .OrderBy(p => p.Directorate.Name).ThenBy(p => p.ReferenceNumber).ThenBy(p => p.Id)
            .Select(p => new PackCandidate(p.Id, p.Reference, p.CycleId, p.Status))
            .ToListAsync(cancellationToken);

    private IQueryable<int> ItemIds(int packId) =>
        db.CabinetPacks.Where(k => k.Id == packId).SelectMany(k => k.Items).Select(i => i.ProposalId);

    private IQueryable<Proposal> Matching(int cycleId, int packId, PackChoiceFilter filter)
    {
        var proposals = db.Proposals.AsNoTracking().Where(p => p.CycleId == cycleId && Offered.Contains(p.Status));
        if (filter.DirectorateId is { } directorateId)
        {
            proposals = proposals.Where(p => p.DirectorateId == directorateId);
        }

        if (filter.OfferedStatus is { } status)
        {
            proposals = proposals.Where(p => p.Status == status);
        }

        var inPack = ItemIds(packId);
        proposals = filter.Chosen switch
        {
            PackChoiceFilter.InPack => proposals.Where(p => inPack.Contains(p.Id)),
            PackChoiceFilter.NotInPack => proposals.Where(p => !inPack.Contains(p.Id)),
            _ => proposals,
        };

        // Every word must be in the title or the reference, in any case (LIKE ignores it on both providers); the
        // word's own % and _ are escaped so they match only themselves.
        foreach (var word in filter.Words)
        {
            var pattern = "%" + EscapeLike(word) + "%";
            proposals = proposals.Where(p => EF.Functions.Like(p.Title, pattern, LikeEscape) || EF.Functions.Like(p.Reference, pattern, LikeEscape));
        }

        return proposals;
    }

    private static string EscapeLike(string word) =>
        word.Replace(LikeEscape, LikeEscape + LikeEscape, StringComparison.Ordinal)
            .Replace("%", LikeEscape + "%", StringComparison.Ordinal)
            .Replace("_", LikeEscape + "_", StringComparison.Ordinal)
            .Replace("[", LikeEscape + "[", StringComparison.Ordinal);

    private async Task<PackRunningTotal> RunningTotalAsync(int packId, IReadOnlyList<FinancialYear> years, CancellationToken cancellationToken)
    {
        var inPack = ItemIds(packId);
        var count = await inPack.CountAsync(cancellationToken);
        var byYear = await db.SavingsFigures.Where(f => inPack.Contains(f.ProposalId))
            .GroupBy(f => f.Year).Select(g => new { g.Key, Total = g.Sum(f => f.Amount) })
            .ToDictionaryAsync(t => t.Key, t => t.Total, cancellationToken);
        return new PackRunningTotal(
            count,
            years.Select(y => new PackYearTotal(y.ToString(), Money.TotalOfHundreds(byYear.GetValueOrDefault(y.StartYear)))).ToList(),
            Money.TotalOfHundreds(byYear.Values.Sum()));
    }
}
