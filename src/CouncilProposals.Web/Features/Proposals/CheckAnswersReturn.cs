using CouncilProposals.Domain.Proposals;

namespace CouncilProposals.Web.Features.Proposals;

/// <summary>
/// A section opened from a Change link on Check your answers carries <c>?returnTo=check</c>: its back link, Cancel
/// and save return there (to the section's answers) instead of to the task list. The form posts to its own address,
/// so the marker survives a failed save, adding a line or a kept draft.
/// </summary>
public static class CheckAnswersReturn
{
    public const string QueryName = "returnTo";

    public const string QueryValue = "check";

    public static bool IsRequested(HttpRequest request) => request.Query[QueryName] == QueryValue;

    /// <summary>The section's address with the marker and the field to land on.</summary>
    public static string ChangeUrl(string sectionUrl, string? fieldId) =>
        $"{sectionUrl}?{QueryName}={QueryValue}" + (fieldId is null ? string.Empty : "#" + fieldId);

    /// <summary>The id of a section's answers on Check your answers.</summary>
    public static string AnswersId(ProposalSection section) => "check-" + section.ToString().ToLowerInvariant();
}
