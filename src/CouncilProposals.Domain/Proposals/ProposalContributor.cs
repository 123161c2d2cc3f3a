namespace CouncilProposals.Domain.Proposals;

/// <summary>Someone who created or changed the content of a proposal, at any time: they may never sign it off.</summary>
public sealed class ProposalContributor
{
    private ProposalContributor() => UserName = string.Empty;

    internal ProposalContributor(string userName) => UserName = SegregationOfDuties.Normalise(userName);

    public int ProposalId { get; private set; }

    /// <summary>The user name in lower case, so the database compares it as the rule does.</summary>
    public string UserName { get; private set; }
}
