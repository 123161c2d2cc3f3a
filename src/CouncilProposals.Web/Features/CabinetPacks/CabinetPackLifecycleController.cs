using System.Globalization;
using CouncilProposals.Domain.Access;
using CouncilProposals.Domain.CabinetPacks;
using CouncilProposals.Domain.Common;
using CouncilProposals.Web.Data;
using CouncilProposals.Web.Data.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CouncilProposals.Web.Features.CabinetPacks;

/// <summary>
/// A pack copied for the next meeting (its details, and the proposals still awaiting a decision), and a pack
/// deleted while no decision has been recorded from it. Both go into the audit trail.
/// </summary>
[Authorize(Roles = Roles.CorporateFinance)]
[Route("cabinet-packs/{id:int}")]
public sealed class CabinetPackLifecycleController(AppDbContext db, CabinetPackQuery query, AuditLog audit) : Controller
{
    public const string Name = "CabinetPackLifecycle";

    [HttpGet("copy")]
    public async Task<IActionResult> Copy(int id, CancellationToken cancellationToken)
    {
        var pack = await db.CabinetPacks.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        return pack is null ? NotFound() : await CopyPageAsync(pack, new CopyPackInput { MeetingName = pack.MeetingName, Title = pack.Title }, cancellationToken);
    }

    [HttpPost("copy")]
    public async Task<IActionResult> Copy(int id, CopyPackInput input, CancellationToken cancellationToken)
    {
        var pack = await db.CabinetPacks.AsNoTracking().Include(p => p.Items).Include(p => p.CoveringReport).AsSplitQuery().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (pack is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return await CopyPageAsync(pack, input, cancellationToken);
        }

        var ids = pack.Items.Select(i => i.ProposalId).ToList();
        var candidates = await db.Proposals.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new PackCandidate(p.Id, p.Reference, p.CycleId, p.Status)).ToListAsync(cancellationToken);
        var copy = pack.CopyFor(input.MeetingName!, input.MeetingDate!.Value, input.Title!, candidates);
        await audit.AddAsync(copy, p => p.Id, p => Described(p, pack), cancellationToken);
        TempData["Done"] = $"Pack copied from \"{pack.Title}\" with {copy.Items.Count} {(copy.Items.Count == 1 ? "proposal" : "proposals")} still awaiting a decision";
        return RedirectToAction(nameof(CabinetPacksController.Details), CabinetPacksController.Name, new { id = copy.Id });
    }

    [HttpGet("delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken) =>
        await DeletePageAsync(id, cancellationToken) is { } page ? View(page) : NotFound();

    /// <summary>Deletes the pack, unless a decision has been recorded from it: then the refusal, and the pack stays.</summary>
    [HttpPost("delete")]
    public async Task<IActionResult> Delete(int id, DeletePackInput input, CancellationToken cancellationToken)
    {
        // The items are left to the database's cascade, so the pack's own audit sees no change of proposals.
        var pack = await db.CabinetPacks.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (pack is null)
        {
            return NotFound();
        }

        try
        {
            CabinetPack.EnsureCanBeDeleted(await query.DecidedFromAsync(id, cancellationToken));
        }
        catch (DomainException exception)
        {
            ModelState.AddModelError(string.Empty, exception.Message);
            return View((await DeletePageAsync(id, cancellationToken))!);
        }

        db.Entry(pack).Property(p => p.Version).OriginalValue = input.Version;
        var proposals = await db.CabinetPacks.AsNoTracking().Where(p => p.Id == id).SelectMany(p => p.Items).OrderBy(i => i.Order).Select(i => i.ProposalId).ToListAsync(cancellationToken);
        audit.Record(nameof(CabinetPack), id.ToString(CultureInfo.InvariantCulture), "Deleted", [.. Described(pack).Select(c => c with { Old = c.New, New = null }), new AuditChange("Proposals", string.Join(", ", proposals), null)]);
        db.Remove(pack);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, "Someone changed this pack after you opened this page. Check it as it is now before you delete it.");
            return await DeletePageAsync(id, cancellationToken) is { } page ? View(page) : RedirectToAction(nameof(CabinetPacksController.Index), CabinetPacksController.Name);
        }

        TempData["Done"] = $"Pack \"{pack.Title}\" deleted";
        return RedirectToAction(nameof(CabinetPacksController.Index), CabinetPacksController.Name);
    }

    private async Task<IActionResult> CopyPageAsync(CabinetPack pack, CopyPackInput input, CancellationToken cancellationToken)
    {
        var (awaiting, _) = await query.StateAsync(pack.Id, cancellationToken);
        return View(nameof(Copy), new CopyPackPage(pack.Id, pack.Title, CabinetPackQuery.MeetingText(pack.MeetingName, pack.MeetingDate), awaiting, input));
    }

    private async Task<DeletePackPage?> DeletePageAsync(int id, CancellationToken cancellationToken)
    {
        var pack = await db.CabinetPacks.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.Title, p.MeetingName, p.MeetingDate, p.Version, Count = p.Items.Count })
            .SingleOrDefaultAsync(cancellationToken);
        return pack is null
            ? null
            : new DeletePackPage(id, pack.Title, CabinetPackQuery.MeetingText(pack.MeetingName, pack.MeetingDate), pack.Count, await query.DecidedFromAsync(id, cancellationToken) == 0, pack.Version);
    }

    private static List<AuditChange> Described(CabinetPack pack, CabinetPack? copiedFrom = null)
    {
        List<AuditChange> changes =
        [
            new("Title", null, pack.Title), new("MeetingName", null, pack.MeetingName),
            new("MeetingDate", null, pack.MeetingDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), new("Classification", null, pack.Classification),
        ];
        if (copiedFrom is not null)
        {
            changes.Add(new("Copied from", null, $"{copiedFrom.Title} ({CabinetPackQuery.MeetingText(copiedFrom.MeetingName, copiedFrom.MeetingDate)}, pack {copiedFrom.Id})"));
            changes.Add(new("Proposals", null, string.Join(", ", pack.Items.OrderBy(i => i.Order).Select(i => i.ProposalId))));
        }

        return changes;
    }
}
