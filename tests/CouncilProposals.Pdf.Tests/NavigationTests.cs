using CouncilProposals.Pdf.Fluent;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Outline;

namespace CouncilProposals.Pdf.Tests;

public sealed class NavigationTests
{
    private static readonly string[] Parts = ["alpha", "beta", "gamma"];

    private static byte[] DocumentWithContents() => Kit.Render(
        c => c.Page(p =>
        {
            p.SimplePage().Column(col =>
            {
                col.Item().Text("Contents").Bold();
                foreach (var part in Parts)
                {
                    col.Item().SectionLink(part).Text(t =>
                    {
                        t.Span($"Part {part} ... page ");
                        t.BeginPageNumberOfSection(part);
                    });
                }

                col.Item().PageBreak();
                col.Item().Section("alpha", "Part alpha").Text("Alpha starts here");
                col.Item().PageBreak();
                col.Item().Text("Filler page");
                col.Item().PageBreak();
                col.Item().Section("beta", "Part beta").Text("Beta starts here");
                col.Item().Section("gamma", "Part gamma", 1).Text("Gamma follows beta on the same page");
            });
        }),
        new DocumentMetadata { Title = "Navigation test", Author = "Corporate Finance", Subject = "Kit tests", Keywords = "pdf" });

    [Fact]
    public void Contents_PageNumbersAreWhereTheSectionsStart()
    {
        var pages = Kit.PageTexts(DocumentWithContents());

        Assert.Contains("Part alpha ... page 2", pages[0], StringComparison.Ordinal);
        Assert.Contains("Part beta ... page 4", pages[0], StringComparison.Ordinal);
        Assert.Contains("Part gamma ... page 4", pages[0], StringComparison.Ordinal);
        Assert.Contains("Alpha starts here", pages[1], StringComparison.Ordinal);
        Assert.Contains("Beta starts here", pages[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Contents_EntriesAreClickableLinks()
    {
        using var document = Kit.Open(DocumentWithContents());

        var links = document.GetPage(1).GetAnnotations().Where(a => a.Type == AnnotationType.Link).ToList();

        Assert.Equal(3, links.Count);
    }

    [Fact]
    public void Outline_HasABookmarkPerSectionPointingAtItsPage()
    {
        using var document = Kit.Open(DocumentWithContents());

        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var roots = bookmarks.Roots.Cast<DocumentBookmarkNode>().ToList();
        Assert.Equal(["Part alpha", "Part beta"], roots.Select(r => r.Title));
        Assert.Equal([2, 4], roots.Select(r => r.PageNumber));
        var gamma = Assert.Single(roots[1].Children.Cast<DocumentBookmarkNode>());
        Assert.Equal("Part gamma", gamma.Title);
        Assert.Equal(4, gamma.PageNumber);
    }

    [Fact]
    public void Metadata_IsWritten()
    {
        using var document = Kit.Open(DocumentWithContents());

        Assert.Equal("Navigation test", document.Information.Title);
        Assert.Equal("Corporate Finance", document.Information.Author);
        Assert.Equal("Kit tests", document.Information.Subject);
    }

    [Fact]
    public void Hyperlink_IsAUrlAnnotationOverItsArea()
    {
        using var document = Kit.Open(Kit.Render(c => c.Page(p => p.SimplePage().Column(col =>
        {
            col.Item().MinHeight(40).Hyperlink("https://www.towerhamlets.gov.uk/budget").Text("Budget consultation");
            col.Item().LineHorizontal(1);
            col.Item().Text("After the rule");
        }))));

        var link = Assert.Single(document.GetPage(1).GetAnnotations(), a => a.Type == AnnotationType.Link);
        Assert.Contains("towerhamlets.gov.uk/budget", link.AnnotationDictionary.ToString(), StringComparison.Ordinal);
        Assert.Equal("Budget consultation After the rule", string.Join(' ', document.GetPage(1).GetWords().Select(w => w.Text)));
    }
}
