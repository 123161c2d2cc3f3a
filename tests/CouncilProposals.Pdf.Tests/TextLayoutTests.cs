using CouncilProposals.Pdf.Elements;
using CouncilProposals.Pdf.Fluent;
using CouncilProposals.Pdf.Fonts;

namespace CouncilProposals.Pdf.Tests;

public sealed class TextLayoutTests
{
    private static TextElement Paragraph(string text)
    {
        var descriptor = new TextDescriptor();
        descriptor.Span(text);
        return descriptor.Element;
    }

    private static LayoutContext Context() => new(new FontCache(FontSet.Load(TestFonts.Options)));

    [Fact]
    public void Paragraph_WhenTallerThanSpace_ReportsPartialWithTheLinesThatFit()
    {
        var context = Context();
        var text = Paragraph(string.Join('\n', Enumerable.Range(1, 10).Select(i => $"Line {i}")));
        var lineHeight = text.Measure(new Size(300, 1000), context).Height / 10;

        var plan = text.Measure(new Size(300, (lineHeight * 4) + 1), context);

        Assert.Equal(SpaceKind.PartialRender, plan.Kind);
        Assert.Equal(lineHeight * 4, plan.Height, 2);
    }

    [Theory]
    [InlineData("Savings/Income", "Savings/|Income")]
    [InlineData("or state N/A", "or| |state| |N/A")]
    [InlineData("Adults w/c 5 May", "Adults| |w/c| |5| |May")]
    public void Words_BreakAfterASlashOnlyBetweenLongerWords(string text, string words) =>
        Assert.Equal(words.Split('|'), TextTokens.Split(text));

    [Fact]
    public void Paragraph_WhenNotEvenOneLineFits_NeedsANewPage()
    {
        var plan = Paragraph("Some words").Measure(new Size(300, 3), Context());

        Assert.Equal(SpaceKind.Wrap, plan.Kind);
    }

    [Fact]
    public void Paragraph_WrapsAtSpacesWithinTheWidth()
    {
        var context = Context();
        var oneLine = Paragraph("word").Measure(new Size(500, 1000), context);

        var wrapped = Paragraph(string.Join(' ', Enumerable.Repeat("word", 40))).Measure(new Size(100, 1000), context);

        Assert.True(wrapped.Height > oneLine.Height * 5, "forty words in 100 points wrap onto several lines");
        Assert.True(wrapped.Width <= 100);
    }

    [Fact]
    public void ExplicitLineBreaks_AreKept_IncludingEmptyLines()
    {
        var context = Context();
        var single = Paragraph("a").Measure(new Size(500, 1000), context).Height;

        var height = Paragraph("a\n\nb").Measure(new Size(500, 1000), context).Height;

        Assert.Equal(single * 3, height, 2);
    }

    [Fact]
    public void LongWord_IsBrokenByCharacters_WithNothingLost()
    {
        var word = string.Concat(Enumerable.Repeat("abcdefghij", 60));

        var pdf = Kit.Render(c => c.Page(p => p.SimplePage().Width(120).Text(word)));

        var text = string.Concat(Kit.PageTexts(pdf)).Replace(" ", string.Empty, StringComparison.Ordinal);
        Assert.Equal(word, text);
    }
}
