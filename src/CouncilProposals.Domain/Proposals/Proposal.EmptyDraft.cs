using CouncilProposals.Domain.Common;

namespace CouncilProposals.Domain.Proposals;

/// <summary>
/// A reference number is permanent and never given to another proposal, so an officer's empty draft is not left
/// holding one for ever: when the same officer starts another proposal in the same directorate and cycle, their
/// empty draft takes the new title and keeps its number instead of a new number being used up.
/// </summary>
public sealed partial class Proposal
{
    /// <summary>A draft with nothing in it but its title, only ever touched by whoever created it.</summary>
    public bool IsEmptyDraftOf(string userName) =>
        Status == ProposalStatus.Draft
        && _contributors.Count == 1 && SegregationOfDuties.IsOwnWork(userName, _contributors.Select(c => c.UserName))
        && _savingsLines.Count == 0 && _fteReductions.Count == 0 && _risks.Count == 0 && _screeningAnswers.Count == 0
        && SavingsTypeId is null && ServiceAreaId is null && StrategicPriorityOutcomeId is null
        && CurrentBudget is null && HasStaffingImpact is null && CurrentFte is null && FullEqualityAnalysisRequired is null
        && new[]
        {
            DirectorateService, LeadOfficerAndPost, LeadMemberAndPortfolio, Summary, OtherServicesSupport, PrecedentForWithdrawal,
            CommunityAdaptation, BestPractice, VoluntarySectorCapacity, ResourcesAndImplementation, ScreeningSummary,
            NoFullEqualityAnalysisReason, AdditionalInformation,
        }.All(string.IsNullOrWhiteSpace);

    /// <summary>Starts the officer's new proposal in their own empty draft, which keeps its reference.</summary>
    public void StartAgain(string title, string userName)
    {
        if (!IsEmptyDraftOf(userName))
        {
            throw new DomainException("Only your own empty draft can be used for a new proposal.");
        }

        Title = ProposalText.Required(title, TitleMaxLength, "Enter the proposal title.");
        Edited(userName);
    }
}
