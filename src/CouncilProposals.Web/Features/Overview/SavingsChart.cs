using System.Globalization;
using CouncilProposals.Domain.Cycles;

namespace CouncilProposals.Web.Features.Overview;

/// <summary>
/// The overview's chart, drawn on the server as SVG: a bar a year, stacked by stage (each stage with its own pattern
/// as well as its own colour), and the year's target as a dashed line across it. Its description says every figure
/// in words; the summary table is the same figures as a table.
/// </summary>
public sealed class SavingsChart
{
    public const int Width = 640;
    public const int Height = 300;
    public const int Left = 70;
    public const int Top = 30;
    public const int PlotHeight = 210;

    private static readonly decimal[] NiceSteps = [1m, 2m, 2.5m, 5m, 10m];

    public SavingsChart(OverviewData data)
    {
        var years = data.Years.Select(y => (Year: y, Position: data.Position(y))).ToList();
        var top = years.Select(y => Math.Max(y.Position.Counted.Thousands, y.Position.Target?.Thousands ?? 0m)).DefaultIfEmpty(0m).Max();
        Scale = NiceCeiling(top);
        var slot = (Width - Left - 10m) / Math.Max(1, years.Count);
        Bars = years.Select((y, i) => Bar(y.Year.ToString(), y.Position, Left + (slot * i), slot)).ToList();
        Ticks = Enumerable.Range(0, 5).Select(i => new ChartTick(Number(Y(Scale * i / 4m)), (Scale * i / 4m).ToString("#,##0.#", CultureInfo.InvariantCulture))).ToList();
        Description = string.Join(
            " ",
            years.Select(y => $"{y.Year}: {string.Join(", ", SavingsStages.All.Select(s => $"{s.DisplayName()} {y.Position.Of(s).ToBudgetText()}"))}; "
                + $"total {y.Position.Counted.ToBudgetText()}; target {(y.Position.Target is { } t ? t.ToBudgetText() : "not set")}."));
    }

    /// <summary>The largest figure on the axis, in £000.</summary>
    public decimal Scale { get; }

    public IReadOnlyList<ChartBar> Bars { get; }

    public IReadOnlyList<ChartTick> Ticks { get; }

    /// <summary>Every figure of the chart in words, for its text alternative.</summary>
    public string Description { get; }

    public static string PatternOf(SavingsStage stage) => "app-chart-" + stage.ToString().ToLowerInvariant();

    private static string Number(decimal value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>A round number at or above the largest figure, so the axis reads 0, 1,250, 2,500 ...</summary>
    private static decimal NiceCeiling(decimal value)
    {
        if (value <= 0m)
        {
            return 100m;
        }

        var step = 1m;
        while (step * 10m < value)
        {
            step *= 10m;
        }

        return NiceSteps.Select(m => m * step).First(v => v >= value);
    }

    private decimal Y(decimal thousands) => Top + PlotHeight - (thousands / Scale * PlotHeight);

    private ChartBar Bar(string label, SavingsPosition position, decimal x, decimal slot)
    {
        var width = Math.Min(80m, slot * 0.6m);
        var barX = x + ((slot - width) / 2m);
        var segments = new List<ChartSegment>();
        var stacked = 0m;
        foreach (var stage in SavingsStages.All)
        {
            var amount = position.Of(stage).Thousands;
            if (amount > 0m)
            {
                segments.Add(new ChartSegment(PatternOf(stage), Number(barX), Number(Y(stacked + amount)), Number(width), Number(amount / Scale * PlotHeight)));
                stacked += amount;
            }
        }

        var target = position.Target is { } t ? new ChartTarget(Number(x + 4m), Number(x + slot - 4m), Number(Y(t.Thousands)), t.ToSavingText()) : null;
        return new ChartBar(label, Number(x + (slot / 2m)), segments, Number(Y(stacked) - 6m), position.Counted.ToSavingText(), target);
    }
}

public sealed record ChartBar(string Label, string Middle, IReadOnlyList<ChartSegment> Segments, string TotalY, string Total, ChartTarget? Target);

public sealed record ChartSegment(string Pattern, string X, string Y, string Width, string Height);

public sealed record ChartTarget(string X1, string X2, string Y, string Text);

public sealed record ChartTick(string Y, string Text);
