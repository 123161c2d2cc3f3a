using System.Linq.Expressions;

namespace CouncilProposals.Domain.Proposals;

/// <summary>
/// Nobody signs off (approves or returns) a proposal they have worked on: whoever created it or changed any of its
/// content, at any time, in any status. Changing only its status (submitting, approving, recording Cabinet's
/// decision) does not make someone a contributor.
/// </summary>
public static class SegregationOfDuties
{
    public static string Normalise(string userName) => userName.Trim().ToLowerInvariant();

    public static bool IsOwnWork(string userName, IEnumerable<string> contributors) =>
        contributors.Contains(Normalise(userName), StringComparer.Ordinal);

    /// <summary>The same rule for queries: proposals this person has not worked on.</summary>
    public static Expression<Func<Proposal, bool>> NotWorkOf(string userName)
    {
        var me = Normalise(userName);
        return p => !p.Contributors.Any(c => c.UserName == me);
    }
}
