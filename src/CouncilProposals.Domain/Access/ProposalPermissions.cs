using CouncilProposals.Domain.Proposals;

namespace CouncilProposals.Domain.Access;

/// <summary>
/// Who may do what to a proposal, whatever its status (the workflow says what its status allows):
/// officers see, write, submit and withdraw their directorates' proposals; directors see and decide on their
/// directorates' proposals but never their own work; Corporate Finance sees every proposal, records Cabinet's
/// decisions and reopens approved proposals; administrators manage users and see no proposals.
/// </summary>
public static class ProposalPermissions
{
    public static bool CanSee(Actor actor, ProposalFacts proposal) =>
        actor.IsIn(Roles.CorporateFinance)
        || (actor.BelongsTo(proposal.DirectorateId) && (actor.IsIn(Roles.FinanceOfficer) || actor.IsIn(Roles.Director)));

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
            ProposalAction.RecordCabinetDecision or ProposalAction.Reopen => actor.IsIn(Roles.CorporateFinance),
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

    // Segregation of duties: whoever wrote or last changed a proposal cannot also sign it off.
    private static bool IsOwnWork(Actor actor, ProposalFacts proposal) => actor.Is(proposal.CreatedBy) || actor.Is(proposal.LastEditedBy);
}
