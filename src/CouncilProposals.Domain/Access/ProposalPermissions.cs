using CouncilProposals.Domain.Proposals;

namespace CouncilProposals.Domain.Access;

/// <summary>
/// Who may do what to a proposal, whatever its status (the workflow says what its status allows):
/// officers see, write, submit and withdraw their directorates' proposals; directors see and decide on their
/// directorates' proposals but never one they have worked on; Corporate Finance sees every proposal, records and corrects
/// Cabinet's decisions and reopens approved proposals; administrators manage users and see no proposals.
/// </summary>
public static class ProposalPermissions
{
    /// <summary>The rule of <see cref="ProposalVisibility"/>, for one proposal.</summary>
    public static bool CanSee(Actor actor, ProposalFacts proposal) =>
        ProposalVisibility.DirectorateVisibleTo(actor).Compile(preferInterpretation: true)(proposal.DirectorateId);

    public static bool Can(Actor actor, ProposalFacts proposal, ProposalAction action)
    {
        if (!CanSee(actor, proposal))
        {
            return false;
        }

        var officer = actor.IsIn(Roles.FinanceOfficer) && actor.BelongsTo(proposal.DirectorateId);
        var director = actor.IsIn(Roles.Director) && actor.BelongsTo(proposal.DirectorateId);
        return action switch
        {
            ProposalAction.View => true,
            ProposalAction.Edit or ProposalAction.Submit => officer,
            ProposalAction.Withdraw => officer || director,
            ProposalAction.Approve or ProposalAction.Return => director && !IsOwnWork(actor, proposal),
            ProposalAction.RecordCabinetDecision or ProposalAction.CorrectCabinetDecision or ProposalAction.Reopen => actor.IsIn(Roles.CorporateFinance),
            _ => false,
        };
    }

    /// <summary>Officers start proposals only for their own directorates.</summary>
    public static bool CanCreateIn(Actor actor, int directorateId) =>
        actor.IsIn(Roles.FinanceOfficer) && actor.BelongsTo(directorateId);

    /// <summary>The actions this person may take on the proposal now: allowed to them and by its status.</summary>
    public static IReadOnlyList<ProposalAction> AvailableActions(Actor actor, ProposalFacts proposal) =>
        Enum.GetValues<ProposalAction>()
            .Where(action => action != ProposalAction.View && ProposalWorkflow.IsAllowed(proposal.Status, action) && Can(actor, proposal, action))
            .ToList();

    private static bool IsOwnWork(Actor actor, ProposalFacts proposal) =>
        SegregationOfDuties.IsOwnWork(actor.UserName, proposal.Contributors);
}
