using CouncilProposals.Domain.Proposals;
using CouncilProposals.Domain.Tests.Infrastructure;

namespace CouncilProposals.Domain.Tests;

/// <summary>What a section still lacks, in the words the task list shows under the section's name.</summary>
public sealed class SectionGapsTests
{
    [Fact]
    public void GapsIn_ACompleteProposal_AreNoneInAnySection()
    {
        var proposal = Build.CompleteProposal();

        Assert.All(Enum.GetValues<ProposalSection>(), section => Assert.Empty(ProposalCompleteness.GapsIn(proposal, section)));
    }

    [Fact]
    public void GapsIn_ASectionInProgress_AreNeverEmpty()
    {
        var proposal = Build.DraftProposal();
        proposal.UpdateDetails(new ProposalDetails("Title", 1, null, null, null, "Lead officer", null), Build.Officer);
        proposal.UpdateFinancialImpact(Build.Thousands(100m), [], Build.Officer);
        proposal.UpdateSummary(null, new StandardAnswers("1", null, null, null, null), Build.Officer);
        proposal.UpdateRisks([("Risk", null)], Build.Officer);

        foreach (var section in Enum.GetValues<ProposalSection>().Where(s => ProposalCompleteness.StateOf(proposal, s) == SectionState.InProgress))
        {
            Assert.NotEmpty(ProposalCompleteness.GapsIn(proposal, section));
        }
    }

    [Fact]
    public void GapsIn_Details_NameEachFieldStillEmpty()
    {
        var proposal = Build.DraftProposal();
        proposal.UpdateDetails(new ProposalDetails("Title", 1, null, "Public Health", null, "Lead officer", null), Build.Officer);

        Assert.Equal(
            ["Choose the savings service area", "Choose the strategic priority outcome", "Enter the lead member and portfolio"],
            ProposalCompleteness.GapsIn(proposal, ProposalSection.Details));
    }

    [Fact]
    public void GapsIn_Risks_NameEachRiskWithoutAMitigation()
    {
        var proposal = Build.CompleteProposal();
        proposal.UpdateRisks([("First", "Mitigated"), ("Second", null), ("Third", " ")], Build.Officer);

        Assert.Equal(["Risk 2 has no mitigation", "Risk 3 has no mitigation"], ProposalCompleteness.GapsIn(proposal, ProposalSection.Risks));
    }

    [Fact]
    public void GapsIn_Summary_NumberTheUnansweredQuestions()
    {
        var proposal = Build.CompleteProposal();
        proposal.UpdateSummary("Summary.", new StandardAnswers("1", null, "3", "4", null), Build.Officer);

        Assert.Equal(["Answer questions 2 and 5"], ProposalCompleteness.GapsIn(proposal, ProposalSection.Summary));
    }

    [Fact]
    public void GapsIn_Screening_AskForTheReasonWhenATriggerIsYesAndNoFullEa()
    {
        var proposal = Build.CompleteProposal();
        proposal.UpdateEqualityScreening(
            new EqualityScreeningInput(ScreeningTool.Triggers.ToDictionary(t => t, t => ((bool?)(t == ScreeningTrigger.AltersAccess), (string?)null)), "Summary", false, null, null),
            Build.Officer);

        Assert.Equal(["Say why a full Equality Analysis is not needed"], ProposalCompleteness.GapsIn(proposal, ProposalSection.EqualityScreening));
    }

    [Fact]
    public void GapsIn_Screening_NumberTheUnansweredQuestions()
    {
        var proposal = Build.DraftProposal();
        var answers = ScreeningTool.Triggers.Where(t => t is not ScreeningTrigger.ReducesResourcesForInequality and not ScreeningTrigger.AltersAccess and not ScreeningTrigger.RedesignsStaffRoles)
            .ToDictionary(t => t, _ => ((bool?)false, (string?)null));
        proposal.UpdateEqualityScreening(new EqualityScreeningInput(answers, null, null, null, null), Build.Officer);

        Assert.Equal(
            ["Answer screening questions 1, 5 and 7", "Say whether a full Equality Analysis is needed"],
            ProposalCompleteness.GapsIn(proposal, ProposalSection.EqualityScreening));
    }

    [Fact]
    public void GapsIn_Financial_WithLinesButNoBudget_AsksForTheBudget()
    {
        var proposal = Build.CompleteProposal();
        proposal.UpdateFinancialImpact(null, [new SavingsLineInput(proposal.Cycle.SavingsYears[0], Build.Thousands(50m), SavingsKind.Saving)], Build.Officer);

        Assert.Equal(["Enter the current budget"], ProposalCompleteness.GapsIn(proposal, ProposalSection.FinancialImpact));
    }
}
