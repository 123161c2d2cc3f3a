using CouncilProposals.Domain.Access;
using CouncilProposals.Domain.CabinetPacks;
using CouncilProposals.Domain.Common;
using CouncilProposals.Pdf.Rendering;
using CouncilProposals.Web.Data;
using CouncilProposals.Web.Data.Auditing;
using CouncilProposals.Web.Features.Proposals;
using CouncilProposals.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CouncilProposals.Web.Features.CabinetPacks;

/// <summary>Corporate Finance puts approved proposals together for a Cabinet meeting and downloads the pack.</summary>
[Authorize(Roles = Roles.CorporateFinance)]
[Route("cabinet-packs")]
public sealed class CabinetPacksController(AppDbContext db, CabinetPackQuery query, AuditLog audit, KeptDrafts drafts) : Controller
{
    public const string Name = "CabinetPacks";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await query.ListAsync(cancellationToken));

    [HttpGet("new")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken)
    {
        var cycle = await db.Cycles.AsNoTracking().Where(c => c.IsOpen).Select(c => c.Id).FirstOrDefaultAsync(cancellationToken);
        return await DetailsForm(await drafts.RestoreAsync<PackDetailsInput>(this, cancellationToken) ?? new PackDetailsInput { CycleId = cycle }, isNew: true, cancellationToken);
    }

    [HttpPost("new")]
    public async Task<IActionResult> Create(PackDetailsInput input, CancellationToken cancellationToken)
    {
        if (!await db.Cycles.AnyAsync(c => c.Id == input.CycleId, cancellationToken))
        {
            ModelState.AddModelError(nameof(PackDetailsInput.CycleId), "Choose the MTFS cycle");
        }

        if (!ModelState.IsValid)
        {
            return await DetailsForm(input, isNew: true, cancellationToken);
        }

        var pack = new CabinetPack(input.CycleId, input.MeetingName!, input.MeetingDate!.Value, input.Title!, input.Classification!, input.PadToEvenPages);
        await audit.AddAsync(pack, p => p.Id, Described, cancellationToken);
        return RedirectToAction(nameof(Proposals), new { id = pack.Id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var pack = await query.LoadAsync(id, cancellationToken);
        if (pack is null)
        {
            return NotFound();
        }

        var (awaiting, decided) = await query.StateAsync(id, cancellationToken);
        return View(new PackDetailsView(pack, awaiting, decided));
    }

    /// <summary>
    /// The public version of the pack as one PDF, named after its title: exempt proposals are replaced by a notice
    /// citing their paragraph of Schedule 12A. This was the pack's only PDF, so its address is kept.
    /// </summary>
    [HttpGet("{id:int}/pdf")]
    public Task<IActionResult> Pdf(
        int id,
        [FromServices] CabinetPackDocumentQuery documentQuery,
        [FromServices] IPdfRenderer renderer,
        [FromServices] TimeProvider time,
        [FromServices] IOptions<CouncilOptions> council,
        CancellationToken cancellationToken) =>
        PackPdfAsync(id, PackVersion.Public, new PackPdf(documentQuery, renderer, time, council.Value.Name), cancellationToken);

    /// <summary>
    /// The full version for members, every page marked "Not for publication". Each download is audited: who, when
    /// and which pack. Corporate Finance only, as every pack page is (see docs/security.md).
    /// </summary>
    [HttpGet("{id:int}/pdf/full")]
    public Task<IActionResult> FullPdf(
        int id,
        [FromServices] CabinetPackDocumentQuery documentQuery,
        [FromServices] IPdfRenderer renderer,
        [FromServices] TimeProvider time,
        [FromServices] IOptions<CouncilOptions> council,
        CancellationToken cancellationToken) =>
        PackPdfAsync(id, PackVersion.Full, new PackPdf(documentQuery, renderer, time, council.Value.Name), cancellationToken);

    private async Task<IActionResult> PackPdfAsync(int id, PackVersion version, PackPdf services, CancellationToken cancellationToken)
    {
        var document = await services.Documents.LoadAsync(id, version, cancellationToken);
        if (document is null)
        {
            return NotFound();
        }

        var pdf = services.Renderer.Render(new CabinetPackPdfDocument(document, services.CouncilName, services.Time.GetUtcNow()));
        if (version == PackVersion.Full)
        {
            audit.Record(nameof(CabinetPack), id.ToString(System.Globalization.CultureInfo.InvariantCulture), "Downloaded the full version (not for publication)", [new AuditChange("Pack", null, document.Pack.Title)]);
            await db.SaveChangesAsync(cancellationToken);
        }

        var name = FileNames.Safe(document.Pack.Title) + (version == PackVersion.Full ? "-not-for-publication" : string.Empty);
        return File(pdf, "application/pdf", $"{name}.pdf");
    }

    [HttpGet("{id:int}/details")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var pack = await db.CabinetPacks.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (pack is null)
        {
            return NotFound();
        }

        var input = new PackDetailsInput
        {
            CycleId = pack.CycleId,
            MeetingName = pack.MeetingName,
            Day = pack.MeetingDate.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Month = pack.MeetingDate.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Year = pack.MeetingDate.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Title = pack.Title,
            Classification = pack.Classification,
            PadToEvenPages = pack.PadToEvenPages,
            Version = pack.Version,
        };
        return await DetailsForm(await drafts.RestoreAsync<PackDetailsInput>(this, cancellationToken) ?? input, isNew: false, cancellationToken);
    }

    [HttpPost("{id:int}/details")]
    public async Task<IActionResult> Edit(int id, PackDetailsInput input, CancellationToken cancellationToken)
    {
        var pack = await db.CabinetPacks.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (pack is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return await DetailsForm(input, isNew: false, cancellationToken);
        }

        pack.UpdateDetails(input.MeetingName!, input.MeetingDate!.Value, input.Title!, input.Classification!, input.PadToEvenPages);
        return await SaveAndShow(pack, input.Version, cancellationToken);
    }

    [HttpGet("{id:int}/proposals")]
    public async Task<IActionResult> Proposals(int id, [FromQuery] PackChoiceFilter filter, CancellationToken cancellationToken)
    {
        var page = await query.ChoicesAsync(id, filter, cancellationToken);
        return page is null ? NotFound() : View(page);
    }

    /// <summary>
    /// Saves the boxes of the page shown (those not ticked leave the pack; the rest of the pack stays), and adds or
    /// removes every proposal that matches the page's filter when asked; then back to the page, or on to the pack.
    /// </summary>
    [HttpPost("{id:int}/proposals")]
    public async Task<IActionResult> Proposals(int id, PackProposalsInput input, CancellationToken cancellationToken)
    {
        var pack = await db.CabinetPacks.Include(p => p.Items).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (pack is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return View((await query.ChoicesAsync(id, input.Filter, cancellationToken))! with { Version = input.Version });
        }

        var ids = pack.Items.Select(i => i.ProposalId).ToHashSet();
        ids.ExceptWith(input.ShownIds);
        ids.UnionWith(input.ProposalIds);
        if (input.Then is PackProposalsInput.AddMatching or PackProposalsInput.RemoveMatching)
        {
            var matching = await query.MatchingIdsAsync(pack.CycleId, id, input.Filter, cancellationToken);
            if (input.Then == PackProposalsInput.AddMatching)
            {
                ids.UnionWith(matching);
            }
            else
            {
                ids.ExceptWith(matching);
            }
        }

        try
        {
            pack.SetProposals(await query.CandidatesAsync(pack.CycleId, ids, cancellationToken));
        }
        catch (DomainException exception)
        {
            ModelState.AddModelError(nameof(PackProposalsInput.ProposalIds), exception.Message);
            return View((await query.ChoicesAsync(id, input.Filter, cancellationToken))! with { Version = input.Version });
        }

        await SaveAsync(pack, input.Version, cancellationToken);
        return input.Then is null or "" ? RedirectToAction(nameof(Details), new { id }) : Redirect(ChooserUrl(id, input.Filter));
    }

    [HttpGet("{id:int}/report")]
    public async Task<IActionResult> Report(int id, CancellationToken cancellationToken)
    {
        var pack = await db.CabinetPacks.AsNoTracking().Include(p => p.CoveringReport).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (pack is null)
        {
            return NotFound();
        }

        var sheet = pack.FrontSheet;
        return View(new CoveringReportPage(id, await drafts.RestoreAsync<CoveringReportInput>(this, cancellationToken) ?? new CoveringReportInput
        {
            ReportOf = sheet.ReportOf,
            LeadMember = sheet.LeadMember,
            OriginatingOfficers = sheet.OriginatingOfficers,
            WardsAffected = sheet.WardsAffected,
            KeyDecision = sheet.KeyDecision,
            CommunityPlanTheme = sheet.CommunityPlanTheme,
            Parts = pack.CoveringReport.ToDictionary(s => s.Part.ToString(), s => (string?)s.Text),
            Version = pack.Version,
        }));
    }

    [HttpPost("{id:int}/report")]
    public async Task<IActionResult> Report(int id, CoveringReportInput input, CancellationToken cancellationToken)
    {
        var pack = await db.CabinetPacks.Include(p => p.CoveringReport).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (pack is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return View(new CoveringReportPage(id, input));
        }

        pack.UpdateCoveringReport(input.FrontSheet, ReportParts.All.ToDictionary(part => part, part => input.Parts.GetValueOrDefault(part.ToString())));
        return await SaveAndShow(pack, input.Version, cancellationToken);
    }

    private async Task<IActionResult> SaveAndShow(CabinetPack pack, Guid version, CancellationToken cancellationToken)
    {
        await SaveAsync(pack, version, cancellationToken);
        return RedirectToAction(nameof(Details), new { id = pack.Id });
    }

    private async Task SaveAsync(CabinetPack pack, Guid version, CancellationToken cancellationToken)
    {
        db.Entry(pack).Property(p => p.Version).OriginalValue = version;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["Conflict"] = "Someone else changed this pack while you were editing it. Their changes are shown below; make yours again.";
        }
    }

    private string ChooserUrl(int id, PackChoiceFilter filter)
    {
        var values = new RouteValueDictionary(filter.Query()) { ["id"] = id };
        return Url.Action(nameof(Proposals), values)!;
    }

    private async Task<IActionResult> DetailsForm(PackDetailsInput input, bool isNew, CancellationToken cancellationToken)
    {
        var cycles = await db.Cycles.AsNoTracking().OrderByDescending(c => c.BaseYear).Select(c => new CycleChoice(c.Id, c.Name)).ToListAsync(cancellationToken);
        return View("DetailsForm", new PackDetailsPage(input, isNew, cycles));
    }

    private static List<AuditChange> Described(CabinetPack pack) =>
    [
        new("Title", null, pack.Title), new("MeetingName", null, pack.MeetingName), new("MeetingDate", null, pack.MeetingDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        new("Classification", null, pack.Classification), new("PadToEvenPages", null, pack.PadToEvenPages.ToString()),
    ];

    /// <summary>What rendering a pack's PDF needs.</summary>
    private sealed record PackPdf(CabinetPackDocumentQuery Documents, IPdfRenderer Renderer, TimeProvider Time, string CouncilName);
}
