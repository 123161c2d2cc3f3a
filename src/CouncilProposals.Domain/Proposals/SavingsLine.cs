using CouncilProposals.Domain.Common;

namespace CouncilProposals.Domain.Proposals;

public enum SavingsKind
{
    Saving,
    Income,
}

/// <summary>One MTFS line: an amount saved (or extra income) in one savings year.</summary>
public sealed class SavingsLine
{
    private SavingsLine()
    {
    }

    internal SavingsLine(FinancialYear year, Money amount, SavingsKind kind, string? description)
    {
        Year = year;
        Amount = amount;
        Kind = kind;
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
    }

    public int Id { get; private set; }

    public int ProposalId { get; private set; }

    public FinancialYear Year { get; private set; }

    public Money Amount { get; private set; }

    public SavingsKind Kind { get; private set; }

    public string? Description { get; private set; }
}
