using CouncilProposals.Domain.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CouncilProposals.Web.Features.EqualityImpact;

/// <summary>
/// The cumulative equality impact of a cycle's proposals, for Corporate Finance (every directorate) and directors
/// (their own directorates, as on the proposals list and the overview), and of a Cabinet pack, for Corporate
/// Finance, who alone work with packs.
/// </summary>
[Authorize(Roles = $"{Roles.Director},{Roles.CorporateFinance}")]
public sealed class EqualityImpactController(EqualityImpactQuery query) : Controller
{
    public const string Name = "EqualityImpact";

    [HttpGet("equality-impact")]
    public async Task<IActionResult> Index([FromQuery] int? cycleId, CancellationToken cancellationToken)
    {
        var page = await query.ForCycleAsync(cycleId, cancellationToken);
        return page is null ? NotFound() : View(page);
    }

    [HttpGet("cabinet-packs/{id:int}/equality-impact")]
    [Authorize(Roles = Roles.CorporateFinance)]
    public async Task<IActionResult> Pack(int id, CancellationToken cancellationToken)
    {
        var page = await query.ForPackAsync(id, cancellationToken);
        return page is null ? NotFound() : View(nameof(Index), page);
    }
}
