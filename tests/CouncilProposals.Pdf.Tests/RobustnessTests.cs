using CouncilProposals.Pdf.Fluent;
using CouncilProposals.Pdf.Fonts;
using CouncilProposals.Pdf.Rendering;

namespace CouncilProposals.Pdf.Tests;

public sealed class RobustnessTests
{
    [Theory]
    [InlineData("<script>alert('x')</script> & <b>bold</b> %PDF-1.4 endobj")]
    [InlineData("Bell\u0007 null\0 escape\u001b form\f feed")]
    [InlineData("مرحبا بالعالم – שלום עולם")]
    [InlineData("Emoji 😀👩‍👩‍👧 and flags 🇬🇧")]
    [InlineData("Combining e\u0301 a\u0308 and Z\u0335\u0321a\u0336l\u0337g\u0338o")]
    [InlineData("Lone surrogate \uD800 and \uDC00 mixed")]
    [InlineData("中文 日本語 한국어")]
    public void HostileText_RendersWithoutError(string text)
    {
        var pdf = Kit.Render(c => c.Page(p => p.SimplePage().Column(col =>
        {
            col.Item().Text(text);
            col.Item().Text(t =>
            {
                t.Span(text).Bold();
                t.Span(text).Italic();
            });
        })));

        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4), StringComparison.Ordinal);
        Assert.Single(Kit.PageTexts(pdf));
    }

    [Fact]
    public void VeryLongWord_InATableCell_RendersWithNothingLost()
    {
        var word = new string('x', 5000);

        var pdf = Kit.Render(c => c.Page(p => p.SimplePage().Table(t =>
        {
            t.ColumnsDefinition(cols =>
            {
                cols.RelativeColumn();
                cols.RelativeColumn();
            });
            t.Cell().Text("Label");
            t.Cell().Text(word);
        })));

        var text = string.Concat(Kit.PageTexts(pdf)).Replace(" ", string.Empty, StringComparison.Ordinal);
        Assert.Equal(5000, text.Count(ch => ch == 'x'));
    }

    [Fact]
    public void Markup_IsDrawnAsTextNotInterpreted()
    {
        var pdf = Kit.Render(c => c.Page(p => p.SimplePage().Text("<b>not bold</b>")));

        Assert.Equal("<b>not bold</b>", Kit.PageTexts(pdf)[0]);
    }

    [Fact]
    public void NoFontAnywhere_FailsWithAMessageThatSaysHowToFixIt()
    {
        var renderer = new SkiaPdfRenderer(new FontOptions { SystemFontFolders = [Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"))] });

        var error = Assert.Throws<FontNotFoundException>(() => renderer.Render(new EmptyDocument()));

        Assert.Contains("fonts-liberation", error.Message, StringComparison.Ordinal);
        Assert.Contains("Pdf:FontFolder", error.Message, StringComparison.Ordinal);
    }

    private sealed class EmptyDocument : IDocument
    {
        public DocumentMetadata GetMetadata() => new();

        public void Compose(IDocumentContainer container) => container.Page(p => p.SimplePage().Text("x"));
    }
}
