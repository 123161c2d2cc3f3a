namespace CouncilProposals.Web.Data;

/// <summary>
/// A staffing reduction as the database holds it, for totals: the FTE as a plain decimal, the year by its start
/// year. Read-only; reductions are written through the <c>Proposal</c> aggregate.
/// </summary>
public sealed class FteFigure
{
    public int ProposalId { get; private set; }

    public int Year { get; private set; }

    public decimal Reduction { get; private set; }
}
