using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Cycles;
using FluentValidation;

namespace CouncilProposals.Web.Features.Overview;

/// <summary>The targets form: a target a savings year in £000 (empty for none) and the four confidence weights in percent.</summary>
public sealed class TargetsInput
{
    [Display(Name = "MTFS cycle")]
    public int CycleId { get; set; }

    public Guid Version { get; set; }

    public List<TargetForm> Targets { get; set; } = [];

    public string? DraftWeight { get; set; }

    public string? SubmittedWeight { get; set; }

    public string? ApprovedWeight { get; set; }

    public string? AgreedWeight { get; set; }

    /// <summary>The field of each stage's weight, so an error from the domain lands beside it.</summary>
    public static string WeightField(SavingsStage stage) => stage + "Weight";

    public string? WeightText(SavingsStage stage) => stage switch
    {
        SavingsStage.Draft => DraftWeight,
        SavingsStage.Submitted => SubmittedWeight,
        SavingsStage.Approved => ApprovedWeight,
        _ => AgreedWeight,
    };

    /// <summary>The weights as typed, when every one is a whole percentage.</summary>
    public IReadOnlyList<int>? Weights()
    {
        var weights = SavingsStages.All.Select(s => TargetsInputValidator.Percent(WeightText(s))).ToList();
        return weights.All(w => w is not null) ? weights.Select(w => w!.Value).ToList() : null;
    }

    public static TargetsInput From(SavingsPlan plan, IEnumerable<FinancialYear> years) => new()
    {
        CycleId = plan.CycleId,
        Version = plan.Version,
        Targets = years.Select(y => new TargetForm { Year = y.StartYear, Amount = plan.TargetFor(y)?.ToBudgetText() }).ToList(),
        DraftWeight = Text(plan.Weights.Draft),
        SubmittedWeight = Text(plan.Weights.Submitted),
        ApprovedWeight = Text(plan.Weights.Approved),
        AgreedWeight = Text(plan.Weights.Agreed),
    };

    private static string Text(int weight) => weight.ToString(CultureInfo.InvariantCulture);
}

public sealed class TargetForm
{
    /// <summary>The start year of the savings year, "2021" for 2021-22.</summary>
    [Display(Name = "Savings year")]
    public int Year { get; set; }

    public string? Amount { get; set; }
}

public sealed class TargetsInputValidator : AbstractValidator<TargetsInput>
{
    public TargetsInputValidator()
    {
        RuleForEach(i => i.Targets).ChildRules(target =>
            target.RuleFor(t => t.Amount).Custom((text, context) =>
            {
                if (TargetError(text, context.InstanceToValidate.Year) is { } error)
                {
                    context.AddFailure(error);
                }
            }));
        foreach (var stage in SavingsStages.All)
        {
            RuleFor(i => i.WeightText(stage)).Must(text => Percent(text) is not null).OverridePropertyName(TargetsInput.WeightField(stage))
                .WithMessage($"Enter the weight for {stage.InSentence()} savings as a whole percentage from 0 to 100, like {ConfidenceWeights.Default.Of(stage)}");
        }
    }

    /// <summary>A whole percentage from 0 to 100, with or without the % sign; otherwise null.</summary>
    public static int? Percent(string? text)
    {
        var value = text?.Trim().TrimEnd('%').Trim();
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var percent) && percent <= 100 ? percent : null;
    }

    /// <summary>The message for a target that is not a whole amount in £000; none for an empty one, which means no target.</summary>
    public static string? TargetError(string? text, int startYear)
    {
        var year = startYear is >= FinancialYear.Earliest and <= FinancialYear.Latest ? new FinancialYear(startYear).ToString() : "year's";
        return AmountParser.Parse(text) switch
        {
            { IsEmpty: true } => null,
            { Amount: { } amount } when decimal.Truncate(amount.Thousands) == amount.Thousands => null,
            _ => $"Enter the {year} target as a whole number of £000 up to 9,999,999, like 5,000",
        };
    }
}
