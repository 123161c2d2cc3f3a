using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace CouncilProposals.TestSupport;

/// <summary>What a reader of a PDF sees: the text of each page in the order it was drawn, white space folded.</summary>
public sealed class PdfText
{
    private PdfText(IReadOnlyList<string> pages) => Pages = pages;

    public IReadOnlyList<string> Pages { get; }

    public string All => string.Join(' ', Pages);

    /// <summary>The pages' text without the furniture of each page (footer and watermark), as one flow.</summary>
    public string Body(string footerText) => string.Join(' ', Pages.Select(page =>
    {
        var footer = page.LastIndexOf(footerText + " Page ", StringComparison.Ordinal);
        return footer < 0 ? page : page[..footer];
    }));

    public static PdfText Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return new PdfText(document.GetPages().Select(p => HtmlPage.Fold(ContentOrderTextExtractor.GetText(p))).ToList());
    }

    /// <summary>Text without white space: a line may break inside "Savings/Income", so compare without spaces.</summary>
    public static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>The 1-based number of the first page whose text contains <paramref name="text"/>.</summary>
    public int PageOf(string text) => Pages.Select((page, index) => (page, index)).First(p => Squash(p.page).Contains(Squash(text), StringComparison.Ordinal)).index + 1;
}
