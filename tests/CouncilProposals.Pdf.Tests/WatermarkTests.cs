using CouncilProposals.Pdf.Fluent;

namespace CouncilProposals.Pdf.Tests;

public sealed class WatermarkTests
{
    [Fact]
    public void Watermark_IsAShape_SoItsLettersAreNotInTheText()
    {
        var pdf = Kit.Render(c => c.Page(p =>
        {
            p.SimplePage().Text("Budget line");
            p.Foreground().Watermark("DRAFT");
        }));

        var text = PdfReadingText.Of(pdf).Single();
        Assert.Equal("Budget line", text);
    }

    [Fact]
    public void Watermark_IsNotDrawnOnABlankPaddingPage()
    {
        var pdf = Kit.Render(c => c.Page(p =>
        {
            p.PadToEvenPageCount();
            p.SimplePage().Text("Budget line");
            p.Foreground().Watermark("DRAFT");
        }));

        using var document = Kit.Open(pdf);
        Assert.Equal(2, document.NumberOfPages);
        Assert.NotEmpty(document.GetPage(1).Paths);
        Assert.Empty(document.GetPage(2).Paths);
    }
}
