using System.Globalization;
using CouncilProposals.Domain.Access;
using CouncilProposals.Domain.CabinetPacks;
using CouncilProposals.Domain.Common;
using CouncilProposals.Web.Data;
using CouncilProposals.Web.Data.Auditing;
using CouncilProposals.Web.Features.Proposals;
using CouncilProposals.Web.Features.Shared;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CouncilProposals.Web.Features.CabinetPacks;

/// <summary>
/// Corporate Finance records what Cabinet decided on every proposal of a pack at once: the meeting once, then a
/// decision per proposal. One save records them all, with one history entry per proposal, or nothing.
/// </summary>
[Authorize(Roles = Roles.CorporateFinance)]
[Route("cabinet-packs/{id:int}/decisions")]
public sealed class CabinetPackDecisionsController(AppDbContext db, CabinetPackQuery query, AuditContext auditContext, AuditLog audit, TimeProvider time, KeptDrafts drafts) : Controller
{
    public const string Name = "CabinetPackDecisions";

    [HttpGet("")]
    public async Task<IActionResult> Decisions(int id, CancellationToken cancellationToken)
    {
        var kept = await drafts.RestoreAsync<PackDecisionsInput>(this, cancellationToken);
        var page = await query.DecisionsAsync(id, typed: kept, keepVersions: kept is not null, cancellationToken);
        return page is null ? NotFound() : View(page);
    }

    [HttpPost("")]
    public async Task<IActionResult> Decisions(int id, PackDecisionsInput input, CancellationToken cancellationToken)
    {
        var posted = input.Rows.ToList();
        var page = await query.DecisionsAsync(id, input, keepVersions: true, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        if (!CabinetPackQuery.SameProposals(page, posted))
        {
            ModelState.AddModelError(string.Empty, "The proposals awaiting a decision in this pack changed after you opened this page. Check the decisions below, then record them again.");
        }

        new PackDecisionsValidator(time, CabinetPackQuery.References(page)).Validate(page.Input).AddToModelState(ModelState);
        if (!ModelState.IsValid || page.Awaiting.Count == 0)
        {
            return Show(page);
        }

        try
        {
            await RecordAsync(id, page, cancellationToken);
        }
        catch (DomainException exception)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(exception.Field ?? string.Empty, exception.Message);
            return Show(page);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, "Someone changed one of these proposals after you opened this page. Nothing was recorded: check the proposals as they are now, then record the decisions again.");
            return Show((await query.DecisionsAsync(id, page.Input, keepVersions: false, cancellationToken))!);
        }

        TempData["Done"] = $"Cabinet's decisions recorded: {CabinetPackQuery.Tally(page.Input.Rows)}";
        return RedirectToAction(nameof(CabinetPacksController.Details), CabinetPacksController.Name, new { id });
    }

    /// <summary>Every decision in one save: the proposals' changes, their history entries and the deferrals.</summary>
    private async Task RecordAsync(int id, PackDecisionsPage page, CancellationToken cancellationToken)
    {
        var pack = await db.CabinetPacks.Include(p => p.Items).SingleAsync(p => p.Id == id, cancellationToken);
        var rows = page.Input.Rows;
        var ids = rows.Select(r => r.ProposalId).ToList();
        var proposals = await db.Proposals.Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken);
        foreach (var proposal in proposals)
        {
            db.Entry(proposal).Property(p => p.Version).OriginalValue = rows.Single(r => r.ProposalId == proposal.Id).Version;
        }

        var meeting = page.Input.Meeting!;
        var deferred = PackDecisions.Record(
            pack,
            meeting,
            rows.Select(r => new PackDecisionRow(proposals.Single(p => p.Id == r.ProposalId), r.PackOutcome!.Value, r.Details)).ToList(),
            time.GetUtcNow(),
            CouncilCalendar.Today(time));

        var when = CabinetPackQuery.MeetingText(pack.MeetingName, pack.MeetingDate);
        auditContext.Comment = $"Recorded from the Cabinet pack \"{pack.Title}\" ({when})";
        var decidedBy = $"Deferred ({meeting.DecisionMaker.Trim()}, {meeting.DecisionMakerRole.Trim()}, {meeting.DecisionDate.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)})";
        foreach (var proposal in deferred)
        {
            audit.RecordForProposal(proposal.Id, proposal.Reference, "Deferred by Cabinet", [new AuditChange("Cabinet's decision", null, decidedBy)], auditContext.Comment);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private ViewResult Show(PackDecisionsPage page) => View(nameof(Decisions), page);
}
