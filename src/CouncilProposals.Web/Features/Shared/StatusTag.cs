using System.Text.Encodings.Web;
using CouncilProposals.Domain.Proposals;
using Microsoft.AspNetCore.Html;

namespace CouncilProposals.Web.Features.Shared;

/// <summary>
/// A proposal's status as a GOV.UK tag, coloured by what it asks of people: waiting on someone (blue), back with the
/// officer (orange), approved (turquoise), agreed (green), not agreed (red), finished with or not yet sent (grey).
/// The words carry the meaning; the colour only helps scanning.
/// </summary>
public static class StatusTag
{
    private static readonly Dictionary<string, ProposalStatus> ByName = Enum.GetValues<ProposalStatus>().ToDictionary(s => s.DisplayName(), StringComparer.Ordinal);

    public static string ColourClass(ProposalStatus status) => status switch
    {
        ProposalStatus.Submitted => "govuk-tag--blue",
        ProposalStatus.Returned => "govuk-tag--orange",
        ProposalStatus.Approved => "govuk-tag--turquoise",
        ProposalStatus.AgreedByCabinet => "govuk-tag--green",
        ProposalStatus.NotAgreedByCabinet => "govuk-tag--red",
        _ => "govuk-tag--grey",
    };

    /// <summary>The tag for a status given by its display name, as the pages' view models carry it.</summary>
    public static IHtmlContent For(string displayName)
    {
        var colour = ByName.TryGetValue(displayName, out var status) ? ColourClass(status) : "govuk-tag--grey";
        return new HtmlString($"<strong class=\"govuk-tag {colour}\">{HtmlEncoder.Default.Encode(displayName)}</strong>");
    }
}
