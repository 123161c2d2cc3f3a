namespace CouncilProposals.Domain.Proposals;

public enum ProposalSection
{
    Details,
    FinancialImpact,
    StaffingImpact,
    Summary,
    Risks,
    Resources,
    EqualityScreening,
}

public enum SectionState
{
    NotStarted,
    InProgress,
    Completed,
}

/// <summary>What a proposal still needs before it can be submitted, section by section.</summary>
public static partial class ProposalCompleteness
{
    public static SectionState StateOf(Proposal proposal, ProposalSection section) => section switch
    {
        ProposalSection.Details => State(
            started: proposal.SavingsTypeId is not null || proposal.ServiceAreaId is not null || proposal.StrategicPriorityOutcomeId is not null
                || proposal.LeadOfficerAndPost is not null || proposal.LeadMemberAndPortfolio is not null || proposal.DirectorateService is not null,
            complete: proposal.SavingsTypeId is not null && proposal.ServiceAreaId is not null && proposal.StrategicPriorityOutcomeId is not null
                && proposal.LeadOfficerAndPost is not null && proposal.LeadMemberAndPortfolio is not null && proposal.DirectorateService is not null),
        ProposalSection.FinancialImpact => State(
            started: proposal.CurrentBudget is not null || proposal.SavingsLines.Count > 0,
            complete: proposal.CurrentBudget is not null && proposal.SavingsLines.Count > 0),
        ProposalSection.StaffingImpact => State(
            started: proposal.HasStaffingImpact is not null,
            complete: proposal.HasStaffingImpact == false || (proposal.HasStaffingImpact == true && proposal.CurrentFte is not null)),
        ProposalSection.Summary => State(
            started: proposal.Summary is not null || Answers(proposal).Any(a => a is not null),
            complete: proposal.Summary is not null && Answers(proposal).All(a => a is not null)),
        ProposalSection.Risks => State(
            started: proposal.Risks.Count > 0,
            complete: proposal.Risks.Count > 0 && proposal.Risks.All(r => r.Mitigation.Length > 0)),
        ProposalSection.Resources => State(
            started: proposal.ResourcesAndImplementation is not null,
            complete: proposal.ResourcesAndImplementation is not null),
        ProposalSection.EqualityScreening => State(
            started: proposal.ScreeningAnswers.Any(a => a.Answer is not null || a.Impact is not null) || proposal.FullEqualityAnalysisRequired is not null,
            complete: ScreeningTool.Triggers.All(t => proposal.ScreeningAnswerFor(t) is not null)
                && proposal.FullEqualityAnalysisRequired is not null
                && (!proposal.ScreeningNeedsJustification || proposal.NoFullEqualityAnalysisReason is not null)),
        _ => throw new ArgumentOutOfRangeException(nameof(section), section, null),
    };

    /// <summary>Plain-English list of what is missing; empty when the proposal can be submitted.</summary>
    public static IReadOnlyList<string> MissingForSubmission(Proposal proposal) =>
        MissingItems(proposal).Select(item => item.Message).ToList();

    /// <summary>What is missing, each with the section where the officer can put it right.</summary>
    public static IReadOnlyList<MissingItem> MissingItems(Proposal proposal)
    {
        var missing = new List<MissingItem>();
        void Add(ProposalSection section, string message) => missing.Add(new MissingItem(section, message));

        if (StateOf(proposal, ProposalSection.Details) != SectionState.Completed)
        {
            Add(ProposalSection.Details, "complete every field of the proposal details");
        }

        if (proposal.CurrentBudget is null)
        {
            Add(ProposalSection.FinancialImpact, "enter the current budget");
        }

        if (proposal.SavingsLines.Count == 0)
        {
            Add(ProposalSection.FinancialImpact, "enter at least one saving or income line");
        }
        else if (SavingsBudget.IsExceeded(proposal.CurrentBudget, proposal.SavingsLines.Select(l => (l.Kind, l.Amount))))
        {
            Add(ProposalSection.FinancialImpact, "savings cannot be more than the current budget (record extra income as income)");
        }

        if (StateOf(proposal, ProposalSection.StaffingImpact) != SectionState.Completed)
        {
            Add(ProposalSection.StaffingImpact, "give the staffing impact, or say there is none");
        }

        if (proposal.Summary is null)
        {
            Add(ProposalSection.Summary, "write the proposal summary");
        }

        if (Answers(proposal).Any(a => a is null))
        {
            Add(ProposalSection.Summary, "answer all five standard questions");
        }

        if (StateOf(proposal, ProposalSection.Risks) != SectionState.Completed)
        {
            Add(ProposalSection.Risks, "add at least one risk, each with a mitigation");
        }

        if (proposal.ResourcesAndImplementation is null)
        {
            Add(ProposalSection.Resources, "describe the resources and implementation");
        }

        if (ScreeningTool.Triggers.Any(t => proposal.ScreeningAnswerFor(t) is null) || proposal.FullEqualityAnalysisRequired is null)
        {
            Add(ProposalSection.EqualityScreening, "answer every equality screening question and whether a full EA is required");
        }
        else if (proposal.ScreeningNeedsJustification && proposal.NoFullEqualityAnalysisReason is null)
        {
            Add(ProposalSection.EqualityScreening, "give the reason a full EA is not required although a trigger question is answered Yes");
        }

        return missing;
    }

    private static SectionState State(bool started, bool complete) =>
        complete ? SectionState.Completed : started ? SectionState.InProgress : SectionState.NotStarted;

    private static IEnumerable<string?> Answers(Proposal proposal) =>
    [
        proposal.OtherServicesSupport,
        proposal.PrecedentForWithdrawal,
        proposal.CommunityAdaptation,
        proposal.BestPractice,
        proposal.VoluntarySectorCapacity,
    ];
}

/// <summary>Something a proposal needs before submission, and the section it belongs to.</summary>
public sealed record MissingItem(ProposalSection Section, string Message);
