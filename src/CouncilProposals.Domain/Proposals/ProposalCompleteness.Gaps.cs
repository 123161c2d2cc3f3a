using System.Globalization;

namespace CouncilProposals.Domain.Proposals;

public static partial class ProposalCompleteness
{
    /// <summary>
    /// What a section still lacks, each a short plain-English sentence ("Risk 2 has no mitigation"), for the task list
    /// to say why a section is in progress. Empty for a section that is complete and within the rules.
    /// </summary>
    public static IReadOnlyList<string> GapsIn(Proposal proposal, ProposalSection section) => section switch
    {
        ProposalSection.Details => DetailsGaps(proposal).ToList(),
        ProposalSection.FinancialImpact => FinancialGaps(proposal).ToList(),
        ProposalSection.StaffingImpact => StaffingGaps(proposal).ToList(),
        ProposalSection.Summary => SummaryGaps(proposal).ToList(),
        ProposalSection.Risks => RiskGaps(proposal).ToList(),
        ProposalSection.Resources => proposal.ResourcesAndImplementation is null ? ["Describe the resources and implementation"] : [],
        ProposalSection.EqualityScreening => ScreeningGaps(proposal).ToList(),
        _ => throw new ArgumentOutOfRangeException(nameof(section), section, null),
    };

    private static IEnumerable<string> DetailsGaps(Proposal proposal)
    {
        if (proposal.SavingsTypeId is null)
        {
            yield return "Choose the savings type";
        }

        if (proposal.ServiceAreaId is null)
        {
            yield return "Choose the savings service area";
        }

        if (proposal.DirectorateService is null)
        {
            yield return "Enter the directorate service";
        }

        if (proposal.StrategicPriorityOutcomeId is null)
        {
            yield return "Choose the strategic priority outcome";
        }

        if (proposal.LeadOfficerAndPost is null)
        {
            yield return "Enter the lead officer and post";
        }

        if (proposal.LeadMemberAndPortfolio is null)
        {
            yield return "Enter the lead member and portfolio";
        }
    }

    private static IEnumerable<string> FinancialGaps(Proposal proposal)
    {
        if (proposal.CurrentBudget is null)
        {
            yield return "Enter the current budget";
        }

        if (proposal.SavingsLines.Count == 0)
        {
            yield return "Enter at least one saving or income line";
        }
        else if (SavingsBudget.IsExceeded(proposal.CurrentBudget, proposal.SavingsLines.Select(l => (l.Kind, l.Amount))))
        {
            yield return "The savings are more than the current budget: record extra income as income";
        }
    }

    private static IEnumerable<string> StaffingGaps(Proposal proposal)
    {
        if (proposal.HasStaffingImpact is null)
        {
            yield return "Say whether the proposal affects staffing";
        }
        else if (proposal.HasStaffingImpact == true && proposal.CurrentFte is null)
        {
            yield return "Enter the current FTE";
        }
    }

    private static IEnumerable<string> SummaryGaps(Proposal proposal)
    {
        if (proposal.Summary is null)
        {
            yield return "Write the proposal summary";
        }

        var unanswered = Answers(proposal).Select((answer, index) => (answer, number: index + 1)).Where(a => a.answer is null).Select(a => a.number).ToList();
        if (unanswered.Count > 0)
        {
            yield return Numbered("Answer question", "Answer questions", unanswered);
        }
    }

    private static IEnumerable<string> RiskGaps(Proposal proposal)
    {
        if (proposal.Risks.Count == 0)
        {
            yield return "Add at least one risk";
        }

        var numbered = proposal.Risks.OrderBy(r => r.Order).Select((risk, index) => (risk, number: index + 1));
        foreach (var (_, number) in numbered.Where(r => r.risk.Mitigation.Length == 0))
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"Risk {number} has no mitigation");
        }
    }

    private static IEnumerable<string> ScreeningGaps(Proposal proposal)
    {
        var unanswered = ScreeningTool.Triggers.Select((trigger, index) => (trigger, number: index + 1))
            .Where(t => proposal.ScreeningAnswerFor(t.trigger) is null).Select(t => t.number).ToList();
        if (unanswered.Count > 0)
        {
            yield return Numbered("Answer screening question", "Answer screening questions", unanswered);
        }

        if (proposal.FullEqualityAnalysisRequired is null)
        {
            yield return "Say whether a full Equality Analysis is needed";
        }
        else if (proposal.ScreeningNeedsJustification && proposal.NoFullEqualityAnalysisReason is null)
        {
            yield return "Say why a full Equality Analysis is not needed";
        }
    }

    /// <summary>"Answer question 2", "Answer questions 2 and 5", "Answer questions 1, 3 and 4".</summary>
    private static string Numbered(string one, string many, IReadOnlyList<int> numbers)
    {
        var texts = numbers.Select(n => n.ToString(CultureInfo.InvariantCulture)).ToList();
        return texts.Count == 1
            ? $"{one} {texts[0]}"
            : $"{many} {string.Join(", ", texts.Take(texts.Count - 1))} and {texts[^1]}";
    }
}
