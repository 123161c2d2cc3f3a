using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Cycles;
using CouncilProposals.Domain.Proposals;
using CouncilProposals.Domain.Tests.Infrastructure;

namespace CouncilProposals.Domain.Tests;

/// <summary>The savings overview's arithmetic: what is counted, the gap to the target, and the confidence-weighted view.</summary>
public sealed class SavingsPositionTests
{
    [Theory]
    [InlineData(ProposalStatus.Draft, SavingsStage.Draft)]
    [InlineData(ProposalStatus.Returned, SavingsStage.Draft)]
    [InlineData(ProposalStatus.Submitted, SavingsStage.Submitted)]
    [InlineData(ProposalStatus.Approved, SavingsStage.Approved)]
    [InlineData(ProposalStatus.AgreedByCabinet, SavingsStage.Agreed)]
    [InlineData(ProposalStatus.Withdrawn, null)]
    [InlineData(ProposalStatus.NotAgreedByCabinet, null)]
    public void Stage_GroupsStatuses_AndLeavesOutWithdrawnAndNotAgreed(ProposalStatus status, SavingsStage? stage)
    {
        Assert.Equal(stage, SavingsStages.Of(status));
        Assert.Equal(stage is not null, SavingsStages.Counted.Contains(status));
    }

    [Fact]
    public void Gap_IsTargetLessEveryStageAtFaceValue()
    {
        var position = Position(target: 5000m, draft: 1234.5m, submitted: 100m, approved: 0.1m, agreed: 2000m);

        Assert.Equal(3334.6m, position.Counted.Thousands);
        Assert.Equal(1665.4m, position.Gap);
    }

    [Fact]
    public void Gap_WhenSavingsExceedTheTarget_IsNegative()
    {
        var position = Position(target: 100m, agreed: 150.5m);

        Assert.Equal(-50.5m, position.Gap);
    }

    [Fact]
    public void Gap_WithoutTarget_IsNone()
    {
        var position = Position(target: null, draft: 10m);

        Assert.Null(position.Gap);
        Assert.Null(position.WeightedGap);
    }

    [Fact]
    public void Weighted_WithDefaultWeights_CountsEachStageAtItsWeight_WithoutRounding()
    {
        // 10.1 at 25% is 2.525; 33.3 at 50% is 16.65; 0.1 at 75% is 0.075; 7 at 100% is 7.
        var position = Position(target: 100m, draft: 10.1m, submitted: 33.3m, approved: 0.1m, agreed: 7m);

        Assert.Equal(26.25m, position.Weighted);
        Assert.Equal(73.75m, position.WeightedGap);
    }

    [Fact]
    public void Weighted_UsesTheWeightsGiven()
    {
        var weights = ConfidenceWeights.Create(0, 10, 90, 100);
        var position = new SavingsPosition(Money.FromThousands(1000m), [(SavingsStage.Draft, 5000), (SavingsStage.Submitted, 1000), (SavingsStage.Approved, 10)], weights);

        Assert.Equal(10.9m, position.Weighted);
    }

    [Fact]
    public void Weights_ByDefault_Are25_50_75_100()
    {
        var weights = ConfidenceWeights.Default;

        Assert.Equal([25, 50, 75, 100], SavingsStages.All.Select(weights.Of));
    }

    [Theory]
    [InlineData(-1, 50, 75, 100, "Draft")]
    [InlineData(25, 50, 75, 101, "Agreed")]
    [InlineData(25, 20, 75, 100, "Submitted")]
    [InlineData(25, 50, 75, 70, "Agreed")]
    public void Weights_OutOfRangeOrLowerThanAnEarlierStage_AreRefusedForThatStage(int draft, int submitted, int approved, int agreed, string field)
    {
        var error = Assert.Throws<DomainException>(() => ConfidenceWeights.Create(draft, submitted, approved, agreed));

        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void PlanUpdate_SaysWhatChangedFromWhatToWhat()
    {
        var cycle = Build.OpenCycle();
        var plan = new SavingsPlan(cycle);
        var first = cycle.FirstSavingsYear;
        plan.Update(cycle, new Dictionary<FinancialYear, Money?> { [first] = Money.FromThousands(5000m) }, ConfidenceWeights.Default);

        var changes = plan.Update(cycle, new Dictionary<FinancialYear, Money?> { [first] = Money.FromThousands(6500m) }, ConfidenceWeights.Create(30, 50, 75, 100));

        Assert.Equal(
            [new PlanChange("Savings target 2021-22 (£000)", "5,000", "6,500"), new PlanChange("Weight for draft savings", "25%", "30%")],
            changes);
        Assert.Equal(6500m, plan.TargetFor(first)!.Value.Thousands);
    }

    [Fact]
    public void PlanUpdate_WithAnEmptyTarget_RemovesIt()
    {
        var cycle = Build.OpenCycle();
        var plan = new SavingsPlan(cycle);
        var year = cycle.LastSavingsYear;
        plan.Update(cycle, new Dictionary<FinancialYear, Money?> { [year] = Money.FromThousands(100m) }, ConfidenceWeights.Default);

        var changes = plan.Update(cycle, new Dictionary<FinancialYear, Money?> { [year] = null }, ConfidenceWeights.Default);

        Assert.Equal([new PlanChange("Savings target 2023-24 (£000)", "100", null)], changes);
        Assert.Null(plan.TargetFor(year));
    }

    [Fact]
    public void PlanUpdate_WithPartOfAThousand_IsRefused()
    {
        var cycle = Build.OpenCycle();
        var plan = new SavingsPlan(cycle);

        var error = Assert.Throws<DomainException>(() =>
            plan.Update(cycle, new Dictionary<FinancialYear, Money?> { [cycle.FirstSavingsYear] = Money.FromThousands(100.5m) }, ConfidenceWeights.Default));

        Assert.Contains("whole £000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PlanUpdate_ForAYearOutsideTheCycle_IsRefused()
    {
        var cycle = Build.OpenCycle();
        var plan = new SavingsPlan(cycle);

        Assert.Throws<DomainException>(() =>
            plan.Update(cycle, new Dictionary<FinancialYear, Money?> { [cycle.BaseYear] = Money.FromThousands(100m) }, ConfidenceWeights.Default));
    }

    private static SavingsPosition Position(decimal? target, decimal draft = 0m, decimal submitted = 0m, decimal approved = 0m, decimal agreed = 0m) =>
        new(
            target is { } t ? Money.FromThousands(t) : null,
            [(SavingsStage.Draft, Hundreds(draft)), (SavingsStage.Submitted, Hundreds(submitted)), (SavingsStage.Approved, Hundreds(approved)), (SavingsStage.Agreed, Hundreds(agreed))],
            ConfidenceWeights.Default);

    private static long Hundreds(decimal thousands) => Money.FromThousands(thousands).Hundreds;
}
