using CouncilProposals.Domain.Common;

namespace CouncilProposals.Domain.Proposals;

/// <summary>A major risk of the proposal and the strategy that mitigates it, in the order the officer gave.</summary>
public sealed class Risk
{
    public const int MaxLength = 4000;

    private Risk()
    {
        Description = string.Empty;
        Mitigation = string.Empty;
    }

    internal Risk(int order, string description, string? mitigation)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            throw new DomainException("Describe the risk.");
        }

        Order = order;
        Description = description.Trim();
        Mitigation = mitigation?.Trim() ?? string.Empty;
    }

    public int Id { get; private set; }

    public int ProposalId { get; private set; }

    public int Order { get; private set; }

    public string Description { get; private set; }

    public string Mitigation { get; private set; }
}
