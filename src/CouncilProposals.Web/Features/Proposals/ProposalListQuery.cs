using System.Globalization;
using CouncilProposals.Domain.Access;
using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Lists;
using CouncilProposals.Domain.Proposals;
using CouncilProposals.Web.Data;
using CouncilProposals.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CouncilProposals.Web.Features.Proposals;

/// <summary>The proposals of one cycle, filtered, searched, sorted and paged, with their yearly savings and totals.</summary>
public sealed class ProposalListQuery(AppDbContext db, CurrentActor currentActor)
{
    public const int PageSize = 20;

    public async Task<ProposalListViewModel> LoadAsync(ProposalListFilter filter, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync(cancellationToken);
        var cycles = await db.Cycles.AsNoTracking().OrderByDescending(c => c.BaseYear).ToListAsync(cancellationToken);
        var directorates = await db.Directorates.AsNoTracking().Where(ProposalVisibility.VisibleTo(actor, (Directorate d) => d.Id)).OrderBy(d => d.Name)
            .Select(d => new ListOption(d.Id, d.Name, d.IsActive)).ToListAsync(cancellationToken);
        var savingsTypes = await db.SavingsTypes.AsNoTracking().OrderBy(t => t.SortOrder)
            .Select(t => new ListOption(t.Id, t.Name, t.IsActive)).ToListAsync(cancellationToken);
        var cycle = cycles.FirstOrDefault(c => c.Id == filter.CycleId) ?? cycles.FirstOrDefault(c => c.IsOpen) ?? cycles.FirstOrDefault();
        var status = Enum.TryParse<ProposalStatus>(filter.Status, ignoreCase: false, out var parsed) ? parsed : (ProposalStatus?)null;
        var applied = filter with { CycleId = cycle?.Id, Status = status?.ToString() };

        var proposals = db.Proposals.AsNoTracking().Where(ProposalVisibility.VisibleTo(actor)).Where(p => p.CycleId == (cycle == null ? 0 : cycle.Id));
        if (filter.DirectorateId is { } directorateId)
        {
            proposals = proposals.Where(p => p.DirectorateId == directorateId);
        }

        if (status is { } wanted)
        {
            proposals = proposals.Where(p => p.Status == wanted);
        }

        if (filter.SavingsTypeId is { } typeId)
        {
            proposals = proposals.Where(p => p.SavingsTypeId == typeId);
        }

        // Amounts are summed here rather than in SQL: SQLite cannot sum decimals exactly.
        var loaded = await proposals
            .Select(p => new
            {
                p.Id,
                p.Reference,
                p.ReferenceNumber,
                p.Title,
                Directorate = p.Directorate.Name,
                p.Status,
                p.UpdatedAt,
                Lines = p.SavingsLines.Select(l => new { l.Year, l.Amount }).ToList(),
            })
            .ToListAsync(cancellationToken);

        // Search is case-insensitive on every word, which SQLite's instr() is not: done here over the cycle's rows.
        var words = (filter.Q ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var matching = loaded
            .Where(p => words.All(w => p.Title.Contains(w, StringComparison.OrdinalIgnoreCase) || p.Reference.Contains(w, StringComparison.OrdinalIgnoreCase)))
            .ToList();

        var years = cycle?.SavingsYears ?? [];
        Money In(IEnumerable<(FinancialYear Year, Money Amount)> lines, FinancialYear year) => Money.Sum(lines.Where(l => l.Year == year).Select(l => l.Amount));

        var rows = matching.Select(p =>
        {
            var lines = p.Lines.Select(l => (l.Year, l.Amount)).ToList();
            return new
            {
                Row = new ProposalListRow(
                    p.Id, p.Reference, p.Title, p.Directorate, p.Status.DisplayName(),
                    years.Select(y => In(lines, y).ToSavingText()).ToList(),
                    Money.Sum(lines.Select(l => l.Amount)).ToSavingText()),
                p.ReferenceNumber,
                p.UpdatedAt,
                Total = Money.Sum(lines.Select(l => l.Amount)),
            };
        }).ToList();

        var descending = applied.Order == "desc";
        var sorted = (applied.Sort switch
        {
            "title" => rows.OrderBy(r => r.Row.Title, StringComparer.OrdinalIgnoreCase),
            "status" => rows.OrderBy(r => r.Row.Status, StringComparer.Ordinal),
            "total" => rows.OrderBy(r => r.Total),
            "updated" => rows.OrderBy(r => r.UpdatedAt),
            "reference" => rows.OrderBy(r => ProposalReference.SortKey(r.Row.Reference), StringComparer.Ordinal),
            _ => rows.OrderBy(r => r.Row.Directorate, StringComparer.Ordinal).ThenBy(r => r.ReferenceNumber),
        }).ToList();
        if (descending)
        {
            sorted.Reverse();
        }

        var pageCount = Math.Max(1, (int)Math.Ceiling(sorted.Count / (double)PageSize));
        var page = Math.Clamp(filter.Page ?? 1, 1, pageCount);

        var allLines = matching.SelectMany(p => p.Lines.Select(l => (l.Year, l.Amount))).ToList();
        var totals = new ProposalListRow(
            0, string.Empty, "Total", string.Empty, string.Empty,
            years.Select(y => In(allLines, y).ToSavingText()).ToList(),
            Money.Sum(allLines.Select(l => l.Amount)).ToSavingText());

        return new ProposalListViewModel(
            cycle is null ? null : new CycleOption(cycle.Id, cycle.Name, cycle.IsOpen),
            cycles.Select(c => new CycleOption(c.Id, c.Name, c.IsOpen)).ToList(),
            directorates,
            savingsTypes,
            years.Select(y => y.ToString()).ToList(),
            sorted.Skip((page - 1) * PageSize).Take(PageSize).Select(r => r.Row).ToList(),
            totals,
            sorted.Count,
            page,
            pageCount,
            applied with { Page = page });
    }
}

/// <summary>The list's query string: everything a GET form can carry, so the list works without JavaScript.</summary>
public sealed record ProposalListFilter
{
    public int? CycleId { get; init; }

    public int? DirectorateId { get; init; }

    public string? Status { get; init; }

    public int? SavingsTypeId { get; init; }

    public string? Q { get; init; }

    /// <summary>"reference", "title", "status", "total", "updated"; otherwise by directorate and number.</summary>
    public string? Sort { get; init; }

    /// <summary>"asc" or "desc".</summary>
    public string? Order { get; init; }

    public int? Page { get; init; }

    /// <summary>The list's query string values with these filters and some values changed, for the list's links.</summary>
    public IDictionary<string, string> Query(string? sort = null, string? order = null, int? page = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["cycleId"] = CycleId?.ToString(CultureInfo.InvariantCulture),
            ["directorateId"] = DirectorateId?.ToString(CultureInfo.InvariantCulture),
            ["status"] = Status,
            ["savingsTypeId"] = SavingsTypeId?.ToString(CultureInfo.InvariantCulture),
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
