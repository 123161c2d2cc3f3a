using System.Globalization;
using CouncilProposals.Domain.Common;

namespace CouncilProposals.Domain.Cycles;

/// <summary>
/// How sure Corporate Finance is that savings at each stage will be delivered, in whole percent: the confidence-weighted
/// view counts a stage's savings at its weight. A later stage is never less certain than an earlier one.
/// </summary>
public readonly record struct ConfidenceWeights
{
    public static readonly ConfidenceWeights Default = new(25, 50, 75, 100);

    private ConfidenceWeights(int draft, int submitted, int approved, int agreed)
    {
        Draft = draft;
        Submitted = submitted;
        Approved = approved;
        Agreed = agreed;
    }

    public int Draft { get; }

    public int Submitted { get; }

    public int Approved { get; }

    public int Agreed { get; }

    /// <summary>Weights from 0 to 100 percent, none lower than the stage before it.</summary>
    public static ConfidenceWeights Create(int draft, int submitted, int approved, int agreed)
    {
        var weights = new ConfidenceWeights(draft, submitted, approved, agreed);
        foreach (var stage in SavingsStages.All)
        {
            if (weights.Of(stage) is < 0 or > 100)
            {
                throw new DomainException($"The weight for {stage.InSentence()} savings must be between 0 and 100%.", stage.ToString());
            }
        }

        foreach (var (earlier, later) in SavingsStages.All.Zip(SavingsStages.All.Skip(1)))
        {
            if (weights.Of(later) < weights.Of(earlier))
            {
                throw new DomainException(
                    $"The weight for {later.InSentence()} savings cannot be lower than for {earlier.InSentence()} savings.",
                    later.ToString());
            }
        }

        return weights;
    }

    public int Of(SavingsStage stage) => stage switch
    {
        SavingsStage.Draft => Draft,
        SavingsStage.Submitted => Submitted,
        SavingsStage.Approved => Approved,
        _ => Agreed,
    };

    /// <summary>An amount summed in hundreds of pounds, weighted for its stage, in £000: exact, never rounded.</summary>
    public decimal WeightedThousands(SavingsStage stage, long hundreds) => hundreds * Of(stage) / 1000m;

    public override string ToString()
    {
        var weights = this;
        return string.Join(", ", SavingsStages.All.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.DisplayName()} {weights.Of(s)}%")));
    }
}
