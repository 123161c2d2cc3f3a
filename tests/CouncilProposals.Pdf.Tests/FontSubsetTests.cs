using CouncilProposals.Pdf.Fluent;

namespace CouncilProposals.Pdf.Tests;

/// <summary>Each font is embedded as a subset of the glyphs the document draws, and the text still reads back.</summary>
public sealed class FontSubsetTests
{
    [Fact]
    public void Pdf_EmbedsOnlyTheGlyphsItDraws_AndItsTextReadsBack()
    {
        var fontFileSize = new FileInfo(TestFonts.AnyFontFile).Length;

        var pdf = Kit.Render(c => c.Page(p => p.SimplePage().Column(col =>
        {
            col.Item().Text("Budget line");
            col.Item().Text("Savings (371)").Bold();
        })));

        Assert.Equal(["Budget line Savings (371)"], Kit.PageTexts(pdf));
        Assert.True(pdf.Length < Math.Min(fontFileSize, 60_000), $"{pdf.Length} bytes for two lines; a whole font file is {fontFileSize}");
    }

    [Fact]
    public void PageNumbers_KnownOnlyWhenDrawing_AreInTheSubset()
    {
        var pdf = Kit.Render(c => c.Page(p =>
        {
            p.Footer().Text(t =>
            {
                t.CurrentPageNumber();
                t.Span(" / ");
                t.TotalPages();
            });
            p.SimplePage().Column(col =>
            {
                foreach (var i in Enumerable.Range(0, 7))
                {
                    if (i > 0)
                    {
                        col.Item().PageBreak();
                    }

                    col.Item().Text("x");
                }
            });
        }));

        var pages = Kit.PageTexts(pdf);
        Assert.Equal(7, pages.Count);
        Assert.Equal("x 7 / 7", pages[^1]);
    }
}
