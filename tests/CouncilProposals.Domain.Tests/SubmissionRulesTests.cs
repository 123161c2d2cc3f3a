using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Proposals;
using CouncilProposals.Domain.Tests.Infrastructure;

namespace CouncilProposals.Domain.Tests;

public sealed class SubmissionRulesTests
{
    [Fact]
    public void MissingItems_OfANewDraft_NameEverySection()
    {
        var missing = ProposalCompleteness.MissingItems(Build.DraftProposal());

        Assert.Equal(Enum.GetValues<ProposalSection>(), missing.Select(m => m.Section).Distinct().Order());
    }

    [Fact]
    public void MissingItems_OfACompleteProposal_AreNone() =>
        Assert.Empty(ProposalCompleteness.MissingItems(Build.CompleteProposal()));

    [Fact]
    public void Submit_WhenScreeningSaysYesButNoFullEaWithoutReason_IsRefusedAndSaysWhy()
    {
        var proposal = Build.CompleteProposal();
        proposal.UpdateEqualityScreening(
            new EqualityScreeningInput(ScreeningTool.Triggers.ToDictionary(t => t, t => ((bool?)(t == ScreeningTrigger.AltersAccess), (string?)null)), "Summary", false, null, null),
            Build.Officer);

        var error = Assert.Throws<DomainException>(proposal.Submit);

        Assert.Contains("give the reason a full EA is not required", error.Message, StringComparison.Ordinal);
        var item = Assert.Single(ProposalCompleteness.MissingItems(proposal));
        Assert.Equal(ProposalSection.EqualityScreening, item.Section);
        Assert.Equal(SectionState.InProgress, ProposalCompleteness.StateOf(proposal, ProposalSection.EqualityScreening));
    }

    [Fact]
    public void Submit_WhenScreeningSaysYesAndNoFullEaWithAReason_IsAccepted()
    {
        var proposal = Build.CompleteProposal();
        proposal.UpdateEqualityScreening(
            new EqualityScreeningInput(ScreeningTool.Triggers.ToDictionary(t => t, _ => ((bool?)true, (string?)"Impact")), "Summary", false, "Covered by the service's own EA.", null),
            Build.Officer);

        proposal.Submit();

        Assert.Equal(ProposalStatus.Submitted, proposal.Status);
    }

    [Fact]
    public void Submit_WhenARiskHasNoMitigation_IsRefused()
    {
        var proposal = Build.CompleteProposal();
        proposal.UpdateRisks([("A risk", null)], Build.Officer);

        Assert.Contains(ProposalCompleteness.MissingItems(proposal), m => m.Section == ProposalSection.Risks);
        Assert.Throws<DomainException>(proposal.Submit);
    }

    [Fact]
    public void FinancialImpact_SavingsAboveTheBudget_AreRefusedWithAPlainMessage()
    {
        var proposal = Build.DraftProposal();
        var years = proposal.Cycle.SavingsYears;

        var error = Assert.Throws<DomainException>(() => proposal.UpdateFinancialImpact(
            Build.Thousands(100m),
            [new SavingsLineInput(years[0], Build.Thousands(80m), SavingsKind.Saving), new SavingsLineInput(years[1], Build.Thousands(50m), SavingsKind.Saving)],
            Build.Officer));

        Assert.Equal("Total savings (130) cannot be more than the current budget (100). Record extra income as income.", error.Message);
        Assert.Equal(nameof(Proposal.CurrentBudget), error.Field);
        Assert.Null(proposal.CurrentBudget);
    }

    [Fact]
    public void FinancialImpact_IncomeAboveTheBudget_IsAllowed()
    {
        var proposal = Build.DraftProposal();
        var years = proposal.Cycle.SavingsYears;

        proposal.UpdateFinancialImpact(
            Build.Thousands(100m),
            [new SavingsLineInput(years[0], Build.Thousands(80m), SavingsKind.Saving), new SavingsLineInput(years[1], Build.Thousands(500m), SavingsKind.Income)],
            Build.Officer);

        Assert.Equal(580m, proposal.TotalSavings.Thousands);
    }

    [Fact]
    public void FinancialImpact_WithoutABudgetYet_SavesAsADraft()
    {
        var proposal = Build.DraftProposal();

        proposal.UpdateFinancialImpact(null, [new SavingsLineInput(proposal.Cycle.FirstSavingsYear, Build.Thousands(80m), SavingsKind.Saving)], Build.Officer);

        Assert.Equal(SectionState.InProgress, ProposalCompleteness.StateOf(proposal, ProposalSection.FinancialImpact));
    }
}
