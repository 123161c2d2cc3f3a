using CouncilProposals.Domain.Proposals;

namespace CouncilProposals.Domain.Access;

/// <summary>What the permission rules need to know about a proposal, cheap to load without the proposal itself.</summary>
public sealed record ProposalFacts(int DirectorateId, ProposalStatus Status, string CreatedBy, string LastEditedBy);
