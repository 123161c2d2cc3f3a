using CouncilProposals.Domain.Common;

namespace CouncilProposals.Domain.Proposals;

/// <summary>The proposal's way to Cabinet: each step moves it to the status <see cref="ProposalWorkflow"/> gives.</summary>
public sealed partial class Proposal
{
    public bool IsEditable => ProposalWorkflow.IsAllowed(Status, ProposalAction.Edit);

    /// <summary>True when this person created or changed the proposal's content, so may not approve or return it.</summary>
    public bool IsOwnWorkOf(string userName) => SegregationOfDuties.IsOwnWork(userName, _contributors.Select(c => c.UserName));

    public void Submit()
    {
        var to = TargetOf(ProposalAction.Submit);
        var missing = ProposalCompleteness.MissingForSubmission(this);
        if (missing.Count > 0)
        {
            throw new DomainException("The proposal is not complete: " + string.Join("; ", missing) + ".");
        }

        ReturnReason = null;
        Status = to;
    }

    /// <summary>A director sends the proposal back to the officer with reasons.</summary>
    public void Return(string actor, string reason)
    {
        var to = TargetOf(ProposalAction.Return);
        EnsureNotOwnWork(actor, "return");
        ReturnReason = RequiredReason(reason, "Give the reasons for returning the proposal.");
        Status = to;
    }

    public void Approve(string actor)
    {
        var to = TargetOf(ProposalAction.Approve);
        EnsureNotOwnWork(actor, "approve");
        Status = to;
    }

    public void Withdraw() => Status = TargetOf(ProposalAction.Withdraw);

    public void RecordCabinetDecision(CabinetDecision decision)
    {
        Status = TargetOf(ProposalAction.RecordCabinetDecision, decision.Status);
        CabinetDecision = decision;
    }

    /// <summary>
    /// Corporate Finance corrects a decision recorded wrongly (a clerk's slip), with the reason. The decision stays
    /// with the pack it was recorded from; the history keeps the original.
    /// </summary>
    public void CorrectCabinetDecision(CabinetDecision corrected, string reason)
    {
        var to = TargetOf(ProposalAction.CorrectCabinetDecision, corrected.Status);
        RequiredReason(reason, "Give the reason for correcting the decision.");
        var original = CabinetDecision ?? throw new DomainException("No decision has been recorded, so there is nothing to correct.");
        if (corrected.SaysTheSameAs(original))
        {
            throw new DomainException("The corrected decision is the same as the one recorded: change what was recorded wrongly.");
        }

        Status = to;
        CabinetDecision = corrected.FromPack(original.PackId);
    }

    /// <summary>Corporate Finance reopens an approved proposal so that it can be changed again.</summary>
    public void Reopen(string reason)
    {
        var to = TargetOf(ProposalAction.Reopen);
        ReturnReason = RequiredReason(reason, "Give the reason for reopening the proposal.");
        Status = to;
    }

    /// <summary>The edit guard: content changes only while the table allows editing.</summary>
    private void EnsureEditable()
    {
        if (!IsEditable)
        {
            throw new DomainException($"This proposal is {Status.DisplayName().ToLowerInvariant()} and cannot be changed.");
        }
    }

    private static string RequiredReason(string reason, string message) =>
        string.IsNullOrWhiteSpace(reason) ? throw new DomainException(message) : reason.Trim();

    /// <summary>The status the action leads to from the current one (the one chosen, where the table gives several).</summary>
    private ProposalStatus TargetOf(ProposalAction action, ProposalStatus? chosen = null)
    {
        var targets = ProposalWorkflow.TargetsOf(Status, action);
        if (targets.Count == 0)
        {
            throw new DomainException($"A proposal that is {Status.DisplayName().ToLowerInvariant()} cannot be {ProposalWorkflow.PastTense(action)}.");
        }

        return chosen is { } to
            ? targets.Contains(to) ? to : throw new InvalidOperationException($"{action} cannot lead to {to}.")
            : targets.Single();
    }

    private void EnsureNotOwnWork(string actor, string verb)
    {
        if (IsOwnWorkOf(actor))
        {
            throw new DomainException($"You cannot {verb} a proposal you have worked on: another director must.");
        }
    }
}
