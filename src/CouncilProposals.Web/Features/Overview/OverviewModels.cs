using CouncilProposals.Domain.Cycles;
using CouncilProposals.Web.Features.Proposals;

namespace CouncilProposals.Web.Features.Overview;

/// <summary>The savings overview: the chosen cycle's summary, chart and directorates, or why there is nothing to show.</summary>
public sealed record OverviewPage(
    OverviewData? Data,
    FigureTable? Summary,
    FigureTable? Staffing,
    SavingsChart? Chart,
    IReadOnlyList<DirectorateTables> Directorates,
    bool HasDirectorates,
    bool CanSetTargets,
    string? Saved);

public sealed record DirectorateTables(DirectorateOption Directorate, FigureTable Savings, FigureTable Staffing);

/// <summary>The targets form with the plan's history, newest first.</summary>
public sealed record TargetsPage(CycleOption Cycle, IReadOnlyList<CycleOption> Cycles, TargetsInput Input, IReadOnlyList<PlanHistoryEntry> History)
{
    public string StageLabel(SavingsStage stage) => $"{stage.DisplayName()} savings";

    /// <summary>The form's fields in the order the page shows them, for the error summary; errors of the whole form first.</summary>
    public IReadOnlyList<string> FieldOrder =>
        [string.Empty, .. Input.Targets.Select((_, i) => $"{nameof(TargetsInput.Targets)}[{i}].{nameof(TargetForm.Amount)}"), .. SavingsStages.All.Select(TargetsInput.WeightField)];
}

/// <summary>One saved change to a cycle's plan: who, when (UK time), and each figure from what to what.</summary>
public sealed record PlanHistoryEntry(string UserName, string When, string MachineTime, IReadOnlyList<PlanChange> Changes);
