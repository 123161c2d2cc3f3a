using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Proposals;

namespace CouncilProposals.Domain.CabinetPacks;

/// <summary>What Cabinet did with one proposal of a pack at its meeting. Deferred leaves it approved, for a later pack.</summary>
public enum PackOutcome
{
    Agreed,
    AgreedWithChanges,
    NotAgreed,
    Deferred,
}

/// <summary>One proposal of the pack and Cabinet's decision on it; the details are what changed or the reason.</summary>
public sealed record PackDecisionRow(Proposal Proposal, PackOutcome Outcome, string? Details);

/// <summary>The meeting at which Cabinet decided: the same decision maker, role and date for every proposal.</summary>
public sealed record DecisionMeeting(string DecisionMaker, string DecisionMakerRole, DateOnly DecisionDate);

/// <summary>
/// Records Cabinet's decisions on a pack's proposals in one go: every row is checked before any proposal changes,
/// so either every decision is recorded or none is.
/// </summary>
public static class PackDecisions
{
    /// <summary>The field of a row's error: "Rows[2].Reason".</summary>
    public static string RowField(int index, string field) => $"Rows[{index}].{field}";

    /// <summary>Records the decisions and returns the proposals Cabinet deferred, which stay approved.</summary>
    public static IReadOnlyList<Proposal> Record(CabinetPack pack, DecisionMeeting meeting, IReadOnlyList<PackDecisionRow> rows, DateTimeOffset lodgedAt, DateOnly today)
    {
        CabinetDecision.CheckMeeting(meeting.DecisionMaker, meeting.DecisionMakerRole, meeting.DecisionDate, today);
        if (rows.Count == 0)
        {
            throw new DomainException("No proposal in this pack is awaiting Cabinet's decision.");
        }

        if (rows.Select(r => r.Proposal.Id).Distinct().Count() != rows.Count)
        {
            throw new DomainException("Each proposal can be decided only once.");
        }

        var decisions = rows.Select((row, index) => Decide(pack, meeting, row, index, lodgedAt, today)).ToList();
        foreach (var (proposal, decision) in rows.Zip(decisions, (row, decision) => (row.Proposal, decision)))
        {
            if (decision is not null)
            {
                proposal.RecordCabinetDecision(decision);
            }
        }

        return rows.Where(r => r.Outcome == PackOutcome.Deferred).Select(r => r.Proposal).ToList();
    }

    /// <summary>The row's decision, checked but not yet recorded; null when Cabinet deferred it.</summary>
    private static CabinetDecision? Decide(CabinetPack pack, DecisionMeeting meeting, PackDecisionRow row, int index, DateTimeOffset lodgedAt, DateOnly today)
    {
        var proposal = row.Proposal;
        if (!pack.Items.Any(i => i.ProposalId == proposal.Id))
        {
            throw new DomainException($"{proposal.Reference} is not in this pack.", RowField(index, "Outcome"));
        }

        if (!ProposalWorkflow.IsAllowed(proposal.Status, ProposalAction.RecordCabinetDecision))
        {
            throw new DomainException($"{proposal.Reference} is {proposal.Status.DisplayName().ToLowerInvariant()}, not awaiting Cabinet's decision.", RowField(index, "Outcome"));
        }

        if (row.Outcome == PackOutcome.Deferred)
        {
            return null;
        }

        var outcome = row.Outcome switch
        {
            PackOutcome.Agreed => CabinetOutcome.Agreed,
            PackOutcome.AgreedWithChanges => CabinetOutcome.AgreedWithChanges,
            PackOutcome.NotAgreed => CabinetOutcome.NotAgreed,
            _ => throw new DomainException($"Select what Cabinet decided on {proposal.Reference}.", RowField(index, "Outcome")),
        };
        try
        {
            return CabinetDecision.Record(outcome, row.Details, meeting.DecisionMaker, meeting.DecisionMakerRole, meeting.DecisionDate, lodgedAt, today, pack.Id);
        }
        catch (DomainException exception) when (exception.Field is nameof(CabinetDecision.Reason) or nameof(CabinetDecision.Changes))
        {
            throw new DomainException($"{proposal.Reference}: {exception.Message}", RowField(index, exception.Field));
        }
    }
}
