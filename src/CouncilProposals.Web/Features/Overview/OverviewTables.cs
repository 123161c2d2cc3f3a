using System.Globalization;
using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Cycles;

namespace CouncilProposals.Web.Features.Overview;

/// <summary>
/// Lays the overview's figures out as tables of years and a total: savings by stage, the target, the gap and the
/// confidence-weighted view, and staffing by stage. Every figure of a stage links to the proposals behind it.
/// </summary>
public sealed class OverviewTables(OverviewData data, Func<int?, SavingsStage?, string> proposalsLink)
{
    public IReadOnlyList<string> Columns => [.. data.Years.Select(y => y.ToString()), "Total"];

    private IReadOnlyList<FinancialYear?> Periods => [.. data.Years.Select(y => (FinancialYear?)y), null];

    /// <summary>Every directorate shown, with the council's target, the gap and the weighted view.</summary>
    public FigureTable Summary(string caption)
    {
        var positions = Periods.Select(p => data.Position(p)).ToList();
        var rows = new List<FigureRow> { new("Savings target", positions.Select(p => Plain(p.Target is { } t ? OverviewFormat.Saving(t.Thousands) : "Not set")).ToList()) };
        rows.AddRange(SavingsRows(positions, null, "all directorates"));
        rows.Add(new FigureRow("Gap still to find", positions.Select(p => Plain(OverviewFormat.Gap(p.Gap))).ToList(), IsTotal: true));
        rows.Add(new FigureRow("Savings weighted by confidence", positions.Select(p => Plain(OverviewFormat.Saving(p.Weighted))).ToList()));
        rows.Add(new FigureRow("Gap after weighting", positions.Select(p => Plain(OverviewFormat.Gap(p.WeightedGap))).ToList()));
        return new FigureTable(caption, "£000", Columns, rows);
    }

    /// <summary>One directorate's savings by stage, their total and the weighted view.</summary>
    public FigureTable Directorate(DirectorateOption directorate)
    {
        var positions = Periods.Select(p => data.Position(p, directorate.Id)).ToList();
        var rows = SavingsRows(positions, directorate.Id, directorate.Name).ToList();
        rows.Add(new FigureRow("Savings weighted by confidence", positions.Select(p => Plain(OverviewFormat.Saving(p.Weighted))).ToList()));
        return new FigureTable($"{directorate.Name}: savings and income by stage, £000", "£000", Columns, rows);
    }

    /// <summary>Staffing reductions by stage, for one directorate or every one shown.</summary>
    public FigureTable Staffing(string caption, DirectorateOption? directorate)
    {
        var id = directorate?.Id;
        var whose = directorate?.Name ?? "all directorates";
        var rows = SavingsStages.All
            .Select(stage => new FigureRow(
                stage.DisplayName(),
                Periods.Select(p => Linked(OverviewFormat.Fte(data.StaffingOf(p, stage, id)), id, stage, $"{whose}, {stage.DisplayName()}, FTE {Period(p)}: ")).ToList()))
            .ToList();
        rows.Add(new FigureRow("Total FTE", Periods.Select(p => Linked(OverviewFormat.Fte(data.StaffingOf(p, null, id)), id, null, $"{whose}, total FTE {Period(p)}: ")).ToList(), IsTotal: true));
        return new FigureTable(caption, "FTE", Columns, rows);
    }

    private static FigureCell Plain(string text) => new(text, null, null);

    private static string Period(FinancialYear? year) => year?.ToString() ?? "whole cycle";

    private IEnumerable<FigureRow> SavingsRows(IReadOnlyList<SavingsPosition> positions, int? directorateId, string whose)
    {
        foreach (var stage in SavingsStages.All)
        {
            yield return new FigureRow(
                stage.DisplayName(),
                positions.Select((p, i) => Linked(p.Of(stage).ToSavingText(), directorateId, stage, $"{whose}, {stage.DisplayName()}, {Period(Periods[i])}: ")).ToList());
        }

        yield return new FigureRow(
            "Total savings counted",
            positions.Select((p, i) => Linked(p.Counted.ToSavingText(), directorateId, null, $"{whose}, total counted, {Period(Periods[i])}: ")).ToList(),
            IsTotal: true);
    }

    private FigureCell Linked(string text, int? directorateId, SavingsStage? stage, string context) => new(text, proposalsLink(directorateId, stage), context);
}

/// <summary>A table of figures: a caption, the column headings after the first, and rows headed by their label.</summary>
public sealed record FigureTable(string Caption, string RowHeading, IReadOnlyList<string> Columns, IReadOnlyList<FigureRow> Rows);

public sealed record FigureRow(string Label, IReadOnlyList<FigureCell> Cells, bool IsTotal = false);

/// <summary>One figure; with a link to the proposals behind it, and words that say what it is to a screen reader.</summary>
public sealed record FigureCell(string Text, string? Href, string? HiddenContext);

/// <summary>The overview's figures as the app shows money: £000, savings in brackets, "-" for nothing.</summary>
public static class OverviewFormat
{
    /// <summary>An amount of savings in £000 to one decimal place: "(1,234.5)", "-" for nothing.</summary>
    public static string Saving(decimal thousands)
    {
        var rounded = Math.Round(thousands, 1, MidpointRounding.AwayFromZero);
        return rounded == 0m ? "-" : $"({rounded.ToString("#,##0.#", CultureInfo.InvariantCulture)})";
    }

    /// <summary>The gap left: savings still to find in brackets, "-" when met exactly, or by how much the savings exceed the target.</summary>
    public static string Gap(decimal? gap) => gap is null ? "No target"
        : Math.Round(gap.Value, 1, MidpointRounding.AwayFromZero) is var rounded && rounded < 0m
            ? $"Exceeded by {(-rounded).ToString("#,##0.#", CultureInfo.InvariantCulture)}"
            : Saving(gap.Value);

    /// <summary>Posts as the proposal page and the PDFs set them, with at least one decimal place: "2.0", "5.5".</summary>
    public static string Fte(Fte fte) => fte.Value == 0m ? "-" : Domain.Common.Fte.Aligned([fte])[0];
}
