using CouncilProposals.Domain.Common;

namespace CouncilProposals.Domain.Cycles;

/// <summary>
/// Savings against a target, for one year or for the whole cycle: what each stage holds (summed by the database in
/// hundreds of pounds), what is counted, the gap left, and the same with each stage at its confidence weight.
/// Amounts are exact: nothing is rounded until it is shown.
/// </summary>
public sealed class SavingsPosition
{
    private readonly Dictionary<SavingsStage, long> _hundreds;

    public SavingsPosition(Money? target, IEnumerable<(SavingsStage Stage, long Hundreds)> sums, ConfidenceWeights weights)
    {
        Target = target;
        Weights = weights;
        _hundreds = SavingsStages.All.ToDictionary(stage => stage, stage => sums.Where(s => s.Stage == stage).Sum(s => s.Hundreds));
    }

    public Money? Target { get; }

    public ConfidenceWeights Weights { get; }

    public Money Of(SavingsStage stage) => Money.TotalOfHundreds(_hundreds[stage]);

    /// <summary>Every stage's savings, at face value.</summary>
    public Money Counted => Money.TotalOfHundreds(_hundreds.Values.Sum());

    /// <summary>The target less the savings counted, in £000: negative when the savings are more than the target.</summary>
    public decimal? Gap => Target is { } target ? target.Thousands - Counted.Thousands : null;

    /// <summary>Each stage's savings at its weight, in £000.</summary>
    public decimal Weighted => _hundreds.Sum(s => Weights.WeightedThousands(s.Key, s.Value));

    /// <summary>The target less the weighted savings, in £000.</summary>
    public decimal? WeightedGap => Target is { } target ? target.Thousands - Weighted : null;
}
