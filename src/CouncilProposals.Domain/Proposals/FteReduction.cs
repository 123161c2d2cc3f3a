using CouncilProposals.Domain.Common;

namespace CouncilProposals.Domain.Proposals;

/// <summary>The posts (FTE) a proposal removes in one savings year.</summary>
public sealed class FteReduction
{
    private FteReduction()
    {
    }

    internal FteReduction(FinancialYear year, Fte reduction)
    {
        Year = year;
        Reduction = reduction;
    }

    public int Id { get; private set; }

    public int ProposalId { get; private set; }

    public FinancialYear Year { get; private set; }

    public Fte Reduction { get; private set; }
}
