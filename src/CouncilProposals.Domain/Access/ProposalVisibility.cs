using System.Linq.Expressions;
using CouncilProposals.Domain.Proposals;

namespace CouncilProposals.Domain.Access;

/// <summary>
/// Who may see a proposal, as one expression over its directorate: Corporate Finance sees every directorate,
/// officers and directors see their own, anyone else sees none. Queries run it in the database; the
/// permission check runs it on one proposal's facts.
/// </summary>
public static class ProposalVisibility
{
    public static Expression<Func<int, bool>> DirectorateVisibleTo(Actor actor)
    {
        var everyDirectorate = actor.IsIn(Roles.CorporateFinance);
        var ownDirectorates = actor.IsIn(Roles.FinanceOfficer) || actor.IsIn(Roles.Director);
        var directorates = actor.DirectorateIds.ToList();
        return directorateId => everyDirectorate || (ownDirectorates && directorates.Contains(directorateId));
    }

    /// <summary>The same rule over proposals, for <c>proposals.Where(...)</c>.</summary>
    public static Expression<Func<Proposal, bool>> VisibleTo(Actor actor) => VisibleTo(actor, (Proposal proposal) => proposal.DirectorateId);

    /// <summary>The same rule over anything that belongs to a directorate, like the directorates themselves.</summary>
    public static Expression<Func<T, bool>> VisibleTo<T>(Actor actor, Expression<Func<T, int>> directorateOf)
    {
        var rule = DirectorateVisibleTo(actor);
        var body = new ParameterReplacer(rule.Parameters[0], directorateOf.Body).Visit(rule.Body);
        return Expression.Lambda<Func<T, bool>>(body, directorateOf.Parameters);
    }

    private sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : base.VisitParameter(node);
    }
}
