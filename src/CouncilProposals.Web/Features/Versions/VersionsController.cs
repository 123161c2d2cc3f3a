using System.Globalization;
using CouncilProposals.Domain.Proposals;
using CouncilProposals.Domain.Proposals.Versions;
using CouncilProposals.Web.Data;
using CouncilProposals.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CouncilProposals.Web.Features.Versions;

/// <summary>
/// The versions of a proposal taken at each step of its way to Cabinet, and the differences between any two.
/// Read only, for whoever may see the proposal. The versions to compare arrive as typed text: anything that is not
/// two different version numbers gets the list again with a message; numbers with no version behind them get 404.
/// </summary>
[Route("proposals/{id:int}/versions")]
public sealed class VersionsController(AppDbContext db, VersionsQuery versions) : Controller
{
    public const string Name = "Versions";

    [HttpGet("")]
    [ProposalAccess(ProposalAction.View)]
    public Task<IActionResult> Index(int id, CancellationToken cancellationToken) => ListAsync(id, null, null, cancellationToken);

    [HttpGet("compare")]
    [ProposalAccess(ProposalAction.View)]
    public async Task<IActionResult> Compare(int id, [FromQuery(Name = "from")] string? from, [FromQuery(Name = "to")] string? to, CancellationToken cancellationToken)
    {
        // Bound as text so that "abc" is the user's slip to explain, not a binding error.
        ModelState.Clear();
        var fromNumber = Number(from, "from", "Choose the version to compare from.");
        var toNumber = Number(to, "to", "Choose the version to compare with.");
        if (fromNumber is not null && fromNumber == toNumber)
        {
            ModelState.AddModelError("to", "Choose two different versions to compare.");
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ListAsync(id, from, to, cancellationToken);
        }

        var proposal = await HeaderAsync(id, cancellationToken);
        var rows = await versions.ListAsync(id, cancellationToken);
        var fromRow = rows.FirstOrDefault(v => v.Number == fromNumber);
        var toRow = rows.FirstOrDefault(v => v.Number == toNumber);
        if (proposal is null || fromRow is null || toRow is null)
        {
            return NotFound();
        }

        var before = await versions.SnapshotAsync(id, fromRow.Number, cancellationToken);
        var after = await versions.SnapshotAsync(id, toRow.Number, cancellationToken);
        return View(new ComparePage(id, proposal.Reference, proposal.Title, fromRow, toRow, SnapshotComparison.Between(before!, after!)));
    }

    private async Task<IActionResult> ListAsync(int id, string? from, string? to, CancellationToken cancellationToken)
    {
        var proposal = await HeaderAsync(id, cancellationToken);
        if (proposal is null)
        {
            return NotFound();
        }

        return View(nameof(Index), new VersionsPage(id, proposal.Reference, proposal.Title, await versions.ListAsync(id, cancellationToken), from, to));
    }

    private Task<ProposalHeader?> HeaderAsync(int id, CancellationToken cancellationToken) =>
        db.Proposals.AsNoTracking().Where(p => p.Id == id).Select(p => new ProposalHeader(p.Reference, p.Title)).SingleOrDefaultAsync(cancellationToken);

    private int? Number(string? text, string field, string missing)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            ModelState.AddModelError(field, missing);
            return null;
        }

        if (!int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
        {
            ModelState.AddModelError(field, "Enter a version number, like 2, from the list of versions.");
            return null;
        }

        return number;
    }

    private sealed record ProposalHeader(string Reference, string Title);
}
