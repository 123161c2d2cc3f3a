using System.Text.Encodings.Web;
using CouncilProposals.Domain.Proposals.Versions;
using Microsoft.AspNetCore.Html;

namespace CouncilProposals.Web.Features.Versions;

/// <summary>
/// A text with its removed words in &lt;del&gt; and added words in &lt;ins&gt;, each led by visually hidden
/// "removed:" or "added:" so that screen readers say it and colour is not the only sign. Long unchanged stretches
/// are cut to the words around each change. Written without white space between the tags: the paragraph keeps
/// the text's own line breaks.
/// </summary>
public static class DiffHtml
{
    public static IHtmlContent Paragraph(IReadOnlyList<DiffSegment> segments)
    {
        var html = new HtmlContentBuilder();
        html.AppendHtml("<p class=\"govuk-body app-diff\">");
        foreach (var segment in WordDiff.Shorten(segments))
        {
            var text = HtmlEncoder.Default.Encode(segment.Text);
            html.AppendHtml(segment.Kind switch
            {
                DiffKind.Removed => $"<del><span class=\"govuk-visually-hidden\">removed: </span>{text}</del>",
                DiffKind.Added => $"<ins><span class=\"govuk-visually-hidden\">added: </span>{text}</ins>",
                _ => text,
            });
        }

        html.AppendHtml("</p>");
        return html;
    }
}
