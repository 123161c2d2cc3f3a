using System.Globalization;
using System.Text;

namespace CouncilProposals.Pdf.Rendering;

/// <summary>
/// Adds a document outline (bookmarks) and catalog entries (the document's language, viewer preferences) to a
/// finished PDF, which SkiaSharp cannot write itself, by appending a PDF incremental update.
/// </summary>
/// <remarks>
/// The contract: given a complete PDF as SkiaSharp writes it (see <see cref="PdfStructure"/>) and bookmarks whose
/// page indexes count from 0, <see cref="Append"/> leaves every original byte as it was and appends new outline
/// objects, a new version of the catalog that points at them (<c>/Outlines</c>, <c>/PageMode /UseOutlines</c>), a
/// cross-reference section for just those objects and a trailer whose <c>/Prev</c> chains to the original one.
/// Catalog entries given (such as <c>/Lang (en-GB)</c>) go into that new catalog too. With no bookmarks and no
/// entries it appends nothing. A PDF of any other shape throws <see cref="PdfStructureException"/>
/// naming what it could not find, before anything is written.
/// </remarks>
internal static class IncrementalOutline
{
    public static void Append(MemoryStream pdf, IReadOnlyList<PdfBookmark> bookmarks, string? catalogEntries = null)
    {
        if (bookmarks.Count == 0 && string.IsNullOrEmpty(catalogEntries))
        {
            return;
        }

        var structure = PdfStructure.Read(Encoding.Latin1.GetString(pdf.GetBuffer(), 0, (int)pdf.Length));
        var outlineRoot = structure.Size;
        var catalog = structure.Catalog[..structure.Catalog.LastIndexOf(">>", StringComparison.Ordinal)]
            + (string.IsNullOrEmpty(catalogEntries) ? string.Empty : $" {catalogEntries}")
            + (bookmarks.Count == 0 ? " >>" : $" /Outlines {outlineRoot} 0 R /PageMode /UseOutlines >>");
        List<(int Number, string Body)> objects =
        [
            (structure.Root, catalog),
            .. bookmarks.Count == 0 ? [] : new OutlineTree(bookmarks).Objects(outlineRoot, b => Destination(structure.Pages, b)),
        ];

        var update = Update(objects, pdf.Length, structure, size: bookmarks.Count == 0 ? structure.Size : outlineRoot + 1 + bookmarks.Count);
        pdf.Seek(0, SeekOrigin.End);
        pdf.Write(Encoding.Latin1.GetBytes(update));
    }

    /// <summary>The page and the height on it, in PDF coordinates (from the page's foot), that a bookmark opens at.</summary>
    private static string Destination(IReadOnlyList<PdfPageObject> pages, PdfBookmark bookmark)
    {
        var page = pages[Math.Clamp(bookmark.PageIndex, 0, pages.Count - 1)];
        var top = page.Height - bookmark.Top;
        return string.Create(CultureInfo.InvariantCulture, $"[{page.Number} 0 R /XYZ 0 {top:0.##} 0]");
    }

    /// <summary>The appended bytes: the objects, their cross-reference section and a trailer chained to the original.</summary>
    private static string Update(List<(int Number, string Body)> objects, long length, PdfStructure original, int size)
    {
        var update = new StringBuilder("\n");
        var position = length + 1;
        var offsets = new List<(int Number, long Offset)>();
        foreach (var (number, body) in objects)
        {
            var chunk = $"{number} 0 obj\n{body}\nendobj\n";
            offsets.Add((number, position));
            update.Append(chunk);
            position += Encoding.Latin1.GetByteCount(chunk);
        }

        update.Append("xref\n");
        foreach (var (number, offset) in offsets.OrderBy(o => o.Number))
        {
            update.Append(CultureInfo.InvariantCulture, $"{number} 1\n{offset:0000000000} 00000 n \n");
        }

        AppendTrailer(update, original, size, xrefAt: position);
        return update.ToString();
    }

    private static void AppendTrailer(StringBuilder update, PdfStructure original, int size, long xrefAt)
    {
        update.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {size} /Root {original.Root} 0 R");
        if (original.Info is not null)
        {
            update.Append(CultureInfo.InvariantCulture, $" /Info {original.Info} 0 R");
        }

        if (original.Id is not null)
        {
            update.Append(' ').Append(original.Id);
        }

        update.Append(CultureInfo.InvariantCulture, $" /Prev {original.StartXref} >>\nstartxref\n{xrefAt}\n%%EOF\n");
    }
}
