using CouncilProposals.Domain.Access;
using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Proposals;
using CouncilProposals.Web.Data;
using CouncilProposals.Web.Data.Auditing;
using CouncilProposals.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CouncilProposals.Web.Features.Proposals;

/// <summary>The proposals list, creating a proposal and the proposal's page. Editing is in the other part of this class.</summary>
[Route("proposals")]
public sealed partial class ProposalsController : Controller
{
    private const string DefaultEditor = "officer";

    private readonly AppDbContext _db;
    private readonly ProposalListQuery _listQuery;
    private readonly ProposalDocumentQuery _documentQuery;
    private readonly ProposalCreator _creator;
    private readonly ICurrentUser _currentUser;
    private readonly CurrentActor _currentActor;

    public ProposalsController(
        AppDbContext db, ProposalListQuery listQuery, ProposalDocumentQuery documentQuery, ProposalCreator creator, ICurrentUser currentUser, CurrentActor currentActor)
    {
        _currentActor = currentActor;
        _db = db;
        _listQuery = listQuery;
        _documentQuery = documentQuery;
        _creator = creator;
        _currentUser = currentUser;
    }

    /// <summary>Who is making the change, for the proposal's "last edited by" and "created by".</summary>
    private string EditedBy => _currentUser.UserName ?? DefaultEditor;

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
        ViewData["Editable"] = actions.Contains(ProposalAction.Edit);
        ViewData["Actions"] = actions;
        ViewData["Submitted"] = TempData["Submitted"] is true;
        ViewData["Done"] = TempData["Done"] as string;
        return View(proposal);
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
                var proposal = await _creator.CreateAsync(input.CycleId!.Value, input.DirectorateId!.Value, input.Title!, EditedBy, cancellationToken);
                TempData["Created"] = true;
                return Redirect($"/proposals/{proposal.Id}/edit");
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
