using CouncilProposals.Domain.Proposals;

namespace CouncilProposals.Web.Features.Proposals;

/// <summary>The sections of a proposal as a GOV.UK task list, in the order of the council's form.</summary>
public static class ProposalTasks
{
    public static IReadOnlyList<(ProposalSection Section, string Name, string Slug)> All { get; } =
    [
        (ProposalSection.Details, "Proposal details", "details"),
        (ProposalSection.FinancialImpact, "Financial impact", "financial-impact"),
        (ProposalSection.StaffingImpact, "Staffing impact", "staffing-impact"),
        (ProposalSection.Summary, "Summary and the five questions", "summary"),
        (ProposalSection.Risks, "Risks and mitigations", "risks"),
        (ProposalSection.Resources, "Resources and implementation", "resources"),
        (ProposalSection.EqualityScreening, "Equality screening", "equality-screening"),
    ];

    public static string NameOf(ProposalSection section) => All.Single(t => t.Section == section).Name;

    public static string EditUrl(int id, ProposalSection section) => $"/proposals/{id}/edit/{All.Single(t => t.Section == section).Slug}";
}

public sealed record TaskRow(string Name, string Href, SectionState State);

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
    string? Saved);

public sealed record CheckAnswersPage(ProposalDocumentModel Document, Guid Version, IReadOnlyList<MissingItem> Missing, bool ShowErrors, string? ConflictBy);
