using System.Buffers.Binary;
using CouncilProposals.Pdf.Elements;
using CouncilProposals.Pdf.Fluent;
using CouncilProposals.Pdf.Fonts;
using SkiaSharp;

namespace CouncilProposals.Pdf.Tests;

/// <summary>
/// Text is as wide as the font says: the sum of the glyphs' advance widths from the font's own tables (hmtx, in
/// units per em) times the size, as Word and Chromium set it, both when the layout measures it and in the PDF.
/// Hinted or rounded advances set text several per cent wider.
/// </summary>
public sealed class TextWidthTests
{
    // Lower-case words without kerning pairs, so the font's plain advances are the whole width.
    private const string Sample = "minimum budget in our borough";

    [Fact]
    public void MeasuredWidth_IsTheSumOfTheFontsAdvanceWidths()
    {
        using var cache = new FontCache(FontSet.Load(TestFonts.Options));
        var style = ResolvedTextStyle.Default with { Size = 9 };

        var measured = cache.Width(Sample, style);

        var expected = AdvanceWidth(cache.FontSet.Typeface(bold: false, italic: false), Sample, 9);
        Assert.InRange(measured, expected * 0.995, expected * 1.005);
    }

    [Fact]
    public void DrawnWidth_InThePdf_IsTheSumOfTheFontsAdvanceWidths()
    {
        var pdf = Kit.Render(c => c.Page(p => p.SimplePage().Text(Sample).FontSize(16)));

        using var document = Kit.Open(pdf);
        var letters = document.GetPage(1).Letters;
        var drawn = letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
        using var fonts = new FontCache(FontSet.Load(TestFonts.Options));
        var expected = AdvanceWidth(fonts.FontSet.Typeface(bold: false, italic: false), Sample, 16);
        Assert.InRange(drawn, expected * 0.995, expected * 1.005);
    }

    /// <summary>Σ advance × size ÷ units per em, read from the font file's head, hhea and hmtx tables.</summary>
    private static double AdvanceWidth(SKTypeface typeface, string text, float size)
    {
        var (unitsPerEm, advances) = Metrics(typeface);
        var glyphs = typeface.GetGlyphs(text);
        return glyphs.Sum(g => (double)advances[Math.Min(g, advances.Length - 1)]) * size / unitsPerEm;
    }

    private static (int UnitsPerEm, ushort[] Advances) Metrics(SKTypeface typeface)
    {
        var head = typeface.GetTableData(Tag("head"));
        var hhea = typeface.GetTableData(Tag("hhea"));
        var hmtx = typeface.GetTableData(Tag("hmtx"));
        var unitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(head.AsSpan(18));
        var count = BinaryPrimitives.ReadUInt16BigEndian(hhea.AsSpan(34));
        var advances = Enumerable.Range(0, count).Select(i => BinaryPrimitives.ReadUInt16BigEndian(hmtx.AsSpan(i * 4))).ToArray();
        return (unitsPerEm, advances);
    }

    private static uint Tag(string name) => (uint)((name[0] << 24) | (name[1] << 16) | (name[2] << 8) | name[3]);
}
