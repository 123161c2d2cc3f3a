using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Proposals;
using CouncilProposals.Web.Data;
using CouncilProposals.Web.Data.Auditing;
using CouncilProposals.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CouncilProposals.Web.Features.Approvals;

/// <summary>
/// The approval route after submission: a director approves or returns, an officer or director withdraws,
/// Corporate Finance records Cabinet's decision or reopens an approved proposal. Reasons become the audit comment.
/// </summary>
[Route("proposals/{id:int}")]
public sealed class ApprovalsController(AppDbContext db, AuditContext audit, ICurrentUser currentUser, TimeProvider time) : Controller
{
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
        DecideAsync(
            id,
            input,
            input.Agreed ? null : input.Reason,
            p => p.RecordCabinetDecision(new CabinetDecision(input.Agreed, input.Agreed ? null : input.Reason, input.DecisionMaker!, input.DecisionMakerRole!, input.Date!.Value, time.GetUtcNow())),
            "Cabinet's decision recorded",
            cancellationToken);

    [HttpGet("reopen")]
    [ProposalAccess(ProposalAction.Reopen)]
    public Task<IActionResult> Reopen(int id, CancellationToken cancellationToken) => ShowAsync(id, new ReopenInput(), cancellationToken);

    [HttpPost("reopen")]
    [ProposalAccess(ProposalAction.Reopen)]
    public Task<IActionResult> Reopen(int id, ReopenInput input, CancellationToken cancellationToken) =>
        DecideAsync(id, input, input.Reason, p => p.Reopen(input.Reason!), "Proposal reopened", cancellationToken);

    private async Task<IActionResult> ShowAsync<TInput>(int id, TInput input, CancellationToken cancellationToken)
        where TInput : DecisionInput
    {
        var page = await PageAsync(id, input, keepVersion: false, cancellationToken);
        return page is null ? NotFound() : View(ViewFor(input), page);
    }

    private async Task<IActionResult> DecideAsync<TInput>(int id, TInput input, string? comment, Action<Proposal> decide, string done, CancellationToken cancellationToken)
        where TInput : DecisionInput
    {
        if (ModelState.IsValid)
        {
            var proposal = await db.Proposals.SingleAsync(p => p.Id == id, cancellationToken);
            try
            {
                if (proposal.Version != input.Version)
                {
                    throw new DbUpdateConcurrencyException();
                }

                db.Entry(proposal).Property(p => p.Version).OriginalValue = input.Version;
                decide(proposal);
                audit.Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
                await db.SaveChangesAsync(cancellationToken);
                TempData["Done"] = done;
                return Redirect($"/proposals/{id}");
            }
            catch (DomainException exception)
            {
                db.ChangeTracker.Clear();
                ModelState.AddModelError(string.Empty, exception.Message);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                ModelState.AddModelError(string.Empty, "Someone changed this proposal after you opened this page. Check the proposal as it is now, then decide again.");
                var current = await PageAsync(id, input, keepVersion: false, cancellationToken);
                return current is null ? NotFound() : View(ViewFor(input), current);
            }
        }

        var page = await PageAsync(id, input, keepVersion: true, cancellationToken);
        return page is null ? NotFound() : View(ViewFor(input), page);
    }

    private async Task<DecisionPage<TInput>?> PageAsync<TInput>(int id, TInput input, bool keepVersion, CancellationToken cancellationToken)
        where TInput : DecisionInput
    {
        var proposal = await db.Proposals.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.Reference, p.Title, p.Status, p.ReturnReason, p.Version })
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

        return new DecisionPage<TInput>(id, proposal.Reference, proposal.Title, proposal.Status.DisplayName(), proposal.ReturnReason, input);
    }

    private static string ViewFor(DecisionInput input) => input switch
    {
        ApproveInput => nameof(Approve),
        ReturnInput => nameof(Return),
        WithdrawInput => nameof(Withdraw),
        CabinetDecisionInput => nameof(Decision),
        _ => nameof(Reopen),
    };
}
