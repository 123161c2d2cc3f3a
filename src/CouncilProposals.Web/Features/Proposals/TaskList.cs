using CouncilProposals.Domain.Proposals;

namespace CouncilProposals.Web.Features.Proposals;

/// <summary>The sections of a proposal as a GOV.UK task list, in the order of the council's form.</summary>
public static class ProposalTasks
{
    public static IReadOnlyList<(ProposalSection Section, string Name)> All { get; } =
    [
        (ProposalSection.Details, "Proposal details"),
        (ProposalSection.FinancialImpact, "Financial impact"),
        (ProposalSection.StaffingImpact, "Staffing impact"),
        (ProposalSection.Summary, "Summary and the five questions"),
        (ProposalSection.Risks, "Risks and mitigations"),
        (ProposalSection.Resources, "Resources and implementation"),
        (ProposalSection.EqualityScreening, "Equality screening"),
    ];

    public static string NameOf(ProposalSection section) => All.Single(t => t.Section == section).Name;

    /// <summary>The <see cref="ProposalSectionsController"/> action (and view) of a section's page: EditFinancialImpact.</summary>
    public static string ActionOf(ProposalSection section) => "Edit" + section;
}

/// <summary>A task list row; <paramref name="Gaps"/> says what a started section still lacks, under its name.</summary>
public sealed record TaskRow(string Name, string Action, SectionState State, IReadOnlyList<string> Gaps);

public sealed record TaskListPage(
    int Id,
    string Reference,
    string Title,
    string CycleName,
    string Status,
    string? ReturnReason,
    IReadOnlyList<TaskRow> Tasks,
    int CompletedCount,
    bool Created,
    bool KeptEmptyDraftNumber,
    string? Saved);

/// <summary>The proposal's page: the document and what the signed-in user may do with it.</summary>
public sealed record ProposalPage(ProposalDocumentModel Document, IReadOnlyList<ProposalAction> Actions, string? Done)
{
    public bool Editable => Actions.Contains(ProposalAction.Edit);
}

public sealed record CheckAnswersPage(ProposalDocumentModel Document, Guid Version, IReadOnlyList<MissingItem> Missing, bool ShowErrors, string? ConflictBy);

/// <summary>The confirmation page after a proposal is submitted.</summary>
public sealed record SubmittedPage(int Id, string Reference, string Title, string Directorate);
