using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Proposals;
using CouncilProposals.Domain.Proposals.Versions;
using CouncilProposals.Domain.Tests.Infrastructure;

namespace CouncilProposals.Domain.Tests.Versions;

public sealed class ProposalSnapshotTests
{
    private static readonly SnapshotNames Names = new("2021-24", "Health, Adults & Community", "Efficiency", "Public Health", "1. Outcome");

    [Fact]
    public void Of_KeepsTheContentWithExactAmounts_AndReadsBackTheSameFromJson()
    {
        var proposal = Build.CompleteProposal();
        var years = proposal.Cycle.SavingsYears;
        proposal.UpdateFinancialImpact(Money.FromThousands(2742.5m), [new SavingsLineInput(years[0], Money.FromThousands(1234.5m), SavingsKind.Saving, "Contract")], Build.Officer);

        var snapshot = ProposalSnapshot.Of(proposal, Names);
        var json = snapshot.ToJson();
        var read = ProposalSnapshot.FromJson(json);

        Assert.Equal(27425L, read.CurrentBudgetHundreds);
        Assert.Equal([new SnapshotSavingsLine(years[0].StartYear, "Saving", 12345L, "Contract")], read.SavingsLines);
        Assert.Equal("Summary.", read.Summary);
        Assert.Equal([new SnapshotRisk(1, "Risk", "Mitigation")], read.Risks);
        Assert.Equal("Efficiency", read.SavingsType);
        Assert.Equal(ScreeningTool.Triggers.Count, read.ScreeningAnswers.Count);
        Assert.Contains("\"amountHundreds\":12345", json, StringComparison.Ordinal);
        Assert.Empty(SnapshotComparison.Between(snapshot, read));
    }

    [Fact]
    public void Between_WhenOneAmountAndOneWordChange_ListsExactlyThoseTwoFields()
    {
        var proposal = Build.CompleteProposal();
        var years = proposal.Cycle.SavingsYears;
        proposal.UpdateFinancialImpact(
            Money.FromThousands(1000m),
            [new SavingsLineInput(years[0], Money.FromThousands(371m), SavingsKind.Saving), new SavingsLineInput(years[1], Money.FromThousands(371m), SavingsKind.Saving)],
            Build.Officer);
        proposal.UpdateResources("The lease ends in March 2022; the depot team moves to Mile End.", Build.Officer);
        var before = ProposalSnapshot.Of(proposal, Names);
        proposal.UpdateFinancialImpact(
            Money.FromThousands(1000m),
            [new SavingsLineInput(years[0], Money.FromThousands(371m), SavingsKind.Saving), new SavingsLineInput(years[1], Money.FromThousands(450m), SavingsKind.Saving)],
            Build.Officer);
        proposal.UpdateResources("The lease ends in April 2022; the depot team moves to Mile End.", Build.Officer);

        var changes = SnapshotComparison.Between(before, ProposalSnapshot.Of(proposal, Names));

        Assert.Equal([$"Savings {years[1]} (£000)", ProposalFormWording.ResourcesAndImplementation], changes.Select(c => c.Field));
        Assert.Equal(("371", "450"), (changes[0].Old, changes[0].New));
        Assert.Null(changes[0].Words);
        Assert.Equal(
            [new DiffSegment(DiffKind.Removed, "March"), new DiffSegment(DiffKind.Added, "April")],
            changes[1].Words!.Where(w => w.Kind != DiffKind.Same));
    }

    [Fact]
    public void Between_WhenALineIsAddedAndARiskRemoved_SaysNoneOnTheMissingSide()
    {
        var proposal = Build.CompleteProposal();
        var before = ProposalSnapshot.Of(proposal, Names);
        var years = proposal.Cycle.SavingsYears;
        proposal.UpdateFinancialImpact(
            Money.FromThousands(1000m),
            [
                new SavingsLineInput(years[0], Money.FromThousands(371m), SavingsKind.Saving),
                new SavingsLineInput(years[1], Money.FromThousands(371m), SavingsKind.Saving),
                new SavingsLineInput(years[1], Money.FromThousands(20m), SavingsKind.Income),
            ],
            Build.Officer);
        proposal.UpdateRisks([("Risk", "Mitigation"), ("Second risk", "Second mitigation")], Build.Officer);

        var changes = SnapshotComparison.Between(before, ProposalSnapshot.Of(proposal, Names));

        Assert.Contains(changes, c => c.Field == $"Income {years[1]} (£000)" && c.Old is null && c.New == "20");
        Assert.Contains(changes, c => c.Field == ProposalFormWording.RiskField(2) && c.Old is null && c.New == "Second risk");
    }

    [Theory]
    [InlineData(ProposalStatus.Draft, ProposalStatus.Submitted, false, VersionEvent.Submitted)]
    [InlineData(ProposalStatus.Returned, ProposalStatus.Submitted, false, VersionEvent.Submitted)]
    [InlineData(ProposalStatus.Submitted, ProposalStatus.Returned, false, VersionEvent.Returned)]
    [InlineData(ProposalStatus.Submitted, ProposalStatus.Approved, false, VersionEvent.Approved)]
    [InlineData(ProposalStatus.Approved, ProposalStatus.Draft, false, VersionEvent.Reopened)]
    [InlineData(ProposalStatus.Approved, ProposalStatus.AgreedByCabinet, true, VersionEvent.CabinetDecision)]
    [InlineData(ProposalStatus.Approved, ProposalStatus.NotAgreedByCabinet, true, VersionEvent.CabinetDecision)]
    [InlineData(ProposalStatus.AgreedByCabinet, ProposalStatus.NotAgreedByCabinet, true, VersionEvent.DecisionCorrected)]
    [InlineData(ProposalStatus.AgreedByCabinet, ProposalStatus.AgreedByCabinet, true, VersionEvent.DecisionCorrected)]
    public void VersionEvents_ForEachStepOfTheRoute_NameTheStep(ProposalStatus from, ProposalStatus to, bool decisionChanged, VersionEvent expected)
    {
        Assert.Equal(expected, VersionEvents.For(from, to, decisionChanged));
    }

    [Theory]
    [InlineData(ProposalStatus.Draft, ProposalStatus.Draft)]
    [InlineData(ProposalStatus.Returned, ProposalStatus.Returned)]
    [InlineData(ProposalStatus.Submitted, ProposalStatus.Withdrawn)]
    [InlineData(ProposalStatus.AgreedByCabinet, ProposalStatus.AgreedByCabinet)]
    public void VersionEvents_ForEditsAndWithdrawals_TakeNoVersion(ProposalStatus from, ProposalStatus to)
    {
        Assert.Null(VersionEvents.For(from, to, decisionChanged: false));
    }
}
