using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Proposals;
using CouncilProposals.Web.Data;
using CouncilProposals.Web.Data.Auditing;
using CouncilProposals.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CouncilProposals.Web.Features.Proposals;

/// <summary>
/// What every section page does the same way: load the proposal, show its form, and save a posted form
/// (validate, refuse a stale version, make the one domain call, redirect to the task list). Every save carries
/// the version the officer loaded; a save over someone else's newer change is refused and shown beside theirs,
/// never applied silently.
/// </summary>
public sealed class SectionEditor(AppDbContext db, ICurrentUser currentUser, KeptDrafts keptDrafts, ListStamp listStamp)
{
    private const string DefaultEditor = "officer";

    /// <summary>Who is making the change, for the proposal's "last edited by".</summary>
    public string EditedBy => currentUser.UserName ?? DefaultEditor;

    /// <summary>Shows the form as saved; or, given back after signing in again, as the officer typed it (<see cref="KeptDrafts"/>).</summary>
    public async Task<IActionResult> ShowAsync<TInput>(Controller page, int id, SectionForm<TInput> form, CancellationToken cancellationToken)
        where TInput : class, ISectionInput, new()
    {
        var proposal = await LoadAsync(id, form.Section, cancellationToken);
        if (proposal is null || !proposal.IsEditable)
        {
            return NotEditable(page, id, proposal);
        }

        var input = await keptDrafts.RestoreAsync<TInput>(page, cancellationToken) ?? form.Read(proposal);
        return page.View(form.ViewName, new SectionPage<TInput> { Proposal = await ContextAsync(proposal, cancellationToken), Input = input });
    }

    /// <summary>Shows the form again as posted (after "Add another ..." and the like), saving nothing and losing nothing.</summary>
    public async Task<IActionResult> RedisplayAsync<TInput>(Controller page, int id, TInput input, SectionForm<TInput> form, CancellationToken cancellationToken)
        where TInput : class, ISectionInput
    {
        var proposal = await LoadAsync(id, tracked: false, cancellationToken);
        if (proposal is null)
        {
            return page.NotFound();
        }

        page.ModelState.Clear();
        return page.View(form.ViewName, new SectionPage<TInput> { Proposal = await ContextAsync(proposal, cancellationToken), Input = input });
    }

    public async Task<IActionResult> SaveAsync<TInput>(Controller page, int id, TInput input, SectionForm<TInput> form, CancellationToken cancellationToken)
        where TInput : class, ISectionInput
    {
        var proposal = await LoadAsync(id, tracked: true, cancellationToken);
        if (proposal is null || !proposal.IsEditable)
        {
            return NotEditable(page, id, proposal);
        }

        var context = await ContextAsync(proposal, cancellationToken);
        if (proposal.Version != input.Version)
        {
            return ConflictPage(page, proposal, input, form, context);
        }

        foreach (var (field, message) in form.CheckAgainst(input, proposal, context))
        {
            page.ModelState.AddModelError(field, message);
        }

        return page.ModelState.IsValid
            ? await ApplyAsync(page, proposal, input, form, context, cancellationToken)
            : page.View(form.ViewName, new SectionPage<TInput> { Proposal = context, Input = input });
    }

    /// <summary>The whole proposal, tracked when it is to be changed.</summary>
    public async Task<Proposal?> LoadAsync(int id, bool tracked, CancellationToken cancellationToken)
    {
        var query = db.Proposals.Whole();
        return await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
    }

    /// <summary>
    /// The proposal as one section's form reads it, untracked: its own fields and cycle, and only the part the section
    /// lists (one query for the details page, two for a section with rows, instead of five for the whole aggregate).
    /// Only for showing a form: a save loads the whole proposal, as the domain's rules need it.
    /// </summary>
    private async Task<Proposal?> LoadAsync(int id, ProposalSection section, CancellationToken cancellationToken)
    {
        var query = db.Proposals.AsNoTracking().Include(p => p.Cycle).AsSplitQuery();
        query = section switch
        {
            ProposalSection.FinancialImpact => query.Include(p => p.SavingsLines),
            ProposalSection.StaffingImpact => query.Include(p => p.FteReductions),
            ProposalSection.Risks => query.Include(p => p.Risks),
            ProposalSection.EqualityScreening => query.Include(p => p.ScreeningAnswers),
            _ => query,
        };
        return await query.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
    }

    /// <summary>Not found, or no longer editable (submitted, approved...): the proposal's page says why.</summary>
    public static IActionResult NotEditable(Controller page, int id, Proposal? proposal) =>
        proposal is null ? page.NotFound() : page.RedirectToAction(nameof(ProposalsController.Details), ProposalsController.Name, new { id });

    private async Task<IActionResult> ApplyAsync<TInput>(Controller page, Proposal proposal, TInput input, SectionForm<TInput> form, EditContext context, CancellationToken cancellationToken)
        where TInput : class, ISectionInput
    {
        try
        {
            db.Entry(proposal).Property(p => p.Version).OriginalValue = input.Version;
            form.Apply(proposal, input, EditedBy);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException exception)
        {
            db.ChangeTracker.Clear();
            page.ModelState.AddModelError(form.RuleErrorField, exception.Message);
            return page.View(form.ViewName, new SectionPage<TInput> { Proposal = context, Input = input });
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between loading and saving here: show their values, keep the officer's.
            db.ChangeTracker.Clear();
            var current = await LoadAsync(proposal.Id, tracked: false, cancellationToken);
            return current is null ? page.NotFound() : ConflictPage(page, current, input, form, context);
        }

        page.TempData["Saved"] = ProposalTasks.NameOf(form.Section);
        return CheckAnswersReturn.IsRequested(page.Request)
            ? page.RedirectToAction(nameof(ProposalSectionsController.Check), null, new { id = proposal.Id }, CheckAnswersReturn.AnswersId(form.Section))
            : page.RedirectToAction(nameof(ProposalSectionsController.Edit), new { id = proposal.Id });
    }

    private static ViewResult ConflictPage<TInput>(Controller page, Proposal current, TInput typed, SectionForm<TInput> form, EditContext context)
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
        page.ModelState.Remove(nameof(ISectionInput.Version));
        page.Response.StatusCode = StatusCodes.Status409Conflict;
        return page.View(form.ViewName, new SectionPage<TInput>
        {
            Proposal = context,
            Input = typed,
            Conflict = new SectionConflict(current.LastEditedBy, current.UpdatedAt, rows),
        });
    }

    private async Task<EditContext> ContextAsync(Proposal proposal, CancellationToken cancellationToken) => new(
        proposal.Id,
        proposal.Reference,
        proposal.Title,
        proposal.Cycle.Name,
        proposal.Cycle.BaseYear,
        proposal.Cycle.SavingsYears,
        await listStamp.KeptAsync(
            "section-lists",
            async () => new ProposalLists(
                await db.SavingsTypes.AsNoTracking().OrderBy(t => t.SortOrder).Select(t => new ListOption(t.Id, t.Name, t.IsActive)).ToListAsync(cancellationToken),
                await db.ServiceAreas.AsNoTracking().OrderBy(a => a.Name).Select(a => new ListOption(a.Id, a.Name, a.IsActive) { DirectorateId = a.DirectorateId }).ToListAsync(cancellationToken),
                await db.StrategicPriorityOutcomes.AsNoTracking().OrderBy(o => o.Number).Select(o => new ListOption(o.Id, o.Number + ". " + o.Name, o.IsActive)).ToListAsync(cancellationToken)),
            cancellationToken),
        proposal.DirectorateId);
}
