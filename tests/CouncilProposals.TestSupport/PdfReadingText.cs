using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace CouncilProposals.TestSupport;

/// <summary>
/// What a reader copies from a PDF, as opposed to the words PdfPig groups by position. Shared as source by the PDF
/// kit's tests and the app's tests, which do not reference each other.
/// </summary>
public static class PdfReadingText
{
    /// <summary>
    /// The text of each page as a reader copies it: letters in the order they are drawn (the content stream), a
    /// cluster of glyphs marked with the characters it stands for (/ActualText, as for a Bengali conjunct) read as
    /// those characters, and compatibility forms (Arabic joining forms) read as the letters they are (NFKC).
    /// </summary>
    public static List<string> Of(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
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
}
