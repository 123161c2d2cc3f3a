using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Proposals;
using CouncilProposals.Web.Data;
using CouncilProposals.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CouncilProposals.Web.Features.Proposals;

/// <summary>
/// Writing a proposal: the task list, one page per section (each saves on its own), check answers and submit.
/// Every save carries the version the officer loaded; a save over someone else's newer change is refused and
/// shown beside theirs, never applied silently.
/// </summary>
public sealed partial class ProposalsController
{
    [HttpGet("{id:int}/edit")]
    [ProposalAccess(ProposalAction.Edit)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var proposal = await LoadAsync(id, tracked: false, cancellationToken);
        if (proposal is null)
        {
            return NotFound();
        }

        if (!proposal.IsEditable)
        {
            return Redirect($"/proposals/{id}");
        }

        var tasks = ProposalTasks.All
            .Select(t => new TaskRow(t.Name, ProposalTasks.EditUrl(id, t.Section), ProposalCompleteness.StateOf(proposal, t.Section)))
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
            TempData["Saved"] as string));
    }

    [HttpGet("{id:int}/edit/details")]
    [ProposalAccess(ProposalAction.Edit)]
    public Task<IActionResult> EditDetails(int id, CancellationToken cancellationToken) => ShowSectionAsync(id, DetailsSection.Instance, cancellationToken);

    [HttpPost("{id:int}/edit/details")]
    [ProposalAccess(ProposalAction.Edit)]
    public Task<IActionResult> EditDetails(int id, DetailsInput input, CancellationToken cancellationToken) =>
        SaveSectionAsync(id, input, DetailsSection.Instance, cancellationToken);

    [HttpGet("{id:int}/edit/financial-impact")]
    [ProposalAccess(ProposalAction.Edit)]
    public Task<IActionResult> EditFinancialImpact(int id, CancellationToken cancellationToken) => ShowSectionAsync(id, FinancialSection.Instance, cancellationToken);

    [HttpPost("{id:int}/edit/financial-impact")]
    [ProposalAccess(ProposalAction.Edit)]
    public Task<IActionResult> EditFinancialImpact(int id, FinancialInput input, CancellationToken cancellationToken) =>
        FinancialSection.ApplyAction(input)
            ? RedisplayAsync(id, input, FinancialSection.Instance, cancellationToken)
            : SaveSectionAsync(id, input, FinancialSection.Instance, cancellationToken);

    [HttpGet("{id:int}/edit/staffing-impact")]
    [ProposalAccess(ProposalAction.Edit)]
    public Task<IActionResult> EditStaffingImpact(int id, CancellationToken cancellationToken) => ShowSectionAsync(id, StaffingSection.Instance, cancellationToken);

    [HttpPost("{id:int}/edit/staffing-impact")]
    [ProposalAccess(ProposalAction.Edit)]
    public Task<IActionResult> EditStaffingImpact(int id, StaffingInput input, CancellationToken cancellationToken) =>
        SaveSectionAsync(id, input, StaffingSection.Instance, cancellationToken);

    [HttpGet("{id:int}/edit/summary")]
    [ProposalAccess(ProposalAction.Edit)]
    public Task<IActionResult> EditSummary(int id, CancellationToken cancellationToken) => ShowSectionAsync(id, SummarySection.Instance, cancellationToken);

    [HttpPost("{id:int}/edit/summary")]
    [ProposalAccess(ProposalAction.Edit)]
    public Task<IActionResult> EditSummary(int id, SummaryInput input, CancellationToken cancellationToken) =>
        SaveSectionAsync(id, input, SummarySection.Instance, cancellationToken);

    [HttpGet("{id:int}/edit/risks")]
    [ProposalAccess(ProposalAction.Edit)]
    public Task<IActionResult> EditRisks(int id, CancellationToken cancellationToken) => ShowSectionAsync(id, RisksSection.Instance, cancellationToken);

    [HttpPost("{id:int}/edit/risks")]
    [ProposalAccess(ProposalAction.Edit)]
    public Task<IActionResult> EditRisks(int id, RisksInput input, CancellationToken cancellationToken) =>
        RisksSection.ApplyAction(input)
            ? RedisplayAsync(id, input, RisksSection.Instance, cancellationToken)
            : SaveSectionAsync(id, input, RisksSection.Instance, cancellationToken);

    [HttpGet("{id:int}/edit/resources")]
    [ProposalAccess(ProposalAction.Edit)]
    public Task<IActionResult> EditResources(int id, CancellationToken cancellationToken) => ShowSectionAsync(id, ResourcesSection.Instance, cancellationToken);

    [HttpPost("{id:int}/edit/resources")]
    [ProposalAccess(ProposalAction.Edit)]
    public Task<IActionResult> EditResources(int id, ResourcesInput input, CancellationToken cancellationToken) =>
        SaveSectionAsync(id, input, ResourcesSection.Instance, cancellationToken);

    [HttpGet("{id:int}/edit/equality-screening")]
    [ProposalAccess(ProposalAction.Edit)]
    public Task<IActionResult> EditEqualityScreening(int id, CancellationToken cancellationToken) =>
        ShowSectionAsync(id, ScreeningSection.Instance, cancellationToken);

    [HttpPost("{id:int}/edit/equality-screening")]
    [ProposalAccess(ProposalAction.Edit)]
    public Task<IActionResult> EditEqualityScreening(int id, ScreeningInput input, CancellationToken cancellationToken) =>
        SaveSectionAsync(id, ScreeningSection.Normalise(input), ScreeningSection.Instance, cancellationToken);

    [HttpGet("{id:int}/check")]
    [ProposalAccess(ProposalAction.Edit)]
    public async Task<IActionResult> Check(int id, CancellationToken cancellationToken)
    {
        var proposal = await LoadAsync(id, tracked: false, cancellationToken);
        if (proposal is null)
        {
            return NotFound();
        }

        return proposal.IsEditable
            ? View(await CheckPageAsync(proposal, showErrors: false, conflictBy: null, cancellationToken))
            : Redirect($"/proposals/{id}");
    }

    [HttpPost("{id:int}/submit")]
    [ProposalAccess(ProposalAction.Submit)]
    public async Task<IActionResult> Submit(int id, Guid version, CancellationToken cancellationToken)
    {
        var proposal = await LoadAsync(id, tracked: true, cancellationToken);
        if (proposal is null)
        {
            return NotFound();
        }

        if (proposal.Version != version)
        {
            // The officer checked an older copy: show what is there now before anything is submitted.
            return View(nameof(Check), await CheckPageAsync(proposal, showErrors: false, conflictBy: proposal.LastEditedBy, cancellationToken));
        }

        try
        {
            _db.Entry(proposal).Property(p => p.Version).OriginalValue = version;
            proposal.Submit();
            await _db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException)
        {
            _db.ChangeTracker.Clear();
            var current = await LoadAsync(id, tracked: false, cancellationToken);
            return current is null ? NotFound() : View(nameof(Check), await CheckPageAsync(current, showErrors: true, conflictBy: null, cancellationToken));
        }
        catch (DbUpdateConcurrencyException)
        {
            _db.ChangeTracker.Clear();
            var current = await LoadAsync(id, tracked: false, cancellationToken);
            return current is null ? NotFound() : View(nameof(Check), await CheckPageAsync(current, showErrors: false, conflictBy: current.LastEditedBy, cancellationToken));
        }

        TempData["Submitted"] = true;
        return Redirect($"/proposals/{id}");
    }

    private async Task<CheckAnswersPage> CheckPageAsync(Proposal proposal, bool showErrors, string? conflictBy, CancellationToken cancellationToken)
    {
        var document = await _documentQuery.LoadAsync(proposal.Id, cancellationToken);
        return new CheckAnswersPage(document!, proposal.Version, ProposalCompleteness.MissingItems(proposal), showErrors, conflictBy);
    }

    private async Task<IActionResult> ShowSectionAsync<TInput>(int id, SectionForm<TInput> form, CancellationToken cancellationToken)
        where TInput : class, ISectionInput
    {
        var proposal = await LoadAsync(id, tracked: false, cancellationToken);
        if (proposal is null)
        {
            return NotFound();
        }

        if (!proposal.IsEditable)
        {
            return Redirect($"/proposals/{id}");
        }

        return View(form.ViewName, new SectionPage<TInput> { Proposal = await ContextAsync(proposal, cancellationToken), Input = form.Read(proposal) });
    }

    /// <summary>Shows the form again as posted (after "Add another ..." and the like), saving nothing and losing nothing.</summary>
    private async Task<IActionResult> RedisplayAsync<TInput>(int id, TInput input, SectionForm<TInput> form, CancellationToken cancellationToken)
        where TInput : class, ISectionInput
    {
        var proposal = await LoadAsync(id, tracked: false, cancellationToken);
        if (proposal is null)
        {
            return NotFound();
        }

        ModelState.Clear();
        return View(form.ViewName, new SectionPage<TInput> { Proposal = await ContextAsync(proposal, cancellationToken), Input = input });
    }

    private async Task<IActionResult> SaveSectionAsync<TInput>(int id, TInput input, SectionForm<TInput> form, CancellationToken cancellationToken)
        where TInput : class, ISectionInput
    {
        var proposal = await LoadAsync(id, tracked: true, cancellationToken);
        if (proposal is null)
        {
            return NotFound();
        }

        if (!proposal.IsEditable)
        {
            return Redirect($"/proposals/{id}");
        }

        var context = await ContextAsync(proposal, cancellationToken);
        if (proposal.Version != input.Version)
        {
            return ConflictPage(proposal, input, form, context);
        }

        foreach (var (field, message) in form.CheckAgainst(input, context))
        {
            ModelState.AddModelError(field, message);
        }

        if (!ModelState.IsValid)
        {
            return View(form.ViewName, new SectionPage<TInput> { Proposal = context, Input = input });
        }

        try
        {
            _db.Entry(proposal).Property(p => p.Version).OriginalValue = input.Version;
            form.Apply(proposal, input, EditedBy);
            await _db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException exception)
        {
            _db.ChangeTracker.Clear();
            ModelState.AddModelError(form.RuleErrorField, exception.Message);
            return View(form.ViewName, new SectionPage<TInput> { Proposal = context, Input = input });
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between loading and saving here: show their values, keep the officer's.
            _db.ChangeTracker.Clear();
            var current = await LoadAsync(id, tracked: false, cancellationToken);
            return current is null ? NotFound() : ConflictPage(current, input, form, context);
        }

        TempData["Saved"] = ProposalTasks.NameOf(form.Section);
        return Redirect($"/proposals/{id}/edit");
    }

    private ViewResult ConflictPage<TInput>(Proposal current, TInput typed, SectionForm<TInput> form, EditContext context)
        where TInput : class, ISectionInput
    {
        var saved = form.Describe(form.Read(current), context).ToList();
        var yours = form.Describe(typed, context).ToList();
        var rows = saved.Select(s => s.Field).Union(yours.Select(y => y.Field))
            .Select(field => new ConflictRow(
                field,
                saved.FirstOrDefault(s => s.Field == field)?.Value ?? string.Empty,
                yours.FirstOrDefault(y => y.Field == field)?.Value ?? string.Empty))
            .ToList();

        // The form keeps what the officer typed, now against the latest version, so saving again is a deliberate choice.
        typed.Version = current.Version;
        ModelState.Remove(nameof(ISectionInput.Version));
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View(form.ViewName, new SectionPage<TInput>
        {
            Proposal = context,
            Input = typed,
            Conflict = new SectionConflict(current.LastEditedBy, current.UpdatedAt, rows),
        });
    }

    private async Task<Proposal?> LoadAsync(int id, bool tracked, CancellationToken cancellationToken)
    {
        var query = _db.Proposals.Whole();
        return await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
    }

    private async Task<EditContext> ContextAsync(Proposal proposal, CancellationToken cancellationToken) => new(
        proposal.Id,
        proposal.Reference,
        proposal.Title,
        proposal.Cycle.Name,
        proposal.Cycle.BaseYear,
        proposal.Cycle.SavingsYears,
        new ProposalLists(
            await _db.SavingsTypes.AsNoTracking().OrderBy(t => t.SortOrder).Select(t => new ListOption(t.Id, t.Name, t.IsActive)).ToListAsync(cancellationToken),
            await _db.ServiceAreas.AsNoTracking().OrderBy(a => a.Name).Select(a => new ListOption(a.Id, a.Name, a.IsActive)).ToListAsync(cancellationToken),
            await _db.StrategicPriorityOutcomes.AsNoTracking().OrderBy(o => o.Number).Select(o => new ListOption(o.Id, o.Number + ". " + o.Name, o.IsActive)).ToListAsync(cancellationToken)));
}
