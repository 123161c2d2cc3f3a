namespace CouncilProposals.Domain.Proposals;

/// <summary>Where a proposal is on its way to Cabinet. Stored by name.</summary>
public enum ProposalStatus
{
    Draft,
    Submitted,
    Returned,
    Approved,
    AgreedByCabinet,
    NotAgreedByCabinet,
    Withdrawn,
}

public static class ProposalStatusNames
{
    public static string DisplayName(this ProposalStatus status) => status switch
    {
        ProposalStatus.Draft => "Draft",
        ProposalStatus.Submitted => "Submitted",
        ProposalStatus.Returned => "Returned",
        ProposalStatus.Approved => "Approved by director",
        ProposalStatus.AgreedByCabinet => "Agreed by Cabinet",
        ProposalStatus.NotAgreedByCabinet => "Not agreed by Cabinet",
        ProposalStatus.Withdrawn => "Withdrawn",
        _ => status.ToString(),
    };
}
