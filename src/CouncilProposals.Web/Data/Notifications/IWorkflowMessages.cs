using CouncilProposals.Domain.Proposals;

namespace CouncilProposals.Web.Data.Notifications;

/// <summary>A proposal moved from one status to another in the save being made.</summary>
public sealed record StatusTransition(Proposal Proposal, ProposalStatus From, ProposalStatus To);

/// <summary>Writes the e-mails that tell the people who act next (the wording and recipients live with the feature).</summary>
public interface IWorkflowMessages
{
    Task<IReadOnlyList<OutboxMessage>> ComposeAsync(AppDbContext db, IReadOnlyList<StatusTransition> transitions, string actor, CancellationToken cancellationToken);
}
