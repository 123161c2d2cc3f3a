using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Cycles;
using CouncilProposals.Domain.Lists;

namespace CouncilProposals.Domain.Proposals;

/// <summary>
/// A budget savings proposal in the Tower Hamlets format. Figures are computed from the MTFS lines, never stored
/// twice; every change goes through a method here so that the council's rules always hold.
/// </summary>
public sealed partial class Proposal : IVersioned, IAudited
{
    public const int TitleMaxLength = 200;
    public const int ShortTextMaxLength = 300;
    public const int LongTextMaxLength = 20000;
    public const int AnswerMaxLength = 5000;

    private readonly List<SavingsLine> _savingsLines = [];
    private readonly List<FteReduction> _fteReductions = [];
    private readonly List<Risk> _risks = [];
    private readonly List<ScreeningAnswer> _screeningAnswers = [];
    private readonly List<ProposalContributor> _contributors = [];

    private Proposal()
    {
        Title = string.Empty;
        Reference = string.Empty;
        CreatedBy = string.Empty;
        UpdatedBy = string.Empty;
        LastEditedBy = string.Empty;
        Cycle = null!;
        Directorate = null!;
    }

    public Proposal(MtfsCycle cycle, Directorate directorate, ProposalReference reference, string title, string createdBy)
    {
        if (!cycle.IsOpen)
        {
            throw new DomainException($"The {cycle.Name} cycle is closed to new proposals.", nameof(CycleId));
        }

        if (reference.DirectorateCode != directorate.Code || reference.FirstSavingsYear != cycle.FirstSavingsYear)
        {
            throw new DomainException("The reference must carry the proposal's directorate code and the cycle's first savings year.", nameof(DirectorateId));
        }

        Cycle = cycle;
        CycleId = cycle.Id;
        Directorate = directorate;
        DirectorateId = directorate.Id;
        ReferenceNumber = reference.Number;
        Reference = reference.ToString();
        Title = ProposalText.Required(title, TitleMaxLength, "Enter the proposal title.");
        Status = ProposalStatus.Draft;
        CreatedBy = createdBy;
        UpdatedBy = createdBy;
        LastEditedBy = createdBy;
        Edited(createdBy);
    }

    public int Id { get; private set; }

    public int CycleId { get; private set; }

    public MtfsCycle Cycle { get; private set; }

    public int DirectorateId { get; private set; }

    public Directorate Directorate { get; private set; }

    /// <summary>"SAV / HAC 009 / 21-22": assigned on creation and never changed.</summary>
    public string Reference { get; private set; }

    public int ReferenceNumber { get; private set; }

    public string Title { get; private set; }

    public int? SavingsTypeId { get; private set; }

    public int? ServiceAreaId { get; private set; }

    public string? DirectorateService { get; private set; }

    public int? StrategicPriorityOutcomeId { get; private set; }

    public string? LeadOfficerAndPost { get; private set; }

    public string? LeadMemberAndPortfolio { get; private set; }

    /// <summary>The current budget in the cycle's base year, in £000.</summary>
    public Money? CurrentBudget { get; private set; }

    public IReadOnlyList<SavingsLine> SavingsLines => _savingsLines;

    /// <summary>Null until the officer says whether there is a staffing impact.</summary>
    public bool? HasStaffingImpact { get; private set; }

    public Fte? CurrentFte { get; private set; }

    public IReadOnlyList<FteReduction> FteReductions => _fteReductions;

    public string? Summary { get; private set; }

    public string? OtherServicesSupport { get; private set; }

    public string? PrecedentForWithdrawal { get; private set; }

    public string? CommunityAdaptation { get; private set; }

    public string? BestPractice { get; private set; }

    public string? VoluntarySectorCapacity { get; private set; }

    public IReadOnlyList<Risk> Risks => _risks;

    public string? ResourcesAndImplementation { get; private set; }

    public IReadOnlyList<ScreeningAnswer> ScreeningAnswers => _screeningAnswers;

    public string? ScreeningSummary { get; private set; }

    public bool? FullEqualityAnalysisRequired { get; private set; }

    /// <summary>Why no full EA is needed although a trigger question was answered Yes.</summary>
    public string? NoFullEqualityAnalysisReason { get; private set; }

    public string? AdditionalInformation { get; private set; }

    public ProposalStatus Status { get; private set; }

    /// <summary>The latest reason a director gave for returning the proposal, shown to the officer.</summary>
    public string? ReturnReason { get; private set; }

    public CabinetDecision? CabinetDecision { get; private set; }

    /// <summary>Everyone who created or changed the proposal's content: none of them may sign it off.</summary>
    public IReadOnlyList<ProposalContributor> Contributors => _contributors;

    /// <summary>Who last changed the proposal's content (not its status).</summary>
    public string LastEditedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; }

    public Guid Version { get; set; }

    /// <summary>
    /// "DRAFT SAVINGS PROPOSAL" until Cabinet has decided on it, whichever way: a proposal Cabinet did not agree is a
    /// final record too. One deferred or withdrawn was never decided, so stays a draft.
    /// </summary>
    public bool IsDraftDocument => Status is not (ProposalStatus.AgreedByCabinet or ProposalStatus.NotAgreedByCabinet);

    public Money SavingsIn(FinancialYear year) => Money.Sum(_savingsLines.Where(line => line.Year == year).Select(line => line.Amount));

    public Money TotalSavings => Money.Sum(_savingsLines.Select(line => line.Amount));

    public Fte? FteReductionIn(FinancialYear year) =>
        HasStaffingImpact == true ? Fte.Sum(_fteReductions.Where(r => r.Year == year).Select(r => r.Reduction)) : null;

    public Fte? TotalFteReductions => HasStaffingImpact == true ? Fte.Sum(_fteReductions.Select(r => r.Reduction)) : null;

    public bool? ScreeningAnswerFor(ScreeningTrigger trigger) => _screeningAnswers.FirstOrDefault(a => a.Trigger == trigger)?.Answer;

    public string? ScreeningImpactFor(ScreeningTrigger trigger) => _screeningAnswers.FirstOrDefault(a => a.Trigger == trigger)?.Impact;

    private void Edited(string editedBy)
    {
        LastEditedBy = editedBy;
        if (!SegregationOfDuties.IsOwnWork(editedBy, _contributors.Select(c => c.UserName)))
        {
            _contributors.Add(new ProposalContributor(editedBy));
        }
    }

    private void EnsureSavingsYear(FinancialYear year)
    {
        if (!Cycle.IsSavingsYear(year))
        {
            throw new DomainException($"{year} is not a savings year of the {Cycle.Name} cycle.");
        }
    }
}
