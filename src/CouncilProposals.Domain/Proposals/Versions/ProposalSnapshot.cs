using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CouncilProposals.Domain.Proposals.Versions;

/// <summary>The names behind a proposal's list ids when the snapshot is taken; lists may be renamed later.</summary>
public sealed record SnapshotNames(string? Cycle, string? Directorate, string? SavingsType, string? ServiceArea, string? StrategicPriorityOutcome);

/// <summary>One MTFS line; the amount in hundreds of pounds, as stored, so nothing is rounded.</summary>
public sealed record SnapshotSavingsLine(int Year, string Kind, long AmountHundreds, string? Description);

public sealed record SnapshotFteReduction(int Year, decimal Fte);

public sealed record SnapshotRisk(int Order, string Risk, string Mitigation);

public sealed record SnapshotScreeningAnswer(string Trigger, bool? Answer, string? Impact);

/// <summary>
/// The proposal's content at one moment, as stored in a version. The shape is a contract: versions already taken
/// are read back with it, so fields may be added (old versions read them as empty) but never renamed or removed.
/// </summary>
public sealed record ProposalSnapshot
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string Reference { get; init; } = string.Empty;

    public string Title { get; init; } = string.Empty;

    public string? Cycle { get; init; }

    public string? Directorate { get; init; }

    public string? SavingsType { get; init; }

    public string? ServiceArea { get; init; }

    public string? DirectorateService { get; init; }

    public string? StrategicPriorityOutcome { get; init; }

    public string? LeadOfficerAndPost { get; init; }

    public string? LeadMemberAndPortfolio { get; init; }

    public long? CurrentBudgetHundreds { get; init; }

    public IReadOnlyList<SnapshotSavingsLine> SavingsLines { get; init; } = [];

    public bool? HasStaffingImpact { get; init; }

    public decimal? CurrentFte { get; init; }

    public IReadOnlyList<SnapshotFteReduction> FteReductions { get; init; } = [];

    public string? Summary { get; init; }

    public string? OtherServicesSupport { get; init; }

    public string? PrecedentForWithdrawal { get; init; }

    public string? CommunityAdaptation { get; init; }

    public string? BestPractice { get; init; }

    public string? VoluntarySectorCapacity { get; init; }

    public IReadOnlyList<SnapshotRisk> Risks { get; init; } = [];

    public string? ResourcesAndImplementation { get; init; }

    public IReadOnlyList<SnapshotScreeningAnswer> ScreeningAnswers { get; init; } = [];

    public string? ScreeningSummary { get; init; }

    public bool? FullEqualityAnalysisRequired { get; init; }

    public string? NoFullEqualityAnalysisReason { get; init; }

    public string? AdditionalInformation { get; init; }

    /// <summary>Cabinet's record of decision as the form prints it, once there is one.</summary>
    public string? CabinetDecision { get; init; }

    /// <summary>The proposal's content now. The lines, reductions, risks and answers must be loaded.</summary>
    public static ProposalSnapshot Of(Proposal proposal, SnapshotNames names) => new()
    {
        Reference = proposal.Reference,
        Title = proposal.Title,
        Cycle = names.Cycle,
        Directorate = names.Directorate,
        SavingsType = names.SavingsType,
        ServiceArea = names.ServiceArea,
        DirectorateService = proposal.DirectorateService,
        StrategicPriorityOutcome = names.StrategicPriorityOutcome,
        LeadOfficerAndPost = proposal.LeadOfficerAndPost,
        LeadMemberAndPortfolio = proposal.LeadMemberAndPortfolio,
        CurrentBudgetHundreds = proposal.CurrentBudget?.Hundreds,
        SavingsLines = proposal.SavingsLines
            .OrderBy(l => l.Year).ThenBy(l => l.Kind).ThenBy(l => l.Id)
            .Select(l => new SnapshotSavingsLine(l.Year.StartYear, l.Kind.ToString(), l.Amount.Hundreds, l.Description))
            .ToList(),
        HasStaffingImpact = proposal.HasStaffingImpact,
        CurrentFte = proposal.CurrentFte?.Value,
        FteReductions = proposal.FteReductions.OrderBy(r => r.Year).Select(r => new SnapshotFteReduction(r.Year.StartYear, r.Reduction.Value)).ToList(),
        Summary = proposal.Summary,
        OtherServicesSupport = proposal.OtherServicesSupport,
        PrecedentForWithdrawal = proposal.PrecedentForWithdrawal,
        CommunityAdaptation = proposal.CommunityAdaptation,
        BestPractice = proposal.BestPractice,
        VoluntarySectorCapacity = proposal.VoluntarySectorCapacity,
        Risks = proposal.Risks.OrderBy(r => r.Order).Select(r => new SnapshotRisk(r.Order, r.Description, r.Mitigation)).ToList(),
        ResourcesAndImplementation = proposal.ResourcesAndImplementation,
        ScreeningAnswers = proposal.ScreeningAnswers.OrderBy(a => a.Trigger).Select(a => new SnapshotScreeningAnswer(a.Trigger.ToString(), a.Answer, a.Impact)).ToList(),
        ScreeningSummary = proposal.ScreeningSummary,
        FullEqualityAnalysisRequired = proposal.FullEqualityAnalysisRequired,
        NoFullEqualityAnalysisReason = proposal.NoFullEqualityAnalysisReason,
        AdditionalInformation = proposal.AdditionalInformation,
        CabinetDecision = proposal.CabinetDecision is { } decision
            ? string.Create(CultureInfo.InvariantCulture, $"{decision.Summary} ({decision.DecisionMaker}, {decision.DecisionMakerRole}, {decision.DecisionDate:d MMMM yyyy})")
            : null,
    };

    public static ProposalSnapshot FromJson(string json) =>
        JsonSerializer.Deserialize<ProposalSnapshot>(json, Json) ?? throw new JsonException("A version's content is empty.");

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
