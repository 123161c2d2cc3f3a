namespace CouncilProposals.Web.Data;

/// <summary>
/// A savings line as the database holds it, for totals summed in SQL: the amount in whole hundreds of pounds,
/// the year by its start year. Read-only; savings lines are written through the <c>Proposal</c> aggregate.
/// </summary>
public sealed class SavingsFigure
{
    public int ProposalId { get; private set; }

    public int Year { get; private set; }

    public long Amount { get; private set; }
}
