using System.Globalization;
using CouncilProposals.Domain.Access;
using CouncilProposals.Domain.CabinetPacks;
using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Cycles;
using CouncilProposals.Domain.Equality;
using CouncilProposals.Domain.Proposals;
using CouncilProposals.Web.Data;
using CouncilProposals.Web.Features.Proposals;
using CouncilProposals.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CouncilProposals.Web.Features.EqualityImpact;

/// <summary>
/// The equality screening of a set of proposals, projected with <c>AsNoTracking</c> (no aggregate is loaded), and
/// handed to <see cref="CumulativeEqualityImpact"/>. A cycle's set is the proposals whose savings the overview
/// counts (all but withdrawn and not agreed by Cabinet) that the person may see; a pack's is every proposal in it.
/// </summary>
public sealed class EqualityImpactQuery(AppDbContext db, CurrentActor currentActor)
{
    public async Task<EqualityImpactPage?> ForCycleAsync(int? cycleId, CancellationToken cancellationToken)
    {
        var actor = await currentActor.GetAsync(cancellationToken);
        var cycles = await db.Cycles.AsNoTracking().OrderByDescending(c => c.BaseYear).Select(c => new CycleOption(c.Id, c.Name, c.IsOpen)).ToListAsync(cancellationToken);
        var cycle = cycles.FirstOrDefault(c => c.Id == cycleId) ?? cycles.FirstOrDefault(c => c.IsOpen) ?? cycles.FirstOrDefault();
        if (cycle is null)
        {
            return null;
        }

        var counted = SavingsStages.Counted.ToList();
        var proposals = db.Proposals.Where(ProposalVisibility.VisibleTo(actor)).Where(p => p.CycleId == cycle.Id && counted.Contains(p.Status));
        var everyDirectorate = actor.IsIn(Roles.CorporateFinance);
        return new EqualityImpactPage(
            $"MTFS {cycle.Name}",
            cycle,
            cycles,
            Pack: null,
            everyDirectorate,
            HasDirectorates: everyDirectorate || actor.DirectorateIds.Count > 0,
            await LoadAsync(proposals, cancellationToken));
    }

    public async Task<EqualityImpactPage?> ForPackAsync(int packId, CancellationToken cancellationToken)
    {
        var pack = await db.CabinetPacks.AsNoTracking().Where(p => p.Id == packId)
            .Select(p => new { p.Id, p.Title, p.MeetingName, p.MeetingDate, Cycle = db.Cycles.Where(c => c.Id == p.CycleId).Select(c => c.Name).Single() })
            .SingleOrDefaultAsync(cancellationToken);
        if (pack is null)
        {
            return null;
        }

        var impact = await ForPackProposalsAsync(packId, cancellationToken);
        return new EqualityImpactPage(
            pack.Title, Cycle: null, Cycles: [], new PackLink(pack.Id, pack.Title, $"{pack.MeetingName}, {pack.MeetingDate.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}", pack.Cycle),
            SeesEveryDirectorate: true, HasDirectorates: true, impact);
    }

    /// <summary>Every proposal in the pack, whatever has happened to it since: the pack PDF prints them all.</summary>
    public Task<CumulativeEqualityImpact> ForPackProposalsAsync(int packId, CancellationToken cancellationToken)
    {
        var ids = db.Set<CabinetPackItem>().Where(i => i.CabinetPackId == packId).Select(i => i.ProposalId);
        return LoadAsync(db.Proposals.Where(p => ids.Contains(p.Id)), cancellationToken);
    }

    /// <summary>The screening of the proposals given, in directorate and reference order, with each one's savings summed exactly by the database.</summary>
    public async Task<CumulativeEqualityImpact> LoadAsync(IQueryable<Proposal> proposals, CancellationToken cancellationToken)
    {
        var rows = await proposals.AsNoTracking()
            .OrderBy(p => p.Directorate.Name).ThenBy(p => p.ReferenceNumber).ThenBy(p => p.Id)
            .Select(p => new
            {
                p.Id,
                p.Reference,
                p.Title,
                Directorate = p.Directorate.Name,
                p.FullEqualityAnalysisRequired,
                ReasonGiven = p.NoFullEqualityAnalysisReason != null,
                Answers = p.ScreeningAnswers.Select(a => new ScreenedAnswer(a.Trigger, a.Answer, a.Impact)).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        var ids = proposals.Select(p => p.Id);
        var savings = await db.SavingsFigures.Where(f => ids.Contains(f.ProposalId))
            .GroupBy(f => f.ProposalId).Select(g => new { ProposalId = g.Key, Hundreds = g.Sum(f => f.Amount) })
            .ToDictionaryAsync(s => s.ProposalId, s => s.Hundreds, cancellationToken);

        return CumulativeEqualityImpact.Of(rows.Select(p => new ScreenedProposal(
            p.Id, p.Reference, p.Title, p.Directorate, Money.TotalOfHundreds(savings.GetValueOrDefault(p.Id)), p.Answers, p.FullEqualityAnalysisRequired, p.ReasonGiven)));
    }
}

/// <summary>The pack a page or appendix belongs to.</summary>
public sealed record PackLink(int Id, string Title, string MeetingText, string CycleName);

/// <summary>The equality impact page: of a cycle (with the cycles to choose from) or of a pack.</summary>
public sealed record EqualityImpactPage(
    string Subject,
    CycleOption? Cycle,
    IReadOnlyList<CycleOption> Cycles,
    PackLink? Pack,
    bool SeesEveryDirectorate,
    bool HasDirectorates,
    CumulativeEqualityImpact Impact);
