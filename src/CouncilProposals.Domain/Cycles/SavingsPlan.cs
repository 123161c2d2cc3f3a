using System.Globalization;
using CouncilProposals.Domain.Common;

namespace CouncilProposals.Domain.Cycles;

/// <summary>
/// Corporate Finance's plan for one MTFS cycle: the savings target of each savings year (whole £000) and the
/// confidence weights of the overview. Its version changes with any change to its targets.
/// </summary>
public sealed class SavingsPlan : IVersioned
{
    private readonly List<SavingsTarget> _targets = [];

    private SavingsPlan()
    {
    }

    /// <summary>A cycle's plan before anyone sets it: no targets, the default weights.</summary>
    public SavingsPlan(MtfsCycle cycle)
    {
        CycleId = cycle.Id;
        SetWeights(ConfidenceWeights.Default);
    }

    public int Id { get; private set; }

    public int CycleId { get; private set; }

    public int DraftWeight { get; private set; }

    public int SubmittedWeight { get; private set; }

    public int ApprovedWeight { get; private set; }

    public int AgreedWeight { get; private set; }

    public ConfidenceWeights Weights => ConfidenceWeights.Create(DraftWeight, SubmittedWeight, ApprovedWeight, AgreedWeight);

    public IReadOnlyList<SavingsTarget> Targets => _targets;

    public Guid Version { get; set; }

    public Money? TargetFor(FinancialYear year) => _targets.FirstOrDefault(t => t.Year == year)?.Amount;

    /// <summary>
    /// Sets every savings year's target (null for none) and the weights, and says what changed from what to what, in
    /// the words of the targets form, for the plan's history.
    /// </summary>
    public IReadOnlyList<PlanChange> Update(MtfsCycle cycle, IReadOnlyDictionary<FinancialYear, Money?> targets, ConfidenceWeights weights)
    {
        if (cycle.Id != CycleId)
        {
            throw new DomainException("These targets belong to another MTFS cycle.");
        }

        var changes = new List<PlanChange>();
        foreach (var (year, amount) in targets)
        {
            if (!cycle.IsSavingsYear(year))
            {
                throw new DomainException($"{year} is not a savings year of the {cycle.Name} cycle.");
            }

            if (amount is { } money && decimal.Truncate(money.Thousands) != money.Thousands)
            {
                throw new DomainException($"Enter the {year} target in whole £000, like 5,000.", year.ToString());
            }

            var old = TargetFor(year);
            if (old == amount)
            {
                continue;
            }

            changes.Add(new PlanChange(TargetLabel(year), old?.ToBudgetText(), amount?.ToBudgetText()));
            var target = _targets.FirstOrDefault(t => t.Year == year);
            if (amount is not { } set)
            {
                _targets.Remove(target!);
            }
            else if (target is null)
            {
                _targets.Add(new SavingsTarget(year, set));
            }
            else
            {
                target.Amount = set;
            }
        }

        var before = Weights;
        foreach (var stage in SavingsStages.All.Where(s => before.Of(s) != weights.Of(s)))
        {
            changes.Add(new PlanChange(WeightLabel(stage), Percent(before.Of(stage)), Percent(weights.Of(stage))));
        }

        SetWeights(weights);
        return changes;
    }

    public static string TargetLabel(FinancialYear year) => $"Savings target {year} (£000)";

    public static string WeightLabel(SavingsStage stage) => $"Weight for {stage.InSentence()} savings";

    private static string Percent(int weight) => weight.ToString(CultureInfo.InvariantCulture) + "%";

    private void SetWeights(ConfidenceWeights weights)
    {
        DraftWeight = weights.Draft;
        SubmittedWeight = weights.Submitted;
        ApprovedWeight = weights.Approved;
        AgreedWeight = weights.Agreed;
    }
}

/// <summary>One savings year's target, in whole £000.</summary>
public sealed class SavingsTarget
{
    private SavingsTarget()
    {
    }

    internal SavingsTarget(FinancialYear year, Money amount)
    {
        Year = year;
        Amount = amount;
    }

    public int Id { get; private set; }

    public int SavingsPlanId { get; private set; }

    public FinancialYear Year { get; private set; }

    public Money Amount { get; internal set; }
}

/// <summary>One change to a plan, in the targets form's words: "Savings target 2021-22 (£000)", "5,000" to "6,000".</summary>
public sealed record PlanChange(string Field, string? Old, string? New);
