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
    CorrectCabinetDecision,
    Reopen,
}

/// <summary>
/// The approval route as a state machine: Draft -> Submitted -> Approved | Returned (back to the officer);
/// Draft or Submitted -> Withdrawn; Approved -> Agreed | Not agreed by Cabinet; Approved -> reopened as Draft;
/// a recorded decision can be corrected, which may move it between Agreed and Not agreed.
/// The proposal's own methods move it to the statuses this table gives.
/// </summary>
public static class ProposalWorkflow
{
    private static readonly Dictionary<(ProposalStatus, ProposalAction), ProposalStatus[]> Transitions = new()
    {
        [(ProposalStatus.Draft, ProposalAction.Edit)] = [ProposalStatus.Draft],
        [(ProposalStatus.Returned, ProposalAction.Edit)] = [ProposalStatus.Returned],
        [(ProposalStatus.Draft, ProposalAction.Submit)] = [ProposalStatus.Submitted],
        [(ProposalStatus.Returned, ProposalAction.Submit)] = [ProposalStatus.Submitted],
        [(ProposalStatus.Submitted, ProposalAction.Return)] = [ProposalStatus.Returned],
        [(ProposalStatus.Submitted, ProposalAction.Approve)] = [ProposalStatus.Approved],
        [(ProposalStatus.Draft, ProposalAction.Withdraw)] = [ProposalStatus.Withdrawn],
        [(ProposalStatus.Returned, ProposalAction.Withdraw)] = [ProposalStatus.Withdrawn],
        [(ProposalStatus.Submitted, ProposalAction.Withdraw)] = [ProposalStatus.Withdrawn],
        // Agreed or not agreed: the decision recorded says which.
        [(ProposalStatus.Approved, ProposalAction.RecordCabinetDecision)] = [ProposalStatus.AgreedByCabinet, ProposalStatus.NotAgreedByCabinet],
        [(ProposalStatus.AgreedByCabinet, ProposalAction.CorrectCabinetDecision)] = [ProposalStatus.AgreedByCabinet, ProposalStatus.NotAgreedByCabinet],
        [(ProposalStatus.NotAgreedByCabinet, ProposalAction.CorrectCabinetDecision)] = [ProposalStatus.AgreedByCabinet, ProposalStatus.NotAgreedByCabinet],
        [(ProposalStatus.Approved, ProposalAction.Reopen)] = [ProposalStatus.Draft],
    };

    public static bool IsAllowed(ProposalStatus status, ProposalAction action) =>
        action == ProposalAction.View || Transitions.ContainsKey((status, action));

    /// <summary>The statuses the action can lead to from this status; empty when the status does not allow it.</summary>
    public static IReadOnlyList<ProposalStatus> TargetsOf(ProposalStatus status, ProposalAction action) =>
        Transitions.TryGetValue((status, action), out var targets) ? targets : [];

    /// <summary>"submitted", "given a Cabinet decision": for messages refusing an action.</summary>
    public static string PastTense(ProposalAction action) => action switch
    {
        ProposalAction.View => "viewed",
        ProposalAction.Edit => "changed",
        ProposalAction.Submit => "submitted",
        ProposalAction.Return => "returned",
        ProposalAction.Approve => "approved",
        ProposalAction.Withdraw => "withdrawn",
        ProposalAction.RecordCabinetDecision => "given a Cabinet decision",
        ProposalAction.CorrectCabinetDecision => "given a corrected Cabinet decision",
        ProposalAction.Reopen => "reopened",
        _ => action.ToString(),
    };
}
