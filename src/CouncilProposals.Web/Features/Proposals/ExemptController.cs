using CouncilProposals.Domain.Access;
using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Proposals;
using CouncilProposals.Web.Data;
using CouncilProposals.Web.Data.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CouncilProposals.Web.Features.Proposals;

/// <summary>
/// Corporate Finance marks a proposal's information exempt from publication under a paragraph of Schedule 12A to
/// the Local Government Act 1972, or clears the mark. Both are audited in the proposal's history.
/// </summary>
[Authorize(Roles = Roles.CorporateFinance)]
[Route("proposals/{id:int}/exempt")]
public sealed class ExemptController(AppDbContext db, AuditContext audit, KeptDrafts drafts) : Controller
{
    public const string Name = "Exempt";

    [HttpGet("")]
    public async Task<IActionResult> Exempt(int id, CancellationToken cancellationToken)
    {
        var page = await PageAsync(id, await drafts.RestoreAsync<ExemptInput>(this, cancellationToken), cancellationToken);
        return page is null ? NotFound() : View(page);
    }

    [HttpPost("")]
    public async Task<IActionResult> Exempt(int id, ExemptInput input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && ExemptionParagraph.TryParse(input.Paragraph, out var paragraph))
        {
            return await SaveAsync(id, input.Version, p => p.MarkExempt(paragraph, input.Reason), "Marked exempt", "Proposal marked exempt", input, cancellationToken);
        }

        var page = await PageAsync(id, input, cancellationToken);
        return page is null ? NotFound() : View(page);
    }

    [HttpPost("clear")]
    public Task<IActionResult> Clear(int id, ExemptInput input, CancellationToken cancellationToken) =>
        SaveAsync(id, input.Version, p => p.ClearExemption(), "Exemption removed", "Proposal no longer exempt", input, cancellationToken);

    private async Task<IActionResult> SaveAsync(int id, Guid version, Action<Proposal> change, string action, string done, ExemptInput input, CancellationToken cancellationToken)
    {
        var proposal = await db.Proposals.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (proposal is null)
        {
            return NotFound();
        }

        try
        {
            db.Entry(proposal).Property(p => p.Version).OriginalValue = version;
            change(proposal);
            audit.Action = action;
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException exception)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(exception.Field == nameof(Proposal.ExemptReason) ? nameof(ExemptInput.Reason) : nameof(ExemptInput.Paragraph), exception.Message);
            return View(nameof(Exempt), await PageAsync(id, input, cancellationToken));
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, "Someone changed this proposal after you opened this page. Check it as it is now, then try again.");
            return View(nameof(Exempt), await PageAsync(id, input, cancellationToken, freshVersion: true));
        }

        TempData["Done"] = done;
        return RedirectToAction(nameof(ProposalsController.Details), ProposalsController.Name, new { id });
    }

    private async Task<ExemptPage?> PageAsync(int id, ExemptInput? input, CancellationToken cancellationToken, bool freshVersion = false)
    {
        var proposal = await db.Proposals.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.Reference, p.Title, p.ExemptParagraph, p.ExemptReason, p.Version })
            .SingleOrDefaultAsync(cancellationToken);
        if (proposal is null)
        {
            return null;
        }

        input ??= new ExemptInput { Paragraph = proposal.ExemptParagraph?.ToString(), Reason = proposal.ExemptReason, Version = proposal.Version };
        if (freshVersion)
        {
            input.Version = proposal.Version;
            ModelState.Remove(nameof(ExemptInput.Version));
        }

        return new ExemptPage(id, proposal.Reference, proposal.Title, proposal.ExemptParagraph, input);
    }
}
