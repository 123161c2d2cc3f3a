using System.Text;
using CouncilProposals.Pdf.Fluent;
using CouncilProposals.Pdf.Rendering;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace CouncilProposals.Pdf.Tests;

/// <summary>Renders small documents for the tests and reads them back with PdfPig.</summary>
internal static class Kit
{
    public static readonly SkiaPdfRenderer Renderer = new(TestFonts.Options);

    public static byte[] Render(Action<IDocumentContainer> compose, DocumentMetadata? metadata = null) =>
        Renderer.Render(new LambdaDocument(compose, metadata ?? new DocumentMetadata { Title = "Test" }));

    public static DocumentLayout Measure(Action<IDocumentContainer> compose) =>
        Renderer.Measure(new LambdaDocument(compose, new DocumentMetadata()));

    public static PdfDocument Open(byte[] pdf) => PdfDocument.Open(pdf);

    /// <summary>The text of each page, words joined by single spaces.</summary>
    public static List<string> PageTexts(byte[] pdf)
    {
        using var document = Open(pdf);
        return document.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))).ToList();
    }

    /// <summary>
    /// The text of each page as a reader copies it: letters in the order they are drawn (the content stream), a
    /// cluster of glyphs marked with the characters it stands for (/ActualText, as for a Bengali conjunct) read as
    /// those characters, and compatibility forms (Arabic joining forms) read as the letters they are (NFKC).
    /// </summary>
    public static List<string> ReadingText(byte[] pdf)
    {
        using var document = Open(pdf);
        return document.GetPages().Select(PageReadingText).ToList();
    }

    private static string PageReadingText(Page page)
    {
        var spans = new Dictionary<(string, double, double), MarkedContentElement>();
        foreach (var span in Flatten(page.GetMarkedContents()).Where(m => m.ActualText is not null))
        {
            foreach (var letter in span.Letters)
            {
                spans[Key(letter)] = span;
            }
        }

        var text = new StringBuilder();
        var emitted = new HashSet<MarkedContentElement>();
        foreach (var letter in page.Letters)
        {
            if (!spans.TryGetValue(Key(letter), out var span))
            {
                text.Append(letter.Value);
            }
            else if (emitted.Add(span))
            {
                text.Append(span.ActualText);
            }
        }

        return text.ToString().Normalize(NormalizationForm.FormKC);
    }

    private static (string, double, double) Key(Letter letter) => (letter.Value, letter.StartBaseLine.X, letter.StartBaseLine.Y);

    private static IEnumerable<MarkedContentElement> Flatten(IEnumerable<MarkedContentElement> elements) =>
        elements.SelectMany(e => Flatten(e.Children).Prepend(e));

    public static IContainer SimplePage(this PageDescriptor page)
    {
        page.Size(PageSizes.A4);
        page.Margin(40);
        return page.Content();
    }

    private sealed class LambdaDocument(Action<IDocumentContainer> compose, DocumentMetadata metadata) : IDocument
    {
        public DocumentMetadata GetMetadata() => metadata;

        public void Compose(IDocumentContainer container) => compose(container);
    }
}
