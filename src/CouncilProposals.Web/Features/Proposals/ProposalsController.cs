using Microsoft.AspNetCore.Mvc;

namespace CouncilProposals.Web.Features.Proposals;

[Route("proposals")]
public sealed class ProposalsController(ProposalListQuery listQuery, ProposalDocumentQuery documentQuery) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? cycleId, CancellationToken cancellationToken) =>
        View(await listQuery.LoadAsync(cycleId, cancellationToken));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var proposal = await documentQuery.LoadAsync(id, cancellationToken);
        return proposal is null ? NotFound() : View(proposal);
    }
}
