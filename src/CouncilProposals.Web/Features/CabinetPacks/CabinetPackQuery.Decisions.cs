using System.Globalization;
using CouncilProposals.Domain.Proposals;
using CouncilProposals.Web.Features.Approvals;
using Microsoft.EntityFrameworkCore;

namespace CouncilProposals.Web.Features.CabinetPacks;

/// <summary>What the decisions, copy and delete pages need to know of a pack.</summary>
public sealed partial class CabinetPackQuery
{
    public static string MeetingText(string meetingName, DateOnly meetingDate) =>
        $"{meetingName}, {meetingDate.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}";

    /// <summary>How many of the pack's proposals await Cabinet's decision, and how many decisions were recorded from it.</summary>
    public async Task<(int Awaiting, int DecidedFromPack)> StateAsync(int id, CancellationToken cancellationToken)
    {
        var awaiting = await db.CabinetPacks.AsNoTracking().Where(p => p.Id == id)
            .SelectMany(p => p.Items)
            .CountAsync(i => db.Proposals.Any(p => p.Id == i.ProposalId && p.Status == ProposalStatus.Approved), cancellationToken);
        return (awaiting, await DecidedFromAsync(id, cancellationToken));
    }

    public Task<int> DecidedFromAsync(int id, CancellationToken cancellationToken) =>
        db.Proposals.AsNoTracking().CountAsync(p => p.CabinetDecision != null && p.CabinetDecision.PackId == id, cancellationToken);

    /// <summary>
    /// The decisions page: every proposal of the pack awaiting a decision, in the pack's order, with the row typed
    /// for it (or Agreed); the date of the meeting filled in from the pack on first showing.
    /// </summary>
    public async Task<PackDecisionsPage?> DecisionsAsync(int id, PackDecisionsInput? typed, bool keepVersions, CancellationToken cancellationToken)
    {
        var pack = await db.CabinetPacks.AsNoTracking().Include(p => p.Items).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (pack is null)
        {
            return null;
        }

        var ids = pack.Items.Select(i => i.ProposalId).ToList();
        var proposals = await db.Proposals.AsNoTracking().Include(p => p.Directorate).Include(p => p.SavingsLines)
            .Where(p => ids.Contains(p.Id)).AsSplitQuery().ToListAsync(cancellationToken);
        var ordered = pack.Items.OrderBy(i => i.Order).Select(i => proposals.Single(p => p.Id == i.ProposalId)).ToList();
        var awaiting = ordered.Where(p => ProposalWorkflow.IsAllowed(p.Status, ProposalAction.RecordCabinetDecision)).ToList();

        var input = typed ?? new PackDecisionsInput
        {
            Day = pack.MeetingDate.Day.ToString(CultureInfo.InvariantCulture),
            Month = pack.MeetingDate.Month.ToString(CultureInfo.InvariantCulture),
            Year = pack.MeetingDate.Year.ToString(CultureInfo.InvariantCulture),
        };
        var posted = input.Rows.Where(r => r is not null).GroupBy(r => r.ProposalId).ToDictionary(g => g.Key, g => g.First());
        input.Rows = awaiting.Select(p => posted.GetValueOrDefault(p.Id) is { } row
                ? Row(row, keepVersions ? row.Version : p.Version)
                : new PackDecisionRowInput { ProposalId = p.Id, Version = p.Version })
            .ToList();

        return new PackDecisionsPage(
            pack.Id,
            pack.Title,
            MeetingText(pack.MeetingName, pack.MeetingDate),
            awaiting.Select(p => new PackDecisionProposal(p.Id, p.Reference, p.Title, p.Directorate.Name, p.TotalSavings.ToSavingText())).ToList(),
            ordered.Where(p => p.CabinetDecision is not null).Select(p => new PackDecidedProposal(p.Id, p.Reference, p.Title, p.CabinetDecision!.Summary)).ToList(),
            input);
    }

    /// <summary>The references of the pack's proposals awaiting a decision, for the rows' messages.</summary>
    public static IReadOnlyDictionary<int, string> References(PackDecisionsPage page) => page.Awaiting.ToDictionary(p => p.Id, p => p.Reference);

    private static PackDecisionRowInput Row(PackDecisionRowInput row, Guid version) => new()
    {
        ProposalId = row.ProposalId,
        Version = version,
        Outcome = row.Outcome,
        Changes = row.Changes,
        Reason = row.Reason,
    };

    /// <summary>Whether the rows posted are exactly the proposals awaiting a decision now.</summary>
    public static bool SameProposals(PackDecisionsPage page, IEnumerable<PackDecisionRowInput?> posted) =>
        posted.Where(r => r is not null).Select(r => r!.ProposalId).Order().SequenceEqual(page.Awaiting.Select(p => p.Id).Order());

    /// <summary>What Cabinet's decision says on the pack page after recording, such as "8 agreed, 1 not agreed, 1 deferred".</summary>
    public static string Tally(IEnumerable<PackDecisionRowInput> rows) => string.Join(", ", rows
        .GroupBy(r => r.Outcome)
        .OrderBy(g => Array.IndexOf([DecisionRecordInput.Agreed, DecisionRecordInput.AgreedWithChanges, DecisionRecordInput.NotAgreed, PackDecisionRowInput.Deferred], g.Key))
        .Select(g => $"{g.Count()} {g.Key switch
        {
            DecisionRecordInput.AgreedWithChanges => "agreed with changes",
            DecisionRecordInput.NotAgreed => "not agreed",
            PackDecisionRowInput.Deferred => "deferred",
            _ => "agreed",
        }}"));
}
