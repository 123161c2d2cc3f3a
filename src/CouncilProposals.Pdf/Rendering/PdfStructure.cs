using System.Globalization;
using System.Text.RegularExpressions;

namespace CouncilProposals.Pdf.Rendering;

/// <summary>A page of a finished PDF: its object number and the height of its media box.</summary>
internal sealed record PdfPageObject(int Number, float Height);

/// <summary>
/// What an incremental update needs to know of a finished PDF as SkiaSharp writes it: the last cross-reference
/// table (a classic <c>xref</c> table, not a stream), its trailer (/Size, /Root, /Info, /ID), the catalog and the
/// pages in order. It reads only that shape. Anything else, such as a cross-reference stream or a trailer without
/// a root, is a <see cref="PdfStructureException"/> that names what was missing, never a wrong guess.
/// </summary>
internal sealed partial class PdfStructure
{
    private readonly string _text;
    private readonly Dictionary<int, int> _offsets;

    private PdfStructure(string text, int startXref)
    {
        _text = text;
        StartXref = startXref;
        _offsets = CrossReferenceTable.Read(text, startXref);
        var trailer = Trailer(text);
        Size = Entry(trailer, "Size") ?? throw PdfStructureException.Missing("/Size in the trailer");
        Root = Entry(trailer, "Root") ?? throw PdfStructureException.Missing("/Root in the trailer");
        Info = Entry(trailer, "Info")?.ToString(CultureInfo.InvariantCulture);
        Id = IdPattern().Match(trailer) is { Success: true } id ? id.Value : null;
        Catalog = Body(Root, "the catalog (/Root)");
        var pages = new List<PdfPageObject>();
        CollectPages(Entry(Catalog, "Pages") ?? throw PdfStructureException.Missing("/Pages in the catalog"), pages);
        Pages = pages.Count > 0 ? pages : throw PdfStructureException.Missing("any page in the page tree");
    }

    /// <summary>Where the last cross-reference section starts: the update's /Prev.</summary>
    public int StartXref { get; }

    /// <summary>The trailer's /Size: the first object number free for new objects.</summary>
    public int Size { get; }

    /// <summary>The catalog's object number.</summary>
    public int Root { get; }

    /// <summary>The document information dictionary's object number, when there is one.</summary>
    public string? Info { get; }

    /// <summary>The trailer's whole <c>/ID [...]</c> entry, when there is one.</summary>
    public string? Id { get; }

    /// <summary>The catalog dictionary, <c>&lt;&lt; ... &gt;&gt;</c>.</summary>
    public string Catalog { get; }

    public IReadOnlyList<PdfPageObject> Pages { get; }

    [GeneratedRegex(@"/ID\s*\[[^\]]*\]")]
    private static partial Regex IdPattern();

    /// <summary>Reads a PDF's text (Latin-1, one character per byte).</summary>
    /// <exception cref="PdfStructureException">The PDF is not of the shape described above.</exception>
    public static PdfStructure Read(string text)
    {
        var startXref = StartXrefPattern().Matches(text) is { Count: > 0 } matches
            ? int.Parse(matches[^1].Groups[1].Value, CultureInfo.InvariantCulture)
            : throw PdfStructureException.Missing("a 'startxref' line saying where the cross-reference section starts");
        return new PdfStructure(text, startXref);
    }

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXrefPattern();

    private static string Trailer(string text)
    {
        var at = text.LastIndexOf("trailer", StringComparison.Ordinal);
        return at >= 0 ? text[at..] : throw PdfStructureException.Missing("a 'trailer' dictionary after the cross-reference table");
    }

    [GeneratedRegex(@"/Type\s*/Pages\b")]
    private static partial Regex PagesTypePattern();

    private void CollectPages(int node, List<PdfPageObject> pages)
    {
        var body = Body(node, "a node of the page tree");
        if (!PagesTypePattern().IsMatch(body))
        {
            pages.Add(new PdfPageObject(node, MediaBoxHeight(body)));
            return;
        }

        var kids = KidsPattern().Match(body) is { Success: true } match
            ? match.Groups[1].Value
            : throw PdfStructureException.Missing($"/Kids in the page tree node {node}");
        foreach (Match kid in ReferencePattern().Matches(kids))
        {
            CollectPages(int.Parse(kid.Groups[1].Value, CultureInfo.InvariantCulture), pages);
        }
    }

    [GeneratedRegex(@"/Kids\s*\[([^\]]*)\]")]
    private static partial Regex KidsPattern();

    [GeneratedRegex(@"(\d+)\s+0\s+R")]
    private static partial Regex ReferencePattern();

    private string Body(int number, string what)
    {
        if (!_offsets.TryGetValue(number, out var offset))
        {
            throw PdfStructureException.Missing($"object {number}, {what}, in the cross-reference table");
        }

        var start = _text.IndexOf("obj", offset, StringComparison.Ordinal);
        var end = start < 0 ? -1 : _text.IndexOf("endobj", start + 3, StringComparison.Ordinal);
        return end >= 0 ? _text[(start + 3)..end].Trim() : throw PdfStructureException.Missing($"'obj ... endobj' of object {number}, {what}, at offset {offset}");
    }

    private static float MediaBoxHeight(string page) =>
        MediaBoxPattern().Match(page) is { Success: true } box ? float.Parse(box.Groups[1].Value, CultureInfo.InvariantCulture) : 842f;

    [GeneratedRegex(@"/MediaBox\s*\[\s*[-\d.]+\s+[-\d.]+\s+[-\d.]+\s+([-\d.]+)\s*\]")]
    private static partial Regex MediaBoxPattern();

    /// <summary>The number of the first <c>/Key number</c> entry with this key (an object number for a reference, <c>/Key n 0 R</c>).</summary>
    private static int? Entry(string dictionary, string key) =>
        NumberEntryPattern().Matches(dictionary).FirstOrDefault(m => m.Groups["key"].Value == key) is { } entry
            ? int.Parse(entry.Groups["number"].Value, CultureInfo.InvariantCulture)
            : null;

    [GeneratedRegex(@"/(?<key>[A-Za-z]+)\s+(?<number>\d+)")]
    private static partial Regex NumberEntryPattern();
}
