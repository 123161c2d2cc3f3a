using CouncilProposals.Domain.Common;

namespace CouncilProposals.Domain.Proposals;

/// <summary>The identity grid's editable fields.</summary>
public sealed record ProposalDetails(
    string Title,
    int? SavingsTypeId,
    int? ServiceAreaId,
    string? DirectorateService,
    int? StrategicPriorityOutcomeId,
    string? LeadOfficerAndPost,
    string? LeadMemberAndPortfolio);

public sealed record SavingsLineInput(FinancialYear Year, Money Amount, SavingsKind Kind, string? Description = null);

public sealed record StandardAnswers(
    string? OtherServicesSupport,
    string? PrecedentForWithdrawal,
    string? CommunityAdaptation,
    string? BestPractice,
    string? VoluntarySectorCapacity);

public sealed record EqualityScreeningInput(
    IReadOnlyDictionary<ScreeningTrigger, (bool? Answer, string? Impact)> Answers,
    string? Summary,
    bool? FullEqualityAnalysisRequired,
    string? NoFullEqualityAnalysisReason,
    string? AdditionalInformation);
