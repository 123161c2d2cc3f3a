using SkiaSharp;

namespace CouncilProposals.Pdf.Fonts;

/// <summary>
/// A run of text shaped by HarfBuzz in one typeface: glyphs with their positions from the run's start, and for each
/// glyph the byte offset in the UTF-8 text of the characters it draws (its cluster). Glyphs are kept in logical
/// order, even in a right-to-left run whose positions go leftwards, so the PDF's text layer reads in logical order.
/// </summary>
internal sealed record ShapedText(ushort[] Glyphs, SKPoint[] Positions, uint[] Clusters, byte[] Utf8, float Width)
{
    public static readonly ShapedText Empty = new([], [], [], [], 0);
}
