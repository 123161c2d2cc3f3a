using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Proposals;
using CouncilProposals.Web.Data;
using CouncilProposals.Web.Data.Auditing;
using CouncilProposals.Web.Features.Proposals;
using CouncilProposals.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CouncilProposals.Web.Features.Approvals;

/// <summary>
/// The approval route after submission: a director approves or returns, an officer or director withdraws,
/// Corporate Finance records Cabinet's decision (or corrects one recorded wrongly) or reopens an approved proposal.
/// Reasons become the audit comment.
/// </summary>
[Route("proposals/{id:int}")]
public sealed class ApprovalsController(AppDbContext db, AuditContext audit, ICurrentUser currentUser, TimeProvider time, KeptDrafts drafts) : Controller
{
    public const string Name = "Approvals";

    private string Actor => currentUser.UserName ?? throw new InvalidOperationException("No one is signed in.");

    [HttpGet("approve")]
    [ProposalAccess(ProposalAction.Approve)]
    public Task<IActionResult> Approve(int id, CancellationToken cancellationToken) => ShowAsync(id, new ApproveInput(), cancellationToken);

    [HttpPost("approve")]
    [ProposalAccess(ProposalAction.Approve)]
    public Task<IActionResult> Approve(int id, ApproveInput input, CancellationToken cancellationToken) =>
        DecideAsync(id, input, input.Comment, p => p.Approve(Actor), "Proposal approved", cancellationToken);

    [HttpGet("return")]
    [ProposalAccess(ProposalAction.Return)]
    public Task<IActionResult> Return(int id, CancellationToken cancellationToken) => ShowAsync(id, new ReturnInput(), cancellationToken);

    [HttpPost("return")]
    [ProposalAccess(ProposalAction.Return)]
    public Task<IActionResult> Return(int id, ReturnInput input, CancellationToken cancellationToken) =>
        DecideAsync(id, input, input.Reasons, p => p.Return(Actor, input.Reasons!), "Proposal returned to the officer", cancellationToken);

    [HttpGet("withdraw")]
    [ProposalAccess(ProposalAction.Withdraw)]
    public Task<IActionResult> Withdraw(int id, CancellationToken cancellationToken) => ShowAsync(id, new WithdrawInput(), cancellationToken);

    [HttpPost("withdraw")]
    [ProposalAccess(ProposalAction.Withdraw)]
    public Task<IActionResult> Withdraw(int id, WithdrawInput input, CancellationToken cancellationToken) =>
        DecideAsync(id, input, input.Reason, p => p.Withdraw(), "Proposal withdrawn", cancellationToken);

    [HttpGet("decision")]
    [ProposalAccess(ProposalAction.RecordCabinetDecision)]
    public Task<IActionResult> Decision(int id, CancellationToken cancellationToken) => ShowAsync(id, new CabinetDecisionInput(), cancellationToken);

    [HttpPost("decision")]
    [ProposalAccess(ProposalAction.RecordCabinetDecision)]
    public Task<IActionResult> Decision(int id, CabinetDecisionInput input, CancellationToken cancellationToken) =>
        DecideAsync(id, input, input.Details, p => p.RecordCabinetDecision(DecisionOf(input)), "Cabinet's decision recorded", cancellationToken);

    [HttpGet("decision/correct")]
    [ProposalAccess(ProposalAction.CorrectCabinetDecision)]
    public async Task<IActionResult> Correct(int id, CancellationToken cancellationToken)
    {
        var input = new CorrectDecisionInput();
        if (await db.Proposals.AsNoTracking().Where(p => p.Id == id).Select(p => p.CabinetDecision).SingleOrDefaultAsync(cancellationToken) is { } recorded)
        {
            input.Fill(recorded);
        }

        return await ShowAsync(id, input, cancellationToken);
    }

    /// <summary>Corrects a decision recorded wrongly; the history keeps the original, the reason and the new one.</summary>
    [HttpPost("decision/correct")]
    [ProposalAccess(ProposalAction.CorrectCabinetDecision)]
    public Task<IActionResult> Correct(int id, CorrectDecisionInput input, CancellationToken cancellationToken)
    {
        audit.Action = "Cabinet's decision corrected";
        return DecideAsync(id, input, input.CorrectionReason, p => p.CorrectCabinetDecision(DecisionOf(input), input.CorrectionReason!), "Cabinet's decision corrected", cancellationToken);
    }

    [HttpGet("reopen")]
    [ProposalAccess(ProposalAction.Reopen)]
    public Task<IActionResult> Reopen(int id, CancellationToken cancellationToken) => ShowAsync(id, new ReopenInput(), cancellationToken);

    [HttpPost("reopen")]
    [ProposalAccess(ProposalAction.Reopen)]
    public Task<IActionResult> Reopen(int id, ReopenInput input, CancellationToken cancellationToken) =>
        DecideAsync(id, input, input.Reason, p => p.Reopen(input.Reason!), "Proposal reopened", cancellationToken);

    private CabinetDecision DecisionOf(DecisionRecordInput input) =>
        CabinetDecision.Record(input.Outcome!.Value, input.Details, input.DecisionMaker!, input.DecisionMakerRole!, input.Date!.Value, time.GetUtcNow(), CouncilCalendar.Today(time));

    /// <summary>The form as it starts; or, given back after signing in again, as it was typed, for the version then read.</summary>
    private async Task<IActionResult> ShowAsync<TInput>(int id, TInput input, CancellationToken cancellationToken)
        where TInput : DecisionInput, new()
    {
        var kept = await drafts.RestoreAsync<TInput>(this, cancellationToken);
        return await PageResultAsync(id, kept ?? input, keepVersion: kept is not null, cancellationToken);
    }

    private async Task<IActionResult> DecideAsync<TInput>(int id, TInput input, string? comment, Action<Proposal> decide, string done, CancellationToken cancellationToken)
        where TInput : DecisionInput
    {
        if (!ModelState.IsValid)
        {
            return await PageResultAsync(id, input, keepVersion: true, cancellationToken);
        }

        var proposal = await db.Proposals.SingleAsync(p => p.Id == id, cancellationToken);
        if (proposal.Version != input.Version)
        {
            return await ChangedMeanwhileAsync(id, input, cancellationToken);
        }

        if (await TryDecideAsync(proposal, input, comment, decide, cancellationToken) is { } refused)
        {
            return refused;
        }

        TempData["Done"] = done;
        return RedirectToAction(nameof(ProposalsController.Details), ProposalsController.Name, new { id });
    }

    /// <summary>Makes the decision and saves it; or, when a rule refuses it or someone saved meanwhile, the page again.</summary>
    private async Task<IActionResult?> TryDecideAsync<TInput>(Proposal proposal, TInput input, string? comment, Action<Proposal> decide, CancellationToken cancellationToken)
        where TInput : DecisionInput
    {
        try
        {
            db.Entry(proposal).Property(p => p.Version).OriginalValue = input.Version;
            decide(proposal);
            audit.Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DomainException exception)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(exception.Field == nameof(CabinetDecision.Outcome) ? nameof(DecisionRecordInput.Decision) : exception.Field ?? string.Empty, exception.Message);
            return await PageResultAsync(proposal.Id, input, keepVersion: true, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await ChangedMeanwhileAsync(proposal.Id, input, cancellationToken);
        }
    }

    /// <summary>The decision was made on an older copy: show the proposal as it is now, against its current version.</summary>
    private Task<IActionResult> ChangedMeanwhileAsync<TInput>(int id, TInput input, CancellationToken cancellationToken)
        where TInput : DecisionInput
    {
        ModelState.AddModelError(string.Empty, "Someone changed this proposal after you opened this page. Check the proposal as it is now, then decide again.");
        return PageResultAsync(id, input, keepVersion: false, cancellationToken);
    }

    private async Task<IActionResult> PageResultAsync<TInput>(int id, TInput input, bool keepVersion, CancellationToken cancellationToken)
        where TInput : DecisionInput
    {
        var page = await PageAsync(id, input, keepVersion, cancellationToken);
        return page is null ? NotFound() : View(ViewFor(input), page);
    }

    private async Task<DecisionPage<TInput>?> PageAsync<TInput>(int id, TInput input, bool keepVersion, CancellationToken cancellationToken)
        where TInput : DecisionInput
    {
        var proposal = await db.Proposals.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.Reference, p.Title, p.Status, p.ReturnReason, p.Version, p.CabinetDecision })
            .SingleOrDefaultAsync(cancellationToken);
        if (proposal is null)
        {
            return null;
        }

        if (!keepVersion)
        {
            input.Version = proposal.Version;
            ModelState.Remove(nameof(DecisionInput.Version));
        }

        return new DecisionPage<TInput>(id, proposal.Reference, proposal.Title, proposal.Status.DisplayName(), proposal.ReturnReason, proposal.CabinetDecision, input);
    }

    private static string ViewFor(DecisionInput input) => input switch
    {
        ApproveInput => nameof(Approve),
        ReturnInput => nameof(Return),
        WithdrawInput => nameof(Withdraw),
        CabinetDecisionInput => nameof(Decision),
        CorrectDecisionInput => nameof(Correct),
        _ => nameof(Reopen),
    };
}
