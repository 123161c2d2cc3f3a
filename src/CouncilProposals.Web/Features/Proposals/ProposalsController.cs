using CouncilProposals.Domain.Common;
using CouncilProposals.Web.Data;
using CouncilProposals.Web.Infrastructure;
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

    public ProposalsController(AppDbContext db, ProposalListQuery listQuery, ProposalDocumentQuery documentQuery, ProposalCreator creator, ICurrentUser currentUser)
    {
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
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var proposal = await _documentQuery.LoadAsync(id, cancellationToken);
        if (proposal is null)
        {
            return NotFound();
        }

        ViewData["Editable"] = await _db.Proposals.AsNoTracking().Where(p => p.Id == id)
            .Select(p => p.Status == Domain.Proposals.ProposalStatus.Draft || p.Status == Domain.Proposals.ProposalStatus.Returned)
            .SingleAsync(cancellationToken);
        ViewData["Submitted"] = TempData["Submitted"] is true;
        return View(proposal);
    }

    [HttpGet("create")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken)
    {
        var page = await CreatePageAsync(new CreateInput(), cancellationToken);
        page.Input.CycleId = page.Cycles.FirstOrDefault(c => c.IsOpen)?.Id;
        return View(page);
    }

    [HttpPost("create")]
    public async Task<IActionResult> Create(CreateInput input, CancellationToken cancellationToken)
    {
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
                ModelState.AddModelError(exception.Message.Contains("cycle", StringComparison.OrdinalIgnoreCase) ? nameof(CreateInput.CycleId) : nameof(CreateInput.DirectorateId), exception.Message);
            }
        }

        return View(await CreatePageAsync(input, cancellationToken));
    }

    private async Task<CreatePage> CreatePageAsync(CreateInput input, CancellationToken cancellationToken)
    {
        var cycles = await _db.Cycles.AsNoTracking().Where(c => c.IsOpen).OrderByDescending(c => c.BaseYear)
            .Select(c => new CycleOption(c.Id, c.Name, c.IsOpen)).ToListAsync(cancellationToken);
        var directorates = await _db.Directorates.AsNoTracking().Where(d => d.IsActive).OrderBy(d => d.Name)
            .Select(d => new ListOption(d.Id, d.Name, d.IsActive)).ToListAsync(cancellationToken);
        return new CreatePage(input, cycles, directorates);
    }
}
