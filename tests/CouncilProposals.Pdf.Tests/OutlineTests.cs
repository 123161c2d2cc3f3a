using System.Text;
using CouncilProposals.Pdf.Rendering;
using SkiaSharp;
using UglyToad.PdfPig.Outline;

namespace CouncilProposals.Pdf.Tests;

/// <summary>
/// The bookmark writer reads SkiaSharp's output. These tests say at once, with what was missing, if a SkiaSharp
/// upgrade changes that output, rather than letting bookmarks go wrong silently.
/// </summary>
public sealed class OutlineTests
{
    private const string Catalog = "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n";

    [Fact]
    public void SkiaSharpOutput_IsReadable()
    {
        var pdf = SkiaPdf(out var sizes);

        var structure = PdfStructure.Read(Encoding.Latin1.GetString(pdf.ToArray()));

        Assert.Equal(sizes.Select(s => s.Height), structure.Pages.Select(p => p.Height));
        Assert.Equal(sizes.Length, structure.Pages.Select(p => p.Number).Distinct().Count());
        Assert.Contains("/Type /Catalog", structure.Catalog, StringComparison.Ordinal);
        Assert.True(structure.Size > structure.Root);
        Assert.NotNull(structure.Info);
    }

    [Fact]
    public void Append_ToSkiaSharpOutput_AddsTheOutlineAndKeepsTheOriginalBytes()
    {
        var pdf = SkiaPdf(out _);
        var original = pdf.ToArray();

        IncrementalOutline.Append(pdf, [new("First", 0, 0, 10), new("Nested", 1, 1, 20), new("Last", 0, 2, 30)]);

        Assert.Equal(original, pdf.ToArray()[..original.Length]);
        using var document = Kit.Open(pdf.ToArray());
        Assert.Equal(3, document.NumberOfPages);
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var roots = bookmarks.Roots.Cast<DocumentBookmarkNode>().ToList();
        Assert.Equal(["First", "Last"], roots.Select(r => r.Title));
        Assert.Equal([1, 3], roots.Select(r => r.PageNumber));
        Assert.Equal(2, Assert.Single(roots[0].Children.Cast<DocumentBookmarkNode>()).PageNumber);
    }

    [Fact]
    public void Append_WithNoBookmarks_AppendsNothing()
    {
        var pdf = new MemoryStream(Encoding.Latin1.GetBytes("not a PDF at all"));

        IncrementalOutline.Append(pdf, []);

        Assert.Equal(16, pdf.Length);
    }

    [Theory]
    [InlineData("%PDF-1.4\n" + Catalog + "%%EOF\n", "could not find a 'startxref' line")]
    [InlineData("%PDF-1.5\n" + Catalog + "3 0 obj\n<< /Type /XRef /Size 4 /Root 1 0 R >>\nstream\nendstream\nendobj\nstartxref\n58\n%%EOF\n", "could not find a cross-reference table ('xref') at offset 58")]
    [InlineData("%PDF-1.4\n" + Catalog + "xref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n<< /Size 2 >>\nstartxref\n58\n%%EOF\n", "could not find /Root in the trailer")]
    [InlineData("%PDF-1.4\n" + Catalog + "xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 2 /Root 1 0 R >>\nstartxref\n58\n%%EOF\n", "could not find object 1, the catalog (/Root), in the cross-reference table")]
    [InlineData("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\nxref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n<< /Size 2 /Root 1 0 R >>\nstartxref\n45\n%%EOF\n", "could not find /Pages in the catalog")]
    [InlineData("%PDF-1.4\n" + Catalog + "xref\nzero two\ntrailer\n<< /Size 2 /Root 1 0 R >>\nstartxref\n58\n%%EOF\n", "could not find a cross-reference subsection header")]
    public void Append_ToAPdfOfAnotherShape_FailsNamingWhatIsMissing_AndWritesNothing(string pdfText, string expected)
    {
        var pdf = new MemoryStream();
        pdf.Write(Encoding.Latin1.GetBytes(pdfText));

        var error = Assert.Throws<PdfStructureException>(() => IncrementalOutline.Append(pdf, [new("Part", 0, 0, 0)]));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("SkiaSharp", error.Message, StringComparison.Ordinal);
        Assert.Equal(pdfText.Length, pdf.Length);
    }

    /// <summary>A PDF straight from SkiaSharp: three pages, the last one landscape.</summary>
    private static MemoryStream SkiaPdf(out SKSize[] sizes)
    {
        sizes = [new(600, 800), new(600, 800), new(800, 600)];
        var pdf = new MemoryStream();
        using (var document = SKDocument.CreatePdf(pdf, new SKDocumentPdfMetadata { Title = "Outline test" }))
        {
            using var font = new SKFont(SKTypeface.Default, 12);
            using var paint = new SKPaint();
            foreach (var size in sizes)
            {
                document.BeginPage(size.Width, size.Height).DrawText("Page", 40, 40, font, paint);
                document.EndPage();
            }

            document.Close();
        }

        return pdf;
    }
}
