using CouncilProposals.Domain.Access;
using CouncilProposals.Domain.Proposals;
using CouncilProposals.Web.Data;
using CouncilProposals.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CouncilProposals.Web.Features.Home;

/// <summary>The home page: what is waiting for the signed-in person.</summary>
public sealed class HomeController(AppDbContext db, CurrentActor currentActor) : Controller
{
    public const string Name = "Home";

    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var actor = await currentActor.GetAsync(cancellationToken);
        var visible = db.Proposals.AsNoTracking().Where(ProposalVisibility.VisibleTo(actor));
        var me = actor.UserName;
        var mine = actor.DirectorateIds.ToList();

        var awaitingApproval = actor.IsIn(Roles.Director)
            ? await Rows(visible.Where(p => p.Status == ProposalStatus.Submitted && mine.Contains(p.DirectorateId)).Where(SegregationOfDuties.NotWorkOf(me)), cancellationToken)
            : [];

        var returned = actor.IsIn(Roles.FinanceOfficer)
            ? await Rows(visible.Where(p => p.Status == ProposalStatus.Returned && (p.CreatedBy == me || p.LastEditedBy == me)), cancellationToken)
            : [];
        var awaitingCabinet = actor.IsIn(Roles.CorporateFinance)
            ? await Rows(visible.Where(p => p.Status == ProposalStatus.Approved), cancellationToken)
            : [];
        return View(new HomePage(actor.Roles.Count > 0, actor.IsIn(Roles.Director), actor.IsIn(Roles.FinanceOfficer), actor.IsIn(Roles.CorporateFinance), awaitingApproval, returned, awaitingCabinet));
    }

    private static async Task<List<HomeRow>> Rows(IQueryable<Proposal> proposals, CancellationToken cancellationToken) =>
        (await proposals
            .Select(p => new { p.Id, p.Reference, p.ReferenceNumber, p.Title, Directorate = p.Directorate.Name, p.ReturnReason, p.CreatedBy, p.LastEditedBy })
            .ToListAsync(cancellationToken))
        .OrderBy(p => p.Directorate, StringComparer.Ordinal).ThenBy(p => p.ReferenceNumber)
        .Select(p => new HomeRow(p.Id, p.Reference, p.Title, p.Directorate, p.ReturnReason, p.CreatedBy, p.LastEditedBy))
        .ToList();
}

public sealed record HomeRow(int Id, string Reference, string Title, string Directorate, string? ReturnReason, string CreatedBy, string LastEditedBy);

public sealed record HomePage(
    bool HasRole,
    bool IsDirector,
    bool IsOfficer,
    bool IsCorporateFinance,
    IReadOnlyList<HomeRow> AwaitingMyApproval,
    IReadOnlyList<HomeRow> ReturnedToMe,
    IReadOnlyList<HomeRow> AwaitingCabinet);
