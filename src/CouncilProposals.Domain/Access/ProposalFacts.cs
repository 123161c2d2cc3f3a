using CouncilProposals.Domain.Proposals;

namespace CouncilProposals.Domain.Access;

/// <summary>
/// What the permission rules need to know about a proposal, cheap to load without the proposal itself. Contributors
/// are everyone who created or changed its content, as <see cref="SegregationOfDuties.Normalise"/> gives them.
/// </summary>
public sealed record ProposalFacts(int DirectorateId, ProposalStatus Status, IReadOnlyCollection<string> Contributors);
