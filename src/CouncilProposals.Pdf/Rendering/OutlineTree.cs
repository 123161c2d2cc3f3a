using System.Globalization;
using System.Text;

namespace CouncilProposals.Pdf.Rendering;

/// <summary>A bookmark: its title, its depth, and where it points (page index, distance from the page's top).</summary>
internal sealed record PdfBookmark(string Title, int Level, int PageIndex, float Top);

/// <summary>
/// The outline of a document as PDF dictionaries: parent, sibling and child links worked out from the bookmarks'
/// levels in document order. A level deeper than the one before it by more than one is taken as one deeper.
/// </summary>
internal sealed class OutlineTree
{
    private readonly IReadOnlyList<PdfBookmark> _bookmarks;
    private readonly List<int> _roots = [];
    private readonly int[] _parent;
    private readonly int[] _previous;
    private readonly int[] _next;
    private readonly List<int>[] _children;

    public OutlineTree(IReadOnlyList<PdfBookmark> bookmarks)
    {
        _bookmarks = bookmarks.Count > 0 ? bookmarks : throw new ArgumentException("An outline needs at least one bookmark.", nameof(bookmarks));
        _parent = new int[bookmarks.Count];
        _previous = Enumerable.Repeat(-1, bookmarks.Count).ToArray();
        _next = Enumerable.Repeat(-1, bookmarks.Count).ToArray();
        _children = Enumerable.Range(0, bookmarks.Count).Select(_ => new List<int>()).ToArray();
        Link();
    }

    /// <summary>
    /// The outline dictionaries: the root as object <paramref name="rootNumber"/> and bookmark i as
    /// <c>rootNumber + 1 + i</c>, each pointing at the destination <paramref name="destination"/> gives it.
    /// </summary>
    public IEnumerable<(int Number, string Body)> Objects(int rootNumber, Func<PdfBookmark, string> destination)
    {
        var first = rootNumber + 1;
        yield return (rootNumber, $"<< /Type /Outlines /First {first + _roots[0]} 0 R /Last {first + _roots[^1]} 0 R /Count {_bookmarks.Count} >>");
        for (var i = 0; i < _bookmarks.Count; i++)
        {
            yield return (first + i, Item(i, rootNumber, destination(_bookmarks[i])));
        }
    }

    private string Item(int i, int rootNumber, string destination)
    {
        var first = rootNumber + 1;
        var body = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<< /Title {PdfString(_bookmarks[i].Title)} /Parent {(_parent[i] < 0 ? rootNumber : first + _parent[i])} 0 R")
            .Append(CultureInfo.InvariantCulture, $" /Dest {destination}");
        if (_previous[i] >= 0)
        {
            body.Append(CultureInfo.InvariantCulture, $" /Prev {first + _previous[i]} 0 R");
        }

        if (_next[i] >= 0)
        {
            body.Append(CultureInfo.InvariantCulture, $" /Next {first + _next[i]} 0 R");
        }

        if (_children[i].Count > 0)
        {
            body.Append(CultureInfo.InvariantCulture, $" /First {first + _children[i][0]} 0 R /Last {first + _children[i][^1]} 0 R /Count {_children[i].Count}");
        }

        return body.Append(" >>").ToString();
    }

    private void Link()
    {
        var stack = new List<int>();
        for (var i = 0; i < _bookmarks.Count; i++)
        {
            var level = Math.Max(0, Math.Min(_bookmarks[i].Level, stack.Count));
            stack.RemoveRange(level, stack.Count - level);
            var parent = stack.Count == 0 ? -1 : stack[^1];
            var siblings = parent < 0 ? _roots : _children[parent];
            if (siblings.Count > 0)
            {
                _previous[i] = siblings[^1];
                _next[siblings[^1]] = i;
            }

            siblings.Add(i);
            _parent[i] = parent;
            stack.Add(i);
        }
    }

    // UTF-16 with a byte-order mark, so any title (accents, dashes, other scripts) survives.
    private static string PdfString(string value) => "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(value)) + ">";
}
