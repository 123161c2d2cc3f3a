using CouncilProposals.Pdf.Fluent;
using CouncilProposals.Pdf.Rendering;
using UglyToad.PdfPig;

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
