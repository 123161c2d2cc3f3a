using CouncilProposals.Domain.Access;
using CouncilProposals.Domain.Proposals;

namespace CouncilProposals.Web.Features.Shared;

/// <summary>The proposals a person may see, as a query: the same rule as <see cref="ProposalPermissions.CanSee"/>.</summary>
public static class ProposalVisibility
{
    public static IQueryable<Proposal> VisibleTo(this IQueryable<Proposal> proposals, Actor actor)
    {
        if (actor.IsIn(Roles.CorporateFinance))
        {
            return proposals;
        }

        if (!actor.IsIn(Roles.FinanceOfficer) && !actor.IsIn(Roles.Director))
        {
            return proposals.Where(_ => false);
        }

        var directorates = actor.DirectorateIds.ToList();
        return proposals.Where(p => directorates.Contains(p.DirectorateId));
    }
}
