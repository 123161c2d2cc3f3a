using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CouncilProposals.Pdf.Rendering;

/// <summary>A bookmark: its title, its depth, and where it points (page index, distance from the page's top).</summary>
public sealed record PdfBookmark(string Title, int Level, int PageIndex, float Top);

/// <summary>
/// Adds a document outline (bookmarks) to a finished PDF by appending an incremental update: new outline
/// objects, a new catalog that points at them, and a cross-reference section chained to the original one.
/// The original bytes are left untouched, so the update is cheap and safe.
/// </summary>
public static partial class PdfOutlineWriter
{
    public static void Append(MemoryStream pdf, IReadOnlyList<PdfBookmark> bookmarks)
    {
        var text = Encoding.Latin1.GetString(pdf.GetBuffer(), 0, (int)pdf.Length);
        var startXref = int.Parse(StartXrefPattern().Matches(text)[^1].Groups[1].Value, CultureInfo.InvariantCulture);
        var trailer = text[text.LastIndexOf("trailer", StringComparison.Ordinal)..];
        var size = Number(trailer, SizePattern());
        var root = Number(trailer, RootPattern());
        var info = InfoPattern().Match(trailer) is { Success: true } infoMatch ? infoMatch.Groups[1].Value : null;
        var id = IdPattern().Match(trailer) is { Success: true } idMatch ? idMatch.Value : null;
        var offsets = ReadXref(text, startXref);

        var catalog = Body(text, offsets[root]);
        var pages = new List<int>();
        CollectPages(text, offsets, Number(catalog, PagesPattern()), pages);

        var objects = new List<(int Number, string Body)>();
        var outlineRoot = size;
        var first = size + 1;
        var items = Tree(bookmarks);
        var heights = pages.Select(p => MediaBoxHeight(Body(text, offsets[p]))).ToList();
        objects.Add((outlineRoot, $"<< /Type /Outlines /First {first + items.Roots[0]} 0 R /Last {first + items.Roots[^1]} 0 R /Count {bookmarks.Count} >>"));
        for (var i = 0; i < bookmarks.Count; i++)
        {
            var bookmark = bookmarks[i];
            var page = pages[Math.Clamp(bookmark.PageIndex, 0, pages.Count - 1)];
            var top = heights[Math.Clamp(bookmark.PageIndex, 0, pages.Count - 1)] - bookmark.Top;
            var body = new StringBuilder()
                .Append(CultureInfo.InvariantCulture, $"<< /Title {PdfString(bookmark.Title)} /Parent {(items.Parent[i] < 0 ? outlineRoot : first + items.Parent[i])} 0 R")
                .Append(CultureInfo.InvariantCulture, $" /Dest [{page} 0 R /XYZ 0 {top:0.##} 0]");
            if (items.Previous[i] >= 0)
            {
                body.Append(CultureInfo.InvariantCulture, $" /Prev {first + items.Previous[i]} 0 R");
            }

            if (items.Next[i] >= 0)
            {
                body.Append(CultureInfo.InvariantCulture, $" /Next {first + items.Next[i]} 0 R");
            }

            if (items.Children[i].Count > 0)
            {
                body.Append(CultureInfo.InvariantCulture, $" /First {first + items.Children[i][0]} 0 R /Last {first + items.Children[i][^1]} 0 R /Count {items.Children[i].Count}");
            }

            objects.Add((first + i, body.Append(" >>").ToString()));
        }

        var catalogBody = catalog[..catalog.LastIndexOf(">>", StringComparison.Ordinal)] + $" /Outlines {outlineRoot} 0 R /PageMode /UseOutlines >>";
        objects.Insert(0, (root, catalogBody));

        var update = new StringBuilder("\n");
        var position = pdf.Length + 1;
        var newOffsets = new List<(int Number, long Offset)>();
        foreach (var (number, body) in objects)
        {
            var chunk = $"{number} 0 obj\n{body}\nendobj\n";
            newOffsets.Add((number, position));
            update.Append(chunk);
            position += Encoding.Latin1.GetByteCount(chunk);
        }

        var xrefAt = position;
        update.Append("xref\n");
        foreach (var (number, offset) in newOffsets.OrderBy(o => o.Number))
        {
            update.Append(CultureInfo.InvariantCulture, $"{number} 1\n{offset:0000000000} 00000 n \n");
        }

        update.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {first + bookmarks.Count} /Root {root} 0 R");
        if (info is not null)
        {
            update.Append(CultureInfo.InvariantCulture, $" /Info {info} 0 R");
        }

        if (id is not null)
        {
            update.Append(' ').Append(id);
        }

        update.Append(CultureInfo.InvariantCulture, $" /Prev {startXref} >>\nstartxref\n{xrefAt}\n%%EOF\n");
        var bytes = Encoding.Latin1.GetBytes(update.ToString());
        pdf.Seek(0, SeekOrigin.End);
        pdf.Write(bytes);
    }

    /// <summary>Parent, sibling and child links of the bookmarks from their levels, in document order.</summary>
    private static OutlineTree Tree(IReadOnlyList<PdfBookmark> bookmarks)
    {
        var tree = new OutlineTree(bookmarks.Count);
        var stack = new List<int>();
        for (var i = 0; i < bookmarks.Count; i++)
        {
            var level = Math.Max(0, Math.Min(bookmarks[i].Level, stack.Count));
            stack.RemoveRange(level, stack.Count - level);
            var parent = stack.Count == 0 ? -1 : stack[^1];
            var siblings = parent < 0 ? tree.Roots : tree.Children[parent];
            if (siblings.Count > 0)
            {
                tree.Previous[i] = siblings[^1];
                tree.Next[siblings[^1]] = i;
            }

            siblings.Add(i);
            tree.Parent[i] = parent;
            stack.Add(i);
        }

        return tree;
    }

    private static Dictionary<int, int> ReadXref(string text, int startXref)
    {
        var offsets = new Dictionary<int, int>();
        var lines = text[startXref..].Split('\n');
        var i = 1;
        while (i < lines.Length && !lines[i].StartsWith("trailer", StringComparison.Ordinal))
        {
            var header = lines[i].Trim().Split(' ');
            var firstNumber = int.Parse(header[0], CultureInfo.InvariantCulture);
            var count = int.Parse(header[1], CultureInfo.InvariantCulture);
            for (var k = 0; k < count; k++)
            {
                var entry = lines[i + 1 + k];
                if (entry.Length >= 18 && entry[17] == 'n')
                {
                    offsets[firstNumber + k] = int.Parse(entry[..10], CultureInfo.InvariantCulture);
                }
            }

            i += count + 1;
        }

        return offsets;
    }

    private static void CollectPages(string text, Dictionary<int, int> offsets, int node, List<int> pages)
    {
        var body = Body(text, offsets[node]);
        if (PagesTypePattern().IsMatch(body))
        {
            foreach (Match kid in ReferencePattern().Matches(KidsPattern().Match(body).Groups[1].Value))
            {
                CollectPages(text, offsets, int.Parse(kid.Groups[1].Value, CultureInfo.InvariantCulture), pages);
            }
        }
        else
        {
            pages.Add(node);
        }
    }

    private static string Body(string text, int offset)
    {
        var start = text.IndexOf("obj", offset, StringComparison.Ordinal) + 3;
        var end = text.IndexOf("endobj", start, StringComparison.Ordinal);
        return text[start..end].Trim();
    }

    private static float MediaBoxHeight(string page) =>
        MediaBoxPattern().Match(page) is { Success: true } box ? float.Parse(box.Groups[1].Value, CultureInfo.InvariantCulture) : 842f;

    private static int Number(string text, Regex pattern) => int.Parse(pattern.Match(text).Groups[1].Value, CultureInfo.InvariantCulture);

    // UTF-16 with a byte-order mark, so any title (accents, dashes, other scripts) survives.
    private static string PdfString(string value)
    {
        var bytes = Encoding.BigEndianUnicode.GetBytes(value);
        return "<FEFF" + Convert.ToHexString(bytes) + ">";
    }

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXrefPattern();

    [GeneratedRegex(@"/Size\s+(\d+)")]
    private static partial Regex SizePattern();

    [GeneratedRegex(@"/Root\s+(\d+)\s+0\s+R")]
    private static partial Regex RootPattern();

    [GeneratedRegex(@"/Info\s+(\d+)\s+0\s+R")]
    private static partial Regex InfoPattern();

    [GeneratedRegex(@"/ID\s*\[[^\]]*\]")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"/Pages\s+(\d+)\s+0\s+R")]
    private static partial Regex PagesPattern();

    [GeneratedRegex(@"/Type\s*/Pages\b")]
    private static partial Regex PagesTypePattern();

    [GeneratedRegex(@"/Kids\s*\[([^\]]*)\]")]
    private static partial Regex KidsPattern();

    [GeneratedRegex(@"(\d+)\s+0\s+R")]
    private static partial Regex ReferencePattern();

    [GeneratedRegex(@"/MediaBox\s*\[\s*[-\d.]+\s+[-\d.]+\s+[-\d.]+\s+([-\d.]+)\s*\]")]
    private static partial Regex MediaBoxPattern();

    private sealed class OutlineTree(int count)
    {
        public List<int> Roots { get; } = [];

        public int[] Parent { get; } = new int[count];

        public int[] Previous { get; } = Enumerable.Repeat(-1, count).ToArray();

        public int[] Next { get; } = Enumerable.Repeat(-1, count).ToArray();

        public List<int>[] Children { get; } = Enumerable.Range(0, count).Select(_ => new List<int>()).ToArray();
    }
}
