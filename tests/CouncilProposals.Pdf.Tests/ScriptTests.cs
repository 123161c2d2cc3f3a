using CouncilProposals.Pdf.Fluent;
using CouncilProposals.Pdf.Rendering;
using Microsoft.Extensions.Logging;

namespace CouncilProposals.Pdf.Tests;

/// <summary>
/// Text in other scripts is shaped, drawn with a font that has it, and reads back in logical order. Needs the
/// Debian font packages that ./test.sh installs (fonts-noto-core, fonts-noto-cjk, fonts-noto-color-emoji).
/// </summary>
public sealed class ScriptTests
{
    [Theory]
    [InlineData("Bengali", "আমাদের বাজেট সঞ্চয়")]
    [InlineData("Arabic", "مرحبا بالعالم")]
    [InlineData("Hebrew", "שלום עולם")]
    [InlineData("Chinese", "预算节省计划")]
    [InlineData("Hindi", "नमस्ते बजट")]
    [InlineData("Emoji", "👍🎉")]
    public void Script_IsInTheTextLayerInLogicalOrder(string script, string text)
    {
        var pdf = Kit.Render(c => c.Page(p => p.SimplePage().Text($"{script}: {text} end")));

        Assert.Equal($"{script}: {text} end", PdfReadingText.Of(pdf).Single());
    }

    [Theory]
    [InlineData("مرحبا بالعالم")]
    [InlineData("שלום עולם")]
    public void RightToLeftPhrase_FollowedByAFullStop_HasItOnItsRight_AndKeepsTheSpaceAfter(string phrase)
    {
        var pdf = Kit.Render(c => c.Page(p => p.SimplePage().Text($"Said: {phrase}. Then more")));

        Assert.Equal($"Said: {phrase}. Then more", PdfReadingText.Of(pdf).Single());
        using var document = Kit.Open(pdf);
        var letters = document.GetPage(1).Letters;
        var stop = letters.Single(l => l.Value == ".");
        var phraseLetters = letters.Where(l => l.Value.Any(c => c > 0x7F)).ToList();
        Assert.NotEmpty(phraseLetters);
        Assert.True(phraseLetters.All(l => l.BoundingBox.Right <= stop.BoundingBox.Left + 0.5), "the full stop is drawn inside or left of the phrase");
        Assert.True(letters.Single(l => l.Value == "T").BoundingBox.Left - stop.BoundingBox.Right > 1, "no space between the full stop and the next word");
    }

    [Fact]
    public void CharacterNoFontHas_IsReportedByName()
    {
        var logger = new ListLogger();
        var renderer = new SkiaPdfRenderer(TestFonts.Options, logger);

        renderer.Render(new TextDocument("Unassigned \u0378 here"));

        var warning = Assert.Single(logger.Messages);
        Assert.Contains("U+0378", warning, StringComparison.Ordinal);
    }

    private sealed class TextDocument(string text) : IDocument
    {
        public DocumentMetadata GetMetadata() => new() { Title = "Scripts" };

        public void Compose(IDocumentContainer container) => container.Page(p => p.SimplePage().Text(text));
    }

    /// <summary>Keeps what is logged, for the tests to read.</summary>
    private sealed class ListLogger : ILogger
    {
        public List<string> Messages { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Messages.Add(formatter(state, exception));
    }
}
