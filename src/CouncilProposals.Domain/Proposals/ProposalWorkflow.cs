using CouncilProposals.Domain.Common;

namespace CouncilProposals.Domain.Proposals;

public enum ProposalAction
{
    /// <summary>Reading a proposal and its history: allowed in every status, never a transition.</summary>
    View,
    Edit,
    Submit,
    Return,
    Approve,
    Withdraw,
    RecordCabinetDecision,
    Reopen,
}

/// <summary>
/// The approval route as a state machine: Draft -> Submitted -> Approved | Returned (back to the officer);
/// Draft or Submitted -> Withdrawn; Approved -> Agreed | Not agreed by Cabinet; Approved -> reopened as Draft.
/// </summary>
public static class ProposalWorkflow
{
    private static readonly Dictionary<(ProposalStatus, ProposalAction), ProposalStatus> Transitions = new()
    {
        [(ProposalStatus.Draft, ProposalAction.Edit)] = ProposalStatus.Draft,
        [(ProposalStatus.Returned, ProposalAction.Edit)] = ProposalStatus.Returned,
        [(ProposalStatus.Draft, ProposalAction.Submit)] = ProposalStatus.Submitted,
        [(ProposalStatus.Returned, ProposalAction.Submit)] = ProposalStatus.Submitted,
        [(ProposalStatus.Submitted, ProposalAction.Return)] = ProposalStatus.Returned,
        [(ProposalStatus.Submitted, ProposalAction.Approve)] = ProposalStatus.Approved,
        [(ProposalStatus.Draft, ProposalAction.Withdraw)] = ProposalStatus.Withdrawn,
        [(ProposalStatus.Returned, ProposalAction.Withdraw)] = ProposalStatus.Withdrawn,
        [(ProposalStatus.Submitted, ProposalAction.Withdraw)] = ProposalStatus.Withdrawn,
        // Agreed or not agreed: the decision recorded says which.
        [(ProposalStatus.Approved, ProposalAction.RecordCabinetDecision)] = ProposalStatus.AgreedByCabinet,
        [(ProposalStatus.Approved, ProposalAction.Reopen)] = ProposalStatus.Draft,
    };

    public static bool IsAllowed(ProposalStatus status, ProposalAction action) =>
        action == ProposalAction.View || Transitions.ContainsKey((status, action));

    /// <summary>The actions the proposal's status allows, before anyone's role is considered.</summary>
    public static IReadOnlyList<ProposalAction> AllowedActions(ProposalStatus status) =>
        Transitions.Keys.Where(key => key.Item1 == status).Select(key => key.Item2).ToList();

    public static void Submit(this Proposal proposal)
    {
        Require(proposal, ProposalAction.Submit);
        var missing = ProposalCompleteness.MissingForSubmission(proposal);
        if (missing.Count > 0)
        {
            throw new DomainException("The proposal is not complete: " + string.Join("; ", missing) + ".");
        }

        proposal.SetReturnReason(null);
        proposal.MoveTo(ProposalStatus.Submitted);
    }

    /// <summary>A director sends the proposal back to the officer with reasons.</summary>
    public static void Return(this Proposal proposal, string actor, string reason)
    {
        Require(proposal, ProposalAction.Return);
        EnsureNotOwnWork(proposal, actor, "return");
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Give the reasons for returning the proposal.");
        }

        proposal.SetReturnReason(reason.Trim());
        proposal.MoveTo(ProposalStatus.Returned);
    }

    public static void Approve(this Proposal proposal, string actor)
    {
        Require(proposal, ProposalAction.Approve);
        EnsureNotOwnWork(proposal, actor, "approve");
        proposal.MoveTo(ProposalStatus.Approved);
    }

    public static void Withdraw(this Proposal proposal)
    {
        Require(proposal, ProposalAction.Withdraw);
        proposal.MoveTo(ProposalStatus.Withdrawn);
    }

    public static void RecordCabinetDecision(this Proposal proposal, CabinetDecision decision)
    {
        Require(proposal, ProposalAction.RecordCabinetDecision);
        proposal.SetCabinetDecision(decision);
        proposal.MoveTo(decision.Agreed ? ProposalStatus.AgreedByCabinet : ProposalStatus.NotAgreedByCabinet);
    }

    /// <summary>Corporate Finance reopens an approved proposal so that it can be changed again.</summary>
    public static void Reopen(this Proposal proposal, string reason)
    {
        Require(proposal, ProposalAction.Reopen);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Give the reason for reopening the proposal.");
        }

        proposal.SetReturnReason(reason.Trim());
        proposal.MoveTo(ProposalStatus.Draft);
    }

    private static void Require(Proposal proposal, ProposalAction action)
    {
        if (!IsAllowed(proposal.Status, action))
        {
            throw new DomainException($"A proposal that is {proposal.Status.DisplayName().ToLowerInvariant()} cannot be {PastTense(action)}.");
        }
    }

    // Segregation of duties: the person who wrote or last changed a proposal cannot also sign it off.
    private static void EnsureNotOwnWork(Proposal proposal, string actor, string verb)
    {
        if (string.Equals(proposal.CreatedBy, actor, StringComparison.OrdinalIgnoreCase)
            || string.Equals(proposal.LastEditedBy, actor, StringComparison.OrdinalIgnoreCase))
        {
            throw new DomainException($"You cannot {verb} a proposal you created or last edited.");
        }
    }

    private static string PastTense(ProposalAction action) => action switch
    {
        ProposalAction.View => "viewed",
        ProposalAction.Edit => "changed",
        ProposalAction.Submit => "submitted",
        ProposalAction.Return => "returned",
        ProposalAction.Approve => "approved",
        ProposalAction.Withdraw => "withdrawn",
        ProposalAction.RecordCabinetDecision => "given a Cabinet decision",
        ProposalAction.Reopen => "reopened",
        _ => action.ToString(),
    };
}
