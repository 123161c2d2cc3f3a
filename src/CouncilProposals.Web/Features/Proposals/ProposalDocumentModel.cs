using CouncilProposals.Domain.Proposals;

namespace CouncilProposals.Web.Features.Proposals;

/// <summary>
/// A proposal as the council's form shows it, every value already in the form's wording ("(371)", "-", "N/A").
/// The detail page and the PDF are both drawn from this one model, so they cannot disagree.
/// </summary>
public sealed record ProposalDocumentModel
{
    public required int Id { get; init; }

    public required string CouncilName { get; init; }

    public required string Reference { get; init; }

    public required string FileName { get; init; }

    public required string Title { get; init; }

    public required string CycleName { get; init; }

    public required bool IsDraft { get; init; }

    public required string Status { get; init; }

    /// <summary>The paragraph of Schedule 12A the proposal is exempt under, when Corporate Finance has marked it so.</summary>
    public ExemptionParagraph? ExemptParagraph { get; init; }

    public required string SavingsType { get; init; }

    public required string Directorate { get; init; }

    public required string DirectorateCode { get; init; }

    public required string ServiceArea { get; init; }

    public required string DirectorateService { get; init; }

    public required string StrategicPriorityOutcome { get; init; }

    public required string LeadOfficerAndPost { get; init; }

    public required string LeadMemberAndPortfolio { get; init; }

    public required string BaseYear { get; init; }

    public required IReadOnlyList<string> SavingsYears { get; init; }

    public required FigureRow Budget { get; init; }

    public required FigureRow Staffing { get; init; }

    public required IReadOnlyList<SavingsLineRow> SavingsLines { get; init; }

    public required string Summary { get; init; }

    public required IReadOnlyList<QuestionAnswer> Questions { get; init; }

    public required IReadOnlyList<RiskRow> Risks { get; init; }

    public required string ResourcesAndImplementation { get; init; }

    public required IReadOnlyList<ScreeningRow> Screening { get; init; }

    public required string ScreeningSummary { get; init; }

    public required string FullEqualityAnalysisRequired { get; init; }

    public required string NoFullEqualityAnalysisReason { get; init; }

    public required string AdditionalInformation { get; init; }

    public required DecisionRecord? Decision { get; init; }

    public required string? ReturnReason { get; init; }

    public required string LastChangedBy { get; init; }

    public required DateTimeOffset LastChangedAt { get; init; }

    /// <summary>"DRAFT SAVINGS PROPOSAL" until Cabinet agrees it.</summary>
    public string Heading => IsDraft ? "DRAFT SAVINGS PROPOSAL" : "SAVINGS PROPOSAL";

    public string StrategyLine => $"Medium Term Financial Strategy {CycleName}";
}

/// <summary>One row of the Financial or Staffing Impact table: the base-year figure, each savings year, the total.</summary>
public sealed record FigureRow(string Label, string Current, IReadOnlyList<string> Years, string Total);

public sealed record SavingsLineRow(string Year, string Kind, string Amount, string Description);

public sealed record QuestionAnswer(string Question, string Answer);

public sealed record RiskRow(int Number, string Risk, string Mitigation);

/// <summary>A row of the screening tool: a group heading row has only <see cref="Group"/>.</summary>
public sealed record ScreeningRow(string? Group, string Question, string Answer, string Impact);

/// <summary>
/// The record of decision in a council's shape: the decision ("Proposal agreed", "Proposal agreed with changes",
/// "Proposal NOT agreed"), the reasons or the changes agreed, the decision maker and their role, the date, when it
/// was lodged, and the meeting's pack it was recorded from.
/// </summary>
public sealed record DecisionRecord(string Decision, string? Reasons, string? AgreedChanges, string DecisionMaker, string Role, string Date, string Lodged, string? Pack)
{
    /// <summary>The rows of the record, in the order a record of decision gives them, leaving out those that do not apply.</summary>
    public IReadOnlyList<(string Label, string Value)> Rows =>
        new (string Label, string? Value)[]
        {
            ("Decision", Decision), ("Reasons", Reasons), ("Agreed changes", AgreedChanges), ("Decision maker", DecisionMaker), ("Role", Role),
            ("Date of decision", Date), ("Lodged", Lodged), ("Cabinet pack", Pack),
        }
        .Where(r => r.Value is not null)
        .Select(r => (r.Label, r.Value!))
        .ToList();
}
