using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Equality;
using CouncilProposals.Domain.Proposals;

namespace CouncilProposals.Domain.Tests;

/// <summary>Which characteristics an impact names, and how the impacts of many proposals add up.</summary>
public sealed class CumulativeEqualityImpactTests
{
    private const string GoldenQuestionOne = "The programme focusses on the most deprived neighbourhoods in the borough so by definition it will reduce available resources across all protected characteristics – particularly economic deprivation, ethnicity, disabilities, gender This applies potentially to option one but definitely to option two";

    [Theory]
    [InlineData("Older people and disabled residents use the service most", new[] { ProtectedCharacteristic.Age, ProtectedCharacteristic.Disability })]
    [InlineData("AGE; RACE; Religion or Belief", new[] { ProtectedCharacteristic.Age, ProtectedCharacteristic.Race, ProtectedCharacteristic.ReligionOrBelief })]
    [InlineData("Affects socio-economic groups", new[] { ProtectedCharacteristic.SocioEconomic })]
    [InlineData("Affects socio economic groups", new[] { ProtectedCharacteristic.SocioEconomic })]
    [InlineData("pregnant women and new mothers on maternity leave", new[] { ProtectedCharacteristic.PregnancyAndMaternity, ProtectedCharacteristic.Sex })]
    [InlineData("gender reassignment", new[] { ProtectedCharacteristic.GenderReassignment })]
    [InlineData("gender identity and gender", new[] { ProtectedCharacteristic.GenderReassignment, ProtectedCharacteristic.Sex })]
    [InlineData("sexual orientation (LGBTQ+ residents)", new[] { ProtectedCharacteristic.SexualOrientation })]
    [InlineData("married couples and civil partners", new[] { ProtectedCharacteristic.MarriageAndCivilPartnership })]
    public void In_FindsCharacteristicsByWholeWords_WhateverTheCase(string text, ProtectedCharacteristic[] expected)
    {
        Assert.Equal(expected, CharacteristicsNamed.In(text).Order());
    }

    [Theory]
    [InlineData("The web page will manage usage of the message board")]
    [InlineData("Sexual health clinics move to a new site")]
    [InlineData("This is a commissioned service")]
    [InlineData("")]
    [InlineData(null)]
    public void In_NamesNothing_WhenOnlyPartsOfWordsMatch(string? text)
    {
        Assert.Empty(CharacteristicsNamed.In(text));
    }

    [Fact]
    public void In_GoldenSampleQuestionOne_NamesAllNineAndSocioEconomicDisadvantage()
    {
        Assert.Equal(ProtectedCharacteristics.All, CharacteristicsNamed.In(GoldenQuestionOne).Order());
    }

    [Theory]
    [InlineData("As above", true)]
    [InlineData("Same as above.", true)]
    [InlineData("see above", true)]
    [InlineData("Above all, residents", false)]
    public void RefersAbove_ReadsAsAboveAndSeeAbove(string text, bool refers)
    {
        Assert.Equal(refers, CharacteristicsNamed.RefersAbove(text));
    }

    [Fact]
    public void Of_CountsYesAnswersOnly_EachProposalOncePerCharacteristic_AndAddsSavingsExactly()
    {
        var a = Proposal(1, 100.1m, fullEa: true, reason: false,
            (ScreeningTrigger.ReducesResourcesForInequality, true, "Older people and disabled people"),
            (ScreeningTrigger.ReducesResourcesForVulnerableResidents, true, "As above"),
            (ScreeningTrigger.AltersAccess, false, "Race: no change to access"));
        var b = Proposal(2, 0.2m, fullEa: false, reason: true,
            (ScreeningTrigger.ReducesResourcesForInequality, true, "Age"),
            (ScreeningTrigger.AltersAccess, true, "Fewer opening hours"));
        var c = Proposal(3, 5000m, fullEa: null, reason: false,
            (ScreeningTrigger.ReducesStaff, false, "Women make up most of the team"));

        var impact = CumulativeEqualityImpact.Of([a, b, c]);

        Assert.Equal(3, impact.ProposalCount);
        Assert.Equal(Money.FromThousands(5100.3m), impact.TotalSavings);
        var age = impact.Characteristics.Single(x => x.Characteristic == ProtectedCharacteristic.Age);
        Assert.Equal([1, 2], age.Proposals.Select(p => p.Id));
        Assert.Equal(Money.FromThousands(100.3m), age.Savings);
        Assert.Equal([1], impact.Characteristics.Single(x => x.Characteristic == ProtectedCharacteristic.Disability).Proposals.Select(p => p.Id));
        Assert.Empty(impact.Characteristics.Single(x => x.Characteristic == ProtectedCharacteristic.Race).Proposals);
        Assert.Empty(impact.Characteristics.Single(x => x.Characteristic == ProtectedCharacteristic.Sex).Proposals);
        Assert.Empty(impact.Characteristics.Single(x => x.Characteristic is null).Proposals);

        var vulnerable = impact.Questions.Single(q => q.Trigger == ScreeningTrigger.ReducesResourcesForVulnerableResidents);
        Assert.Equal([ProtectedCharacteristic.Age, ProtectedCharacteristic.Disability], vulnerable.Characteristics.Select(x => x.Characteristic));
        Assert.Equal("As above", vulnerable.Yes.Single().Impact);

        var access = impact.Questions.Single(q => q.Trigger == ScreeningTrigger.AltersAccess);
        Assert.Equal(1, access.YesCount);
        Assert.Equal(Money.FromThousands(0.2m), access.Savings);
        Assert.Null(access.Characteristics.Single().Characteristic);
        Assert.Equal(0, impact.Questions.Single(q => q.Trigger == ScreeningTrigger.ReducesStaff).YesCount);
    }

    [Fact]
    public void Of_NeedsAFullEaForEveryYes_AndRecordsItOnlyWhenTheScreeningSaysItIsRequired()
    {
        var impact = CumulativeEqualityImpact.Of(
        [
            Proposal(1, 1m, fullEa: true, reason: false, (ScreeningTrigger.AltersEligibility, true, "Age")),
            Proposal(2, 2m, fullEa: false, reason: true, (ScreeningTrigger.AltersEligibility, true, "Age")),
            Proposal(3, 3m, fullEa: false, reason: false, (ScreeningTrigger.ReducesStaff, true, null)),
            Proposal(4, 4m, fullEa: null, reason: false, (ScreeningTrigger.ReducesStaff, true, null)),
            Proposal(5, 5m, fullEa: true, reason: false, (ScreeningTrigger.ReducesStaff, false, null)),
            Proposal(6, 6m, fullEa: false, reason: false, (ScreeningTrigger.ReducesStaff, false, null)),
        ]);

        Assert.Equal([1, 2, 3, 4, 5], impact.EqualityAnalyses.Select(e => e.Proposal.Id));
        Assert.Equal(
            [EqualityAnalysisRecord.Required, EqualityAnalysisRecord.NotRequiredWithReason, EqualityAnalysisRecord.NotRequiredWithoutReason, EqualityAnalysisRecord.NotAnswered, EqualityAnalysisRecord.Required],
            impact.EqualityAnalyses.Select(e => e.Record));
        Assert.Equal(5, impact.EqualityAnalysesNeeded);
        Assert.Equal(2, impact.EqualityAnalysesRecorded);
        Assert.Equal(3, impact.EqualityAnalysesNotRecorded);
    }

    [Fact]
    public void Of_NoProposals_IsEmptyButComplete()
    {
        var impact = CumulativeEqualityImpact.Of([]);

        Assert.Equal(0, impact.ProposalCount);
        Assert.Equal(Money.Zero, impact.TotalSavings);
        Assert.Equal(ScreeningTool.Triggers, impact.Questions.Select(q => q.Trigger));
        Assert.All(impact.Characteristics, c => Assert.Equal(0, c.Count));
        Assert.Empty(impact.EqualityAnalyses);
    }

    private static ScreenedProposal Proposal(int id, decimal savings, bool? fullEa, bool reason, params (ScreeningTrigger Trigger, bool? Answer, string? Impact)[] answers) => new(
        id, $"SAV / RES {id:000} / 21-22", $"Proposal {id}", "Resources", Money.FromThousands(savings),
        answers.Select(a => new ScreenedAnswer(a.Trigger, a.Answer, a.Impact)).ToList(), fullEa, reason);
}
