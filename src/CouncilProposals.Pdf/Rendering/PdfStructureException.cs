namespace CouncilProposals.Pdf.Rendering;

/// <summary>
/// The PDF that SkiaSharp wrote is not of the shape the bookmark writer reads (see <c>docs/pdf-kit.md</c>), so no
/// outline could be added: most likely a SkiaSharp upgrade changed its output. The message names what was missing.
/// </summary>
public sealed class PdfStructureException : Exception
{
    public PdfStructureException(string message)
        : base(message)
    {
    }

    public PdfStructureException()
    {
    }

    public PdfStructureException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal static PdfStructureException Missing(string what) => new(
        $"Cannot add bookmarks to the PDF: could not find {what}. "
        + "SkiaSharp's PDF output is no longer of the shape PdfStructure reads; check it after a SkiaSharp upgrade.");
}
