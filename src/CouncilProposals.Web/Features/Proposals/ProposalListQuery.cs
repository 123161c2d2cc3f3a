using System.Globalization;
using System.Linq.Expressions;
using CouncilProposals.Domain.Access;
using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Cycles;
using CouncilProposals.Domain.Proposals;
using CouncilProposals.Web.Data;
using CouncilProposals.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CouncilProposals.Web.Features.Proposals;

/// <summary>
/// The proposals of one cycle, filtered, searched, sorted and paged, with their yearly savings and totals. The
/// database does all of it, so a page costs what a page costs whatever the size of the cycle; the amounts are
/// summed in SQL over whole hundreds of pounds, which is exact on both providers.
/// </summary>
public sealed class ProposalListQuery(AppDbContext db, CurrentActor currentActor, IProposalSearch search, ListStamp listStamp)
{
    public const int PageSize = 20;

    /// <summary>Status order is the order of the names people read, as a CASE the database can sort by.</summary>
    private static readonly Expression<Func<Proposal, int>> ByStatusName = StatusNameOrder();

    public async Task<ProposalListViewModel> LoadAsync(ProposalListFilter filter, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync(cancellationToken);
        var (cycles, allDirectorates, savingsTypes) = await ChoicesAsync(cancellationToken);
        var visible = ProposalVisibility.DirectorateVisibleTo(actor).Compile(preferInterpretation: true);
        var directorates = allDirectorates.Where(d => visible(d.Id)).ToList();
        var cycle = cycles.FirstOrDefault(c => c.Id == filter.CycleId) ?? cycles.FirstOrDefault(c => c.IsOpen) ?? cycles.FirstOrDefault();
        var status = Enum.TryParse<ProposalStatus>(filter.Status, ignoreCase: false, out var parsed) ? parsed : (ProposalStatus?)null;
        var applied = filter with { CycleId = cycle?.Id, Status = status?.ToString() };

        var proposals = Selected(actor, cycle?.Id ?? 0, status, filter);

        var (count, totals) = await CountAndTotalsAsync(actor, cycle?.Id ?? 0, status, filter, proposals, cancellationToken);
        var pageCount = Math.Max(1, (count + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.Page ?? 1, 1, pageCount);

        // The page's rows are kept under the lists' stamp as the count is: finding them sorts every matching row.
        // The page's ids are found first, from the indexes where the sort allows, and only those rows are read:
        // sorting whole rows would read every proposal's long texts.
        var descending = applied.Order == "desc";
        var years = cycle?.SavingsYears ?? [];
        var rows = await listStamp.KeptAsync(
            $"list-rows|{(applied.Sort is { } sort && SortColumns.Contains(sort) ? sort : string.Empty)}|{descending}|{page}|{FilterKey(actor, cycle?.Id ?? 0, status, filter)}",
            async () =>
            {
                var pageIds = Sorted(proposals, applied.Sort, descending).Skip((page - 1) * PageSize).Take(PageSize).Select(p => p.Id);
                var shown = await Sorted(db.Proposals.AsNoTracking().Where(p => pageIds.Contains(p.Id)), applied.Sort, descending)
                    .Select(p => new { p.Id, p.Reference, p.Title, Directorate = p.Directorate.Name, p.Status })
                    .ToListAsync(cancellationToken);
                var shownIds = shown.Select(p => p.Id).ToList();
                var shownFigures = (await db.SavingsFigures.Where(f => shownIds.Contains(f.ProposalId))
                        .GroupBy(f => new { f.ProposalId, f.Year })
                        .Select(g => new { g.Key.ProposalId, g.Key.Year, Amount = g.Sum(f => f.Amount) })
                        .ToListAsync(cancellationToken))
                    .ToLookup(f => f.ProposalId, f => (f.Year, f.Amount));
                return shown.Select(p => Row(p.Id, p.Reference, p.Title, p.Directorate, p.Status.DisplayName(), years, shownFigures[p.Id])).ToList();
            },
            cancellationToken);
        return new ProposalListViewModel(
            cycle is null ? null : new CycleOption(cycle.Id, cycle.Name, cycle.IsOpen),
            cycles.Select(c => new CycleOption(c.Id, c.Name, c.IsOpen)).ToList(),
            directorates,
            savingsTypes,
            years.Select(y => y.ToString()).ToList(),
            rows,
            Row(0, string.Empty, "Total", string.Empty, string.Empty, years, totals),
            count,
            page,
            pageCount,
            applied with { Page = page });
    }

    /// <summary>
    /// How many proposals the filter selects and their yearly totals: the part of a list that reads every matching
    /// row. It is kept under the lists' stamp (<see cref="ListStamp"/>), so a page of a list already counted costs
    /// only its own rows.
    /// </summary>
    private async Task<(int Count, IReadOnlyList<(int Year, long Amount)> Totals)> CountAndTotalsAsync(
        Actor actor, int cycleId, ProposalStatus? status, ProposalListFilter filter, IQueryable<Proposal> proposals, CancellationToken cancellationToken)
    {
        return await listStamp.KeptAsync<(int, IReadOnlyList<(int, long)>)>(
            "list-totals|" + FilterKey(actor, cycleId, status, filter),
            async () =>
            {
                var count = await proposals.CountAsync(cancellationToken);
                var matchingIds = proposals.Select(p => p.Id);
                var totals = (await db.SavingsFigures.Where(f => matchingIds.Contains(f.ProposalId))
                        .GroupBy(f => f.Year)
                        .Select(g => new { Year = g.Key, Amount = g.Sum(f => f.Amount) })
                        .ToListAsync(cancellationToken))
                    .Select(t => (t.Year, t.Amount)).ToList();
                return (count, totals);
            },
            cancellationToken);
    }

    private static readonly string[] SortColumns = ["title", "status", "total", "updated", "reference"];

    /// <summary>What the filter selects for this person, as a key of what is kept for it; the free text comes last.</summary>
    private static string FilterKey(Actor actor, int cycleId, ProposalStatus? status, ProposalListFilter filter) => string.Join(
        '|', cycleId, string.Join(',', actor.Roles.Order(StringComparer.Ordinal)), string.Join(',', actor.DirectorateIds.Order()),
        filter.DirectorateId, status, filter.StageName, filter.SavingsTypeId, filter.Q?.Trim());

    /// <summary>The cycles, directorates and savings types the filters offer, kept under the lists' stamp too.</summary>
    private Task<(List<MtfsCycle> Cycles, List<ListOption> Directorates, List<ListOption> SavingsTypes)> ChoicesAsync(CancellationToken cancellationToken) =>
        listStamp.KeptAsync(
            "list-choices",
            async () => (
                await db.Cycles.AsNoTracking().OrderByDescending(c => c.BaseYear).ToListAsync(cancellationToken),
                await db.Directorates.AsNoTracking().OrderBy(d => d.Name).Select(d => new ListOption(d.Id, d.Name, d.IsActive)).ToListAsync(cancellationToken),
                await db.SavingsTypes.AsNoTracking().OrderBy(t => t.SortOrder).Select(t => new ListOption(t.Id, t.Name, t.IsActive)).ToListAsync(cancellationToken)),
            cancellationToken);

    /// <summary>
    /// The proposals a list filter selects: those the person may see, in the cycle, with the directorate, status
    /// and savings type asked for, matching every search word. The savings tracker export selects with this too, so
    /// its rows and totals are the list's.
    /// </summary>
    public IQueryable<Proposal> Selected(Actor actor, int cycleId, ProposalStatus? status, ProposalListFilter filter)
    {
        var proposals = db.Proposals.AsNoTracking().Where(ProposalVisibility.VisibleTo(actor)).Where(p => p.CycleId == cycleId);
        if (filter.DirectorateId is { } directorateId)
        {
            proposals = proposals.Where(p => p.DirectorateId == directorateId);
        }

        if (status is { } wanted)
        {
            proposals = proposals.Where(p => p.Status == wanted);
        }

        if (filter.StageStatuses is { } staged)
        {
            proposals = proposals.Where(p => staged.Contains(p.Status));
        }

        if (filter.SavingsTypeId is { } typeId)
        {
            proposals = proposals.Where(p => p.SavingsTypeId == typeId);
        }

        return search.Matching(proposals, filter.Q);
    }

    /// <summary>One row's amounts: each savings year of the cycle, and the total of every line.</summary>
    private static ProposalListRow Row(
        int id, string reference, string title, string directorate, string status, IReadOnlyList<FinancialYear> years, IEnumerable<(int Year, long Amount)> sums)
    {
        var byYear = sums.ToList();
        string Text(long hundreds) => Money.TotalOfHundreds(hundreds).ToSavingText();
        return new ProposalListRow(
            id, reference, title, directorate, status,
            years.Select(y => Text(byYear.Where(s => s.Year == y.StartYear).Sum(s => s.Amount))).ToList(),
            Text(byYear.Sum(s => s.Amount)));
    }

    /// <summary>
    /// Every sort ends on the id, so pages never overlap or skip rows that tie. Descending reverses every key,
    /// as reversing the whole list would. References sort as people read them: by directorate code, then number.
    /// </summary>
    private IOrderedQueryable<Proposal> Sorted(IQueryable<Proposal> proposals, string? sort, bool descending)
    {
        var figures = db.SavingsFigures;
        var sorted = sort switch
        {
            "title" => By(proposals, p => p.Title.ToUpper(), descending),
            "status" => By(proposals, ByStatusName, descending),
            "total" => By(proposals, p => figures.Where(f => f.ProposalId == p.Id).Sum(f => f.Amount), descending),
            "updated" => By(proposals, p => p.UpdatedAt, descending),
            "reference" => Then(By(proposals, p => p.Directorate.Code, descending), p => p.ReferenceNumber, descending),
            _ => Then(By(proposals, p => p.Directorate.Name, descending), p => p.ReferenceNumber, descending),
        };
        return Then(sorted, p => p.Id, descending);
    }

    private static IOrderedQueryable<Proposal> By<TKey>(IQueryable<Proposal> proposals, Expression<Func<Proposal, TKey>> key, bool descending) =>
        descending ? proposals.OrderByDescending(key) : proposals.OrderBy(key);

    private static IOrderedQueryable<Proposal> Then<TKey>(IOrderedQueryable<Proposal> proposals, Expression<Func<Proposal, TKey>> key, bool descending) =>
        descending ? proposals.ThenByDescending(key) : proposals.ThenBy(key);

    private static Expression<Func<Proposal, int>> StatusNameOrder()
    {
        var proposal = Expression.Parameter(typeof(Proposal), "p");
        var status = Expression.Property(proposal, nameof(Proposal.Status));
        var byName = Enum.GetValues<ProposalStatus>().OrderBy(s => s.DisplayName(), StringComparer.Ordinal).ToList();
        Expression rank = Expression.Constant(byName.Count);
        for (var i = byName.Count - 1; i >= 0; i--)
        {
            rank = Expression.Condition(Expression.Equal(status, Expression.Constant(byName[i])), Expression.Constant(i), rank);
        }

        return Expression.Lambda<Func<Proposal, int>>(rank, proposal);
    }
}

/// <summary>The list's query string: everything a GET form can carry, so the list works without JavaScript.</summary>
public sealed record ProposalListFilter
{
    /// <summary>The <see cref="Stage"/> of every savings the overview counts, whatever their stage.</summary>
    public const string CountedStage = "counted";

    public int? CycleId { get; init; }

    public int? DirectorateId { get; init; }

    public string? Status { get; init; }

    public int? SavingsTypeId { get; init; }

    /// <summary>
    /// The savings overview's stage ("draft", "submitted", "approved", "agreed") or "counted" for every stage, so a
    /// figure of the overview opens the proposals behind it; anything else is ignored.
    /// </summary>
    public string? Stage { get; init; }

    public string? Q { get; init; }

    /// <summary>"reference", "title", "status", "total", "updated"; otherwise by directorate and number.</summary>
    public string? Sort { get; init; }

    /// <summary>"asc" or "desc".</summary>
    public string? Order { get; init; }

    public int? Page { get; init; }

    /// <summary>The stage asked for as the query string has it, or null when none (or an unknown one) is asked for.</summary>
    public string? StageName => Stage?.Trim().ToLowerInvariant() switch
    {
        CountedStage => CountedStage,
        { } name when SavingsStages.All.Any(s => StageValue(s) == name) => name,
        _ => null,
    };

    /// <summary>The statuses the stage asked for covers, or null when no stage is asked for.</summary>
    public IReadOnlyList<ProposalStatus>? StageStatuses => StageName switch
    {
        null => null,
        CountedStage => SavingsStages.Counted,
        var name => SavingsStages.StatusesOf(SavingsStages.All.First(s => StageValue(s) == name)),
    };

    /// <summary>The query string value for a stage, or for every stage when null.</summary>
    public static string StageValue(SavingsStage? stage) => stage?.ToString().ToLowerInvariant() ?? CountedStage;

    /// <summary>The list's query string values with these filters and some values changed, for the list's links.</summary>
    public IDictionary<string, string> Query(string? sort = null, string? order = null, int? page = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["cycleId"] = CycleId?.ToString(CultureInfo.InvariantCulture),
            ["directorateId"] = DirectorateId?.ToString(CultureInfo.InvariantCulture),
            ["status"] = Status,
            ["savingsTypeId"] = SavingsTypeId?.ToString(CultureInfo.InvariantCulture),
            ["stage"] = StageName,
            ["q"] = string.IsNullOrWhiteSpace(Q) ? null : Q.Trim(),
            ["sort"] = sort ?? Sort,
            ["order"] = order ?? Order,
            ["page"] = (page ?? Page) is { } p and > 1 ? p.ToString(CultureInfo.InvariantCulture) : null,
        };
        return query.Where(q => !string.IsNullOrEmpty(q.Value)).ToDictionary(q => q.Key, q => q.Value!);
    }

    /// <summary>The link of a sortable column header: ascending first, then the other way.</summary>
    public IDictionary<string, string> SortQuery(string column) =>
        Query(column, Sort == column && Order != "desc" ? "desc" : "asc", 1);

    public string AriaSort(string column) => Sort != column ? "none" : Order == "desc" ? "descending" : "ascending";
}

public sealed record CycleOption(int Id, string Name, bool IsOpen);

public sealed record ProposalListRow(int Id, string Reference, string Title, string Directorate, string Status, IReadOnlyList<string> Years, string Total);

public sealed record ProposalListViewModel(
    CycleOption? Cycle,
    IReadOnlyList<CycleOption> Cycles,
    IReadOnlyList<ListOption> Directorates,
    IReadOnlyList<ListOption> SavingsTypes,
    IReadOnlyList<string> SavingsYears,
    IReadOnlyList<ProposalListRow> Rows,
    ProposalListRow Totals,
    int Count,
    int Page,
    int PageCount,
    ProposalListFilter Filter);
