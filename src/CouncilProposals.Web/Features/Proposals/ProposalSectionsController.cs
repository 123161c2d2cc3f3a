using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Proposals;
using CouncilProposals.Web.Data;
using CouncilProposals.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CouncilProposals.Web.Features.Proposals;

/// <summary>Writing a proposal: the task list, one page per section (each saves on its own), check answers and submit.</summary>
[Route("proposals/{id:int}")]
public sealed class ProposalSectionsController(AppDbContext db, SectionEditor editor, ProposalDocumentQuery documentQuery) : Controller
{
    public const string Name = "ProposalSections";

    [HttpGet("edit")]
    [ProposalAccess(ProposalAction.Edit)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var proposal = await editor.LoadAsync(id, tracked: false, cancellationToken);
        if (proposal is null || !proposal.IsEditable)
        {
            return SectionEditor.NotEditable(this, id, proposal);
        }

        var tasks = ProposalTasks.All
            .Select(t => (Task: t, State: ProposalCompleteness.StateOf(proposal, t.Section)))
            .Select(t => new TaskRow(
                t.Task.Name,
                ProposalTasks.ActionOf(t.Task.Section),
                t.State,
                t.State == SectionState.NotStarted ? [] : ProposalCompleteness.GapsIn(proposal, t.Task.Section)))
            .ToList();
        return View(new TaskListPage(
            id,
            proposal.Reference,
            proposal.Title,
            proposal.Cycle.Name,
            proposal.Status.DisplayName(),
            proposal.Status == ProposalStatus.Returned ? proposal.ReturnReason : null,
            tasks,
            tasks.Count(t => t.State == SectionState.Completed),
            TempData["Created"] is true,
            TempData["KeptEmptyDraftNumber"] is true,
            TempData["Saved"] as string));
    }

    [HttpGet("edit/details")]
    [ProposalAccess(ProposalAction.Edit)]
    public Task<IActionResult> EditDetails(int id, CancellationToken cancellationToken) => editor.ShowAsync(this, id, DetailsSection.Instance, cancellationToken);

    [HttpPost("edit/details")]
    [ProposalAccess(ProposalAction.Edit)]
    public Task<IActionResult> EditDetails(int id, DetailsInput input, CancellationToken cancellationToken) =>
        editor.SaveAsync(this, id, input, DetailsSection.Instance, cancellationToken);

    [HttpGet("edit/financial-impact")]
    [ProposalAccess(ProposalAction.Edit)]
    public Task<IActionResult> EditFinancialImpact(int id, CancellationToken cancellationToken) =>
        editor.ShowAsync(this, id, FinancialSection.Instance, cancellationToken);

    [HttpPost("edit/financial-impact")]
    [ProposalAccess(ProposalAction.Edit)]
    public Task<IActionResult> EditFinancialImpact(int id, FinancialInput input, CancellationToken cancellationToken) =>
        FinancialSection.ApplyAction(input)
            ? editor.RedisplayAsync(this, id, input, FinancialSection.Instance, cancellationToken)
            : editor.SaveAsync(this, id, input, FinancialSection.Instance, cancellationToken);

    [HttpGet("edit/staffing-impact")]
    [ProposalAccess(ProposalAction.Edit)]
    public Task<IActionResult> EditStaffingImpact(int id, CancellationToken cancellationToken) =>
        editor.ShowAsync(this, id, StaffingSection.Instance, cancellationToken);

    [HttpPost("edit/staffing-impact")]
    [ProposalAccess(ProposalAction.Edit)]
    public Task<IActionResult> EditStaffingImpact(int id, StaffingInput input, CancellationToken cancellationToken) =>
        editor.SaveAsync(this, id, input, StaffingSection.Instance, cancellationToken);

    [HttpGet("edit/summary")]
    [ProposalAccess(ProposalAction.Edit)]
    public Task<IActionResult> EditSummary(int id, CancellationToken cancellationToken) => editor.ShowAsync(this, id, SummarySection.Instance, cancellationToken);

    [HttpPost("edit/summary")]
    [ProposalAccess(ProposalAction.Edit)]
    public Task<IActionResult> EditSummary(int id, SummaryInput input, CancellationToken cancellationToken) =>
        editor.SaveAsync(this, id, input, SummarySection.Instance, cancellationToken);

    [HttpGet("edit/risks")]
    [ProposalAccess(ProposalAction.Edit)]
    public Task<IActionResult> EditRisks(int id, CancellationToken cancellationToken) => editor.ShowAsync(this, id, RisksSection.Instance, cancellationToken);

    [HttpPost("edit/risks")]
    [ProposalAccess(ProposalAction.Edit)]
    public Task<IActionResult> EditRisks(int id, RisksInput input, CancellationToken cancellationToken) =>
        RisksSection.ApplyAction(input)
            ? editor.RedisplayAsync(this, id, input, RisksSection.Instance, cancellationToken)
            : editor.SaveAsync(this, id, input, RisksSection.Instance, cancellationToken);

    [HttpGet("edit/resources")]
    [ProposalAccess(ProposalAction.Edit)]
    public Task<IActionResult> EditResources(int id, CancellationToken cancellationToken) =>
        editor.ShowAsync(this, id, ResourcesSection.Instance, cancellationToken);

    [HttpPost("edit/resources")]
    [ProposalAccess(ProposalAction.Edit)]
    public Task<IActionResult> EditResources(int id, ResourcesInput input, CancellationToken cancellationToken) =>
        editor.SaveAsync(this, id, input, ResourcesSection.Instance, cancellationToken);

    [HttpGet("edit/equality-screening")]
    [ProposalAccess(ProposalAction.Edit)]
    public Task<IActionResult> EditEqualityScreening(int id, CancellationToken cancellationToken) =>
        editor.ShowAsync(this, id, ScreeningSection.Instance, cancellationToken);

    [HttpPost("edit/equality-screening")]
    [ProposalAccess(ProposalAction.Edit)]
    public Task<IActionResult> EditEqualityScreening(int id, ScreeningInput input, CancellationToken cancellationToken) =>
        editor.SaveAsync(this, id, ScreeningSection.Normalise(input), ScreeningSection.Instance, cancellationToken);

    [HttpGet("check")]
    [ProposalAccess(ProposalAction.Edit)]
    public async Task<IActionResult> Check(int id, CancellationToken cancellationToken)
    {
        var proposal = await editor.LoadAsync(id, tracked: false, cancellationToken);
        if (proposal is null || !proposal.IsEditable)
        {
            return SectionEditor.NotEditable(this, id, proposal);
        }

        return View(await CheckPageAsync(proposal, showErrors: false, conflictBy: null, cancellationToken));
    }

    [HttpPost("submit")]
    [ProposalAccess(ProposalAction.Submit)]
    public async Task<IActionResult> Submit(int id, Guid version, CancellationToken cancellationToken)
    {
        var proposal = await editor.LoadAsync(id, tracked: true, cancellationToken);
        if (proposal is null)
        {
            return NotFound();
        }

        if (proposal.Version != version)
        {
            // The officer checked an older copy: show what is there now before anything is submitted.
            return View(nameof(Check), await CheckPageAsync(proposal, showErrors: false, conflictBy: proposal.LastEditedBy, cancellationToken));
        }

        if (await TrySubmitAsync(proposal, version, cancellationToken) is { } refused)
        {
            return refused;
        }

        return RedirectToAction(nameof(Submitted), new { id });
    }

    /// <summary>Refreshing the address of a refused submit (which answered at /submit) shows Check your answers again.</summary>
    [HttpGet("submit")]
    [ProposalAccess(ProposalAction.View)]
    public IActionResult SubmitRefreshed(int id) => RedirectToAction(nameof(Check), new { id });

    /// <summary>The confirmation after submitting: what was sent, to whom, and what happens next.</summary>
    [HttpGet("submitted")]
    [ProposalAccess(ProposalAction.View)]
    public async Task<IActionResult> Submitted(int id, CancellationToken cancellationToken)
    {
        var page = await db.Proposals.AsNoTracking().Where(p => p.Id == id && p.Status == ProposalStatus.Submitted)
            .Select(p => new SubmittedPage(p.Id, p.Reference, p.Title, p.Directorate.Name))
            .SingleOrDefaultAsync(cancellationToken);
        return page is null ? RedirectToAction(nameof(ProposalsController.Details), ProposalsController.Name, new { id }) : View(page);
    }

    /// <summary>Submits and saves; or, when the proposal is incomplete or someone saved it meanwhile, the check page again.</summary>
    private async Task<IActionResult?> TrySubmitAsync(Proposal proposal, Guid version, CancellationToken cancellationToken)
    {
        try
        {
            db.Entry(proposal).Property(p => p.Version).OriginalValue = version;
            proposal.Submit();
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DomainException)
        {
            // Submitting refuses an incomplete proposal before changing it, so the loaded one still shows what is missing.
            return View(nameof(Check), await CheckPageAsync(proposal, showErrors: true, conflictBy: null, cancellationToken));
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await editor.LoadAsync(proposal.Id, tracked: false, cancellationToken);
            return current is null ? NotFound() : View(nameof(Check), await CheckPageAsync(current, showErrors: false, conflictBy: current.LastEditedBy, cancellationToken));
        }
    }

    private async Task<CheckAnswersPage> CheckPageAsync(Proposal proposal, bool showErrors, string? conflictBy, CancellationToken cancellationToken) =>
        new(await documentQuery.ToDocumentAsync(proposal, cancellationToken), proposal.Version, ProposalCompleteness.MissingItems(proposal), showErrors, conflictBy);
}
