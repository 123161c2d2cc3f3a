using System.Globalization;

namespace CouncilProposals.TestSupport;

/// <summary>
/// A home page work list read across all its pages. Other tests' proposals share the demo accounts' lists, so a
/// test finds its own proposal wherever the paging puts it.
/// </summary>
public static class HomeLists
{
    public const string AwaitingApproval = "awaiting-approval";

    public const string ReturnedToMe = "returned-to-me";

    public const string AwaitingCabinet = "awaiting-cabinet";

    public static async Task<string> TextAsync(HttpClient client, string list)
    {
        var (parameter, pagesLabel) = list switch
        {
            AwaitingApproval => ("approvalPage", "Pages of proposals awaiting my approval"),
            ReturnedToMe => ("returnedPage", "Pages of proposals returned to me"),
            AwaitingCabinet => ("cabinetPage", "Pages of proposals awaiting Cabinet's decision"),
            _ => throw new ArgumentOutOfRangeException(nameof(list), list, "Not a home page list."),
        };
        var texts = new List<string>();
        for (var page = 1; ; page++)
        {
            var home = await client.GetPageAsync($"/?{parameter}={page.ToString(CultureInfo.InvariantCulture)}");
            texts.Add(home.Find($"ul[aria-labelledby={list}]") is { } items ? HtmlPage.Fold(items.TextContent) : string.Empty);
            var pages = home.FindAll("nav.govuk-pagination").FirstOrDefault(n => n.GetAttribute("aria-label") == pagesLabel);
            if (pages?.QuerySelector(".govuk-pagination__next") is null)
            {
                return string.Join(' ', texts);
            }
        }
    }
}
