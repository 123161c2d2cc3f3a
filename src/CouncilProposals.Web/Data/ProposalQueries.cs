using CouncilProposals.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace CouncilProposals.Web.Data;

public static class ProposalQueries
{
    /// <summary>Proposals with every part of the aggregate, as the domain's rules and the documents need them.</summary>
    public static IQueryable<Proposal> Whole(this IQueryable<Proposal> proposals) => proposals
        .Include(p => p.Cycle)
        .Include(p => p.Directorate)
        .Include(p => p.SavingsLines)
        .Include(p => p.FteReductions)
        .Include(p => p.Risks)
        .Include(p => p.ScreeningAnswers)
        .AsSplitQuery();
}
