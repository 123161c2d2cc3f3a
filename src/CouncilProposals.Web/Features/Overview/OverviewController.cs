using System.Globalization;
using System.Text.Json;
using CouncilProposals.Domain.Access;
using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Cycles;
using CouncilProposals.Web.Data;
using CouncilProposals.Web.Data.Auditing;
using CouncilProposals.Web.Features.Proposals;
using CouncilProposals.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CouncilProposals.Web.Features.Overview;

/// <summary>
/// The savings overview of a cycle against its targets, for everyone who sees proposals (their own directorates;
/// Corporate Finance every one), and the targets form, for Corporate Finance only.
/// </summary>
[Route("overview")]
[Authorize(Roles = $"{Roles.FinanceOfficer},{Roles.Director},{Roles.CorporateFinance}")]
public sealed class OverviewController(AppDbContext db, OverviewQuery query, CurrentActor currentActor, AuditLog audit, KeptDrafts drafts) : Controller
{
    public const string Name = "Overview";

    /// <summary>The audit entries of a cycle's plan are filed under this type, by the cycle's id.</summary>
    public const string PlanEntity = nameof(SavingsPlan);

    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly JsonSerializerOptions ChangesJson = new(JsonSerializerDefaults.Web);

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] int? cycleId, CancellationToken cancellationToken)
    {
        var actor = await currentActor.GetAsync(cancellationToken);
        var hasDirectorates = actor.IsIn(Roles.CorporateFinance) || actor.DirectorateIds.Count > 0;
        var data = hasDirectorates ? await query.LoadAsync(cycleId, cancellationToken) : null;
        if (data is null)
        {
            return View(new OverviewPage(null, null, null, null, [], hasDirectorates, false, null));
        }

        var tables = new OverviewTables(data, (directorateId, stage) => Url.Action(
            nameof(ProposalsController.Index),
            ProposalsController.Name,
            new { cycleId = data.Cycle.Id, directorateId, stage = ProposalListFilter.StageValue(stage) })!);
        var whose = data.SeesEveryDirectorate ? "every directorate" : "your directorates";
        return View(new OverviewPage(
            data,
            tables.Summary($"Savings against the target, {whose}, £000"),
            tables.Staffing($"Staffing reductions by stage, {whose}, FTE", null),
            new SavingsChart(data),
            data.Directorates.Select(d => new DirectorateTables(d, tables.Directorate(d), tables.Staffing($"{d.Name}: staffing reductions by stage, FTE", d))).ToList(),
            HasDirectorates: true,
            CanSetTargets: actor.IsIn(Roles.CorporateFinance),
            TempData["Saved"] as string));
    }

    [HttpGet("targets")]
    [Authorize(Roles = Roles.CorporateFinance)]
    public async Task<IActionResult> Targets([FromQuery] int? cycleId, CancellationToken cancellationToken)
    {
        var kept = await drafts.RestoreAsync<TargetsInput>(this, cancellationToken);
        cycleId = kept?.CycleId ?? cycleId;
        var cycles = await db.Cycles.AsNoTracking().OrderByDescending(c => c.BaseYear).ToListAsync(cancellationToken);
        var cycle = cycles.FirstOrDefault(c => c.Id == cycleId) ?? cycles.FirstOrDefault(c => c.IsOpen) ?? cycles.FirstOrDefault();
        if (cycle is null)
        {
            return NotFound();
        }

        if (kept is not null && kept.CycleId == cycle.Id)
        {
            // The cycle's years, with what was typed for each of them.
            kept.Targets = cycle.SavingsYears.Select(y => new TargetForm { Year = y.StartYear, Amount = kept.Targets.FirstOrDefault(t => t.Year == y.StartYear)?.Amount }).ToList();
            return await TargetsForm(cycle, kept, cancellationToken);
        }

        ViewData.Remove(KeptDrafts.RestoredFlag);

        var plan = await query.LoadPlanAsync(cycle, cancellationToken);
        return await TargetsForm(cycle, TargetsInput.From(plan, cycle.SavingsYears), cancellationToken);
    }

    [HttpPost("targets")]
    [Authorize(Roles = Roles.CorporateFinance)]
    public async Task<IActionResult> Targets(TargetsInput input, CancellationToken cancellationToken)
    {
        var cycle = await db.Cycles.AsNoTracking().SingleOrDefaultAsync(c => c.Id == input.CycleId, cancellationToken);
        if (cycle is null)
        {
            return NotFound();
        }

        var years = cycle.SavingsYears;
        if (!input.Targets.Select(t => t.Year).SequenceEqual(years.Select(y => y.StartYear)))
        {
            // A form that does not match the cycle's years (made by hand, or from elsewhere): its years again, with what was typed for them.
            input.Targets = years.Select(y => new TargetForm { Year = y.StartYear, Amount = input.Targets.FirstOrDefault(t => t.Year == y.StartYear)?.Amount }).ToList();
            foreach (var key in ModelState.Keys.Where(k => k.StartsWith(nameof(TargetsInput.Targets), StringComparison.Ordinal)).ToList())
            {
                ModelState.Remove(key);
            }

            ModelState.AddModelError(string.Empty, "The form did not match the cycle's savings years. Check the targets and save again.");
        }

        if (!ModelState.IsValid || input.Weights() is not { } percents)
        {
            return await TargetsForm(cycle, input, cancellationToken);
        }

        ConfidenceWeights weights;
        try
        {
            weights = ConfidenceWeights.Create(percents[0], percents[1], percents[2], percents[3]);
        }
        catch (DomainException exception)
        {
            ModelState.AddModelError(TargetsInput.WeightField(Enum.Parse<SavingsStage>(exception.Field!)), exception.Message);
            return await TargetsForm(cycle, input, cancellationToken);
        }

        var plan = await db.SavingsPlans.Include(p => p.Targets).SingleOrDefaultAsync(p => p.CycleId == cycle.Id, cancellationToken);
        if (plan is null)
        {
            plan = new SavingsPlan(cycle);
            db.SavingsPlans.Add(plan);
        }
        else
        {
            // The plan is saved from the version the form was drawn from, whichever of its figures change.
            db.Entry(plan).Property(p => p.Version).OriginalValue = input.Version;
            db.Entry(plan).Property(p => p.Version).IsModified = true;
        }

        var changes = plan.Update(cycle, input.Targets.ToDictionary(t => new FinancialYear(t.Year), t => AmountParser.Parse(t.Amount).Amount), weights);
        if (changes.Count == 0)
        {
            TempData["Saved"] = "Nothing was changed: the targets and weights are as they were.";
            return RedirectToAction(nameof(Index), new { cycleId = cycle.Id });
        }

        audit.Record(PlanEntity, cycle.Id.ToString(CultureInfo.InvariantCulture), "Targets changed", changes.Select(c => new AuditChange(c.Field, c.Old, c.New)).ToList());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone saved the plan since this form was drawn: theirs is shown in the history, what was typed here stays.
            db.ChangeTracker.Clear();
            input.Version = (await query.LoadPlanAsync(cycle, cancellationToken)).Version;
            ModelState.AddModelError(string.Empty, "Someone else changed the targets while you were editing them. Their change is in the history below; check your figures and save again.");
            return await TargetsForm(cycle, input, cancellationToken);
        }

        TempData["Saved"] = $"The {cycle.Name} targets and weights have been saved.";
        return RedirectToAction(nameof(Index), new { cycleId = cycle.Id });
    }

    private async Task<IActionResult> TargetsForm(MtfsCycle cycle, TargetsInput input, CancellationToken cancellationToken)
    {
        var cycles = await db.Cycles.AsNoTracking().OrderByDescending(c => c.BaseYear).Select(c => new CycleOption(c.Id, c.Name, c.IsOpen)).ToListAsync(cancellationToken);
        var id = cycle.Id.ToString(CultureInfo.InvariantCulture);

        // Ordered here: SQLite cannot order by a date with its offset.
        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.EntityType == PlanEntity && e.EntityId == id).ToListAsync(cancellationToken);
        var history = entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Select(e =>
        {
            var when = TimeZoneInfo.ConvertTime(e.At, UkTime);
            var changes = JsonSerializer.Deserialize<List<AuditChange>>(e.Changes, ChangesJson) ?? [];
            return new PlanHistoryEntry(
                e.UserName,
                when.ToString("d MMMM yyyy 'at' h:mmtt", CultureInfo.InvariantCulture).Replace("AM", "am", StringComparison.Ordinal).Replace("PM", "pm", StringComparison.Ordinal),
                when.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
                changes.Select(c => new PlanChange(c.Field, c.Old, c.New)).ToList());
        }).ToList();
        return View(nameof(Targets), new TargetsPage(new CycleOption(cycle.Id, cycle.Name, cycle.IsOpen), cycles, input, history));
    }
}
