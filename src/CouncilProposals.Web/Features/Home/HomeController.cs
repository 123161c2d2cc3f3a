using CouncilProposals.Domain.Access;
using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Proposals;
using CouncilProposals.Web.Data;
using CouncilProposals.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CouncilProposals.Web.Features.Home;

/// <summary>The home page: what is waiting for the signed-in person, each list paged by the database.</summary>
public sealed class HomeController(AppDbContext db, CurrentActor currentActor, ListStamp listStamp) : Controller
{
    public const string Name = "Home";

    public const int PageSize = 10;

    [HttpGet("/")]
    public async Task<IActionResult> Index(int? approvalPage, int? returnedPage, int? draftsPage, int? cabinetPage, CancellationToken cancellationToken)
    {
        var actor = await currentActor.GetAsync(cancellationToken);
        var visible = db.Proposals.AsNoTracking().Where(ProposalVisibility.VisibleTo(actor));
        var me = actor.UserName;
        var mine = actor.DirectorateIds.ToList();
        var owner = $"{me}|{string.Join(',', actor.Roles.Order(StringComparer.Ordinal))}|{string.Join(',', mine.Order())}";

        var awaitingApproval = actor.IsIn(Roles.Director)
            ? await ListAsync(visible.Where(p => p.Status == ProposalStatus.Submitted && mine.Contains(p.DirectorateId)).Where(SegregationOfDuties.NotWorkOf(me)), "approval|" + owner, approvalPage, cancellationToken)
            : HomeList.Empty;
        var returned = actor.IsIn(Roles.FinanceOfficer)
            ? await ListAsync(visible.Where(p => p.Status == ProposalStatus.Returned && (p.CreatedBy == me || p.LastEditedBy == me)), "returned|" + owner, returnedPage, cancellationToken)
            : HomeList.Empty;
        var drafts = actor.IsIn(Roles.FinanceOfficer)
            ? await ListAsync(visible.Where(p => p.Status == ProposalStatus.Draft && p.CreatedBy == me), "drafts|" + owner, draftsPage, cancellationToken)
            : HomeList.Empty;
        var awaitingCabinet = actor.IsIn(Roles.CorporateFinance)
            ? await ListAsync(visible.Where(p => p.Status == ProposalStatus.Approved), "cabinet|" + owner, cabinetPage, cancellationToken)
            : HomeList.Empty;
        return View(new HomePage(actor.Roles.Count > 0, actor.IsIn(Roles.Director), actor.IsIn(Roles.FinanceOfficer), actor.IsIn(Roles.CorporateFinance), awaitingApproval, returned, drafts, awaitingCabinet));
    }

    /// <summary>
    /// One page of a list. Its count, total and page read every matching row, so they are kept under the lists' stamp
    /// (<see cref="ListStamp"/>), as the proposals list's are.
    /// </summary>
    private async Task<HomeList> ListAsync(IQueryable<Proposal> proposals, string key, int? requestedPage, CancellationToken cancellationToken)
    {
        var figures = db.SavingsFigures;
        var (count, total) = await listStamp.KeptAsync(
            "home|" + key,
            async () =>
            {
                var ids = proposals.Select(p => p.Id);
                return (await proposals.CountAsync(cancellationToken), await figures.Where(f => ids.Contains(f.ProposalId)).SumAsync(f => f.Amount, cancellationToken));
            },
            cancellationToken);
        var pageCount = Math.Max(1, (count + PageSize - 1) / PageSize);
        var page = Math.Clamp(requestedPage ?? 1, 1, pageCount);

        // The page's rows are kept under the stamp too: finding them sorts every matching proposal. The page's ids are
        // found first and only their rows are read and summed, not every matching proposal's figures.
        var rows = await listStamp.KeptAsync(
            $"home-rows|{key}|{page}",
            async () =>
            {
                var pageIds = Sorted(proposals).Skip((page - 1) * PageSize).Take(PageSize).Select(p => p.Id);
                return (await Sorted(db.Proposals.AsNoTracking().Where(p => pageIds.Contains(p.Id)))
                        .Select(p => new
                        {
                            p.Id,
                            p.Reference,
                            p.Title,
                            Directorate = p.Directorate.Name,
                            p.ReturnReason,
                            Total = figures.Where(f => f.ProposalId == p.Id).Sum(f => f.Amount),
                        })
                        .ToListAsync(cancellationToken))
                    .Select(r => new HomeRow(r.Id, r.Reference, r.Title, r.Directorate, r.ReturnReason, Money.TotalOfHundreds(r.Total).ToSavingText()))
                    .ToList();
            },
            cancellationToken);
        return new HomeList(rows, count, Money.TotalOfHundreds(total).ToSavingText(), page, pageCount);
    }

    private static IOrderedQueryable<Proposal> Sorted(IQueryable<Proposal> proposals) =>
        proposals.OrderBy(p => p.Directorate.Name).ThenBy(p => p.ReferenceNumber).ThenBy(p => p.Id);
}

public sealed record HomeRow(int Id, string Reference, string Title, string Directorate, string? ReturnReason, string Total);

/// <summary>One page of a work list, with the count and the total savings (£000) of the whole list.</summary>
public sealed record HomeList(IReadOnlyList<HomeRow> Rows, int Count, string Total, int Page, int PageCount)
{
    public static readonly HomeList Empty = new([], 0, Money.Zero.ToSavingText(), 1, 1);
}

public sealed record HomePage(
    bool HasRole,
    bool IsDirector,
    bool IsOfficer,
    bool IsCorporateFinance,
    HomeList AwaitingMyApproval,
    HomeList ReturnedToMe,
    HomeList MyDrafts,
    HomeList AwaitingCabinet);
