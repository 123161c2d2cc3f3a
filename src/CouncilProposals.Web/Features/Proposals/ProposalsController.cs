using CouncilProposals.Domain.Access;
using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Proposals;
using CouncilProposals.Pdf.Rendering;
using CouncilProposals.Web.Data;
using CouncilProposals.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace CouncilProposals.Web.Features.Proposals;

/// <summary>The proposals list, creating a proposal, the proposal's page and its PDF. Writing is in <see cref="ProposalSectionsController"/>.</summary>
[Route("proposals")]
public sealed class ProposalsController : Controller
{
    public const string Name = "Proposals";

    private readonly AppDbContext _db;
    private readonly ProposalListQuery _listQuery;
    private readonly ProposalDocumentQuery _documentQuery;
    private readonly ProposalCreator _creator;
    private readonly SectionEditor _editor;
    private readonly CurrentActor _currentActor;

    public ProposalsController(
        AppDbContext db, ProposalListQuery listQuery, ProposalDocumentQuery documentQuery, ProposalCreator creator, SectionEditor editor, CurrentActor currentActor)
    {
        _currentActor = currentActor;
        _db = db;
        _listQuery = listQuery;
        _documentQuery = documentQuery;
        _creator = creator;
        _editor = editor;
    }

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] ProposalListFilter filter, CancellationToken cancellationToken) =>
        View(await _listQuery.LoadAsync(filter, cancellationToken));

    [HttpGet("{id:int}")]
    [ProposalAccess(ProposalAction.View)]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var proposal = await _documentQuery.LoadAsync(id, cancellationToken);
        if (proposal is null)
        {
            return NotFound();
        }

        var facts = (ProposalFacts)HttpContext.Items[ProposalAccessFilter.FactsKey]!;
        var actions = ProposalPermissions.AvailableActions(await _currentActor.GetAsync(cancellationToken), facts);
        return View(new ProposalPage(proposal, actions, TempData["Done"] as string));
    }

    /// <summary>The proposal as a PDF in the council's format, named after its reference (SAV-HAC-009-21-22.pdf).</summary>
    [HttpGet("{id:int}/pdf")]
    [ProposalAccess(ProposalAction.View)]
    public async Task<IActionResult> Pdf(int id, [FromServices] IPdfRenderer renderer, [FromServices] TimeProvider time, CancellationToken cancellationToken)
    {
        var proposal = await _documentQuery.LoadAsync(id, cancellationToken);
        if (proposal is null)
        {
            return NotFound();
        }

        var pdf = renderer.Render(new ProposalPdfDocument(proposal, time.GetUtcNow()));
        return File(pdf, "application/pdf", $"{proposal.FileName}.pdf");
    }

    [HttpGet("create")]
    [Authorize(Roles = Roles.FinanceOfficer)]
    public async Task<IActionResult> Create(CancellationToken cancellationToken)
    {
        var page = await CreatePageAsync(new CreateInput(), cancellationToken);
        page.Input.CycleId = page.Cycles.FirstOrDefault(c => c.IsOpen)?.Id;
        return View(page);
    }

    [HttpPost("create")]
    [Authorize(Roles = Roles.FinanceOfficer)]
    [EnableRateLimiting(CreateLimitOptions.CreateProposalPolicy)]
    public async Task<IActionResult> Create(CreateInput input, CancellationToken cancellationToken)
    {
        if (input.DirectorateId is { } directorateId && !ProposalPermissions.CanCreateIn(await _currentActor.GetAsync(cancellationToken), directorateId))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (ModelState.IsValid)
        {
            try
            {
                var started = await _creator.StartAsync(input.CycleId!.Value, input.DirectorateId!.Value, input.Title!, _editor.EditedBy, cancellationToken);
                TempData["Created"] = true;
                TempData["KeptEmptyDraftNumber"] = started.KeptEmptyDraftNumber;
                return RedirectToAction(nameof(ProposalSectionsController.Edit), ProposalSectionsController.Name, new { id = started.Proposal.Id });
            }
            catch (DomainException exception)
            {
                _db.ChangeTracker.Clear();
                ModelState.AddModelError(exception.Field == nameof(Proposal.CycleId) ? nameof(CreateInput.CycleId) : nameof(CreateInput.DirectorateId), exception.Message);
            }
        }

        return View(await CreatePageAsync(input, cancellationToken));
    }

    private async Task<CreatePage> CreatePageAsync(CreateInput input, CancellationToken cancellationToken)
    {
        var cycles = await _db.Cycles.AsNoTracking().Where(c => c.IsOpen).OrderByDescending(c => c.BaseYear)
            .Select(c => new CycleOption(c.Id, c.Name, c.IsOpen)).ToListAsync(cancellationToken);
        var mine = (await _currentActor.GetAsync(cancellationToken)).DirectorateIds.ToList();
        var directorates = await _db.Directorates.AsNoTracking().Where(d => d.IsActive && mine.Contains(d.Id)).OrderBy(d => d.Name)
            .Select(d => new ListOption(d.Id, d.Name, d.IsActive)).ToListAsync(cancellationToken);
        return new CreatePage(input, cycles, directorates);
    }
}
