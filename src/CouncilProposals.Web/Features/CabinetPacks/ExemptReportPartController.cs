using System.Globalization;
using CouncilProposals.Domain.Access;
using CouncilProposals.Domain.CabinetPacks;
using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Proposals;
using CouncilProposals.Web.Data;
using CouncilProposals.Web.Data.Auditing;
using CouncilProposals.Web.Features.Proposals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CouncilProposals.Web.Features.CabinetPacks;

/// <summary>
/// Corporate Finance withholds a part of a pack's covering report from the public version under a paragraph of
/// Schedule 12A, or stops withholding it. Each is an audit entry on the pack.
/// </summary>
[Authorize(Roles = Roles.CorporateFinance)]
[Route("cabinet-packs/{id:int}/report/exempt")]
public sealed class ExemptReportPartController(AppDbContext db, AuditLog audit, KeptDrafts drafts) : Controller
{
    public const string Name = "ExemptReportPart";

    [HttpGet("")]
    public async Task<IActionResult> ExemptReportPart(int id, CancellationToken cancellationToken)
    {
        var page = await PageAsync(id, await drafts.RestoreAsync<ExemptReportPartInput>(this, cancellationToken) ?? new ExemptReportPartInput(), cancellationToken);
        return page is null ? NotFound() : View(page);
    }

    [HttpPost("")]
    public async Task<IActionResult> ExemptReportPart(int id, ExemptReportPartInput input, CancellationToken cancellationToken)
    {
        var pack = await db.CabinetPacks.Include(p => p.CoveringReport).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (pack is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid && input.ChosenPart is { } part && ExemptionParagraph.TryParse(input.Paragraph, out var paragraph))
        {
            try
            {
                pack.MarkReportPartExempt(part, paragraph, input.Reason);
                Record(id, "Covering report part marked exempt", [new AuditChange(part.Heading(), null, $"Paragraph {paragraph.Number}: {input.Reason!.Trim()}")]);
                await db.SaveChangesAsync(cancellationToken);
                return RedirectToAction(nameof(CabinetPacksController.Details), CabinetPacksController.Name, new { id });
            }
            catch (DomainException exception)
            {
                db.ChangeTracker.Clear();
                ModelState.AddModelError(exception.Field == "ExemptReason" ? nameof(ExemptReportPartInput.Reason) : nameof(ExemptReportPartInput.Part), exception.Message);
            }
        }

        return View(await PageAsync(id, input, cancellationToken));
    }

    [HttpPost("clear")]
    public async Task<IActionResult> Clear(int id, [FromForm] string? part, CancellationToken cancellationToken)
    {
        var pack = await db.CabinetPacks.Include(p => p.CoveringReport).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (pack is null)
        {
            return NotFound();
        }

        if (new ExemptReportPartInput { Part = part }.ChosenPart is { } chosen && pack.CoveringReport.Any(s => s.Part == chosen && s.ExemptParagraph is not null))
        {
            pack.ClearReportPartExemption(chosen);
            Record(id, "Covering report part no longer exempt", [new AuditChange(chosen.Heading(), "Exempt", null)]);
            await db.SaveChangesAsync(cancellationToken);
        }

        return RedirectToAction(nameof(ExemptReportPart), new { id });
    }

    private void Record(int id, string action, IReadOnlyList<AuditChange> changes) =>
        audit.Record(nameof(CabinetPack), id.ToString(CultureInfo.InvariantCulture), action, changes);

    private async Task<ExemptReportPartPage?> PageAsync(int id, ExemptReportPartInput input, CancellationToken cancellationToken)
    {
        var pack = await db.CabinetPacks.AsNoTracking().Include(p => p.CoveringReport).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        return pack is null
            ? null
            : new ExemptReportPartPage(id, pack.Title, [.. pack.CoveringReport.OrderBy(s => s.Part).Select(s => (s.Part, s.ExemptParagraph))], input);
    }
}
