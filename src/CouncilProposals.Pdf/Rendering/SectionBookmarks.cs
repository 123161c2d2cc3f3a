using CouncilProposals.Pdf.Elements;
using CouncilProposals.Pdf.Fluent;

namespace CouncilProposals.Pdf.Rendering;

/// <summary>The bookmarks of a drawn document: one per section with a title, where the drawing pass placed it.</summary>
internal static class SectionBookmarks
{
    public static List<PdfBookmark> Collect(IEnumerable<PageDescriptor> pages, DrawContext context) =>
        pages.SelectMany(p => Descendants(p.ContentSlot))
            .OfType<SectionElement>()
            .SelectMany(s => s.Bookmark is { } title && context.SectionPositions.TryGetValue(s.Name, out var at)
                ? [new PdfBookmark(title, s.BookmarkLevel, at.Page - 1, at.Top)]
                : Array.Empty<PdfBookmark>())
            .OrderBy(b => b.PageIndex).ThenBy(b => b.Top)
            .ToList();

    private static IEnumerable<Element> Descendants(Element element)
    {
        yield return element;
        foreach (var child in element.Children.SelectMany(Descendants))
        {
            yield return child;
        }
    }
}
