using System.Text;

namespace CouncilProposals.Domain.Proposals.Versions;

public enum DiffKind
{
    Same,
    Removed,
    Added,
}

/// <summary>A run of text that both versions share, or that one removed or added.</summary>
public sealed record DiffSegment(DiffKind Kind, string Text);

/// <summary>
/// Word by word differences between two texts, for showing an editor's change without printing both texts whole.
/// Words, runs of spaces and single punctuation marks are the units. The common start and end are cut off first,
/// so one changed word in a long answer costs almost nothing; what is left is compared with a longest common
/// subsequence, up to <see cref="MaxCells"/> cells, beyond which the middle is shown as removed and added whole.
/// </summary>
public static class WordDiff
{
    /// <summary>The largest table the comparison fills (rows × columns of the changed middle): 2 MB of memory.</summary>
    public const int MaxCells = 1_000_000;

    public static IReadOnlyList<DiffSegment> Compare(string? before, string? after)
    {
        // Line breaks as typed in a browser (CR LF) or stored (LF) are the same break.
        var old = Tokens((before ?? string.Empty).ReplaceLineEndings("\n"));
        var @new = Tokens((after ?? string.Empty).ReplaceLineEndings("\n"));

        var prefix = 0;
        while (prefix < old.Count && prefix < @new.Count && old[prefix] == @new[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < old.Count - prefix && suffix < @new.Count - prefix && old[^(suffix + 1)] == @new[^(suffix + 1)])
        {
            suffix++;
        }

        var units = new List<(DiffKind Kind, string Text)>(old.Count + @new.Count);
        units.AddRange(old.Take(prefix).Select(t => (DiffKind.Same, t)));
        units.AddRange(Middle(old.GetRange(prefix, old.Count - prefix - suffix), @new.GetRange(prefix, @new.Count - prefix - suffix)));
        units.AddRange(old.Skip(old.Count - suffix).Select(t => (DiffKind.Same, t)));
        return Group(units);
    }

    /// <summary>True when the texts differ only in spaces at their ends, or not at all.</summary>
    public static bool Unchanged(IReadOnlyList<DiffSegment> segments) => segments.All(s => s.Kind == DiffKind.Same);

    /// <summary>
    /// The segments with long unchanged stretches cut to <paramref name="context"/> units (words, spaces, marks) on
    /// each side of a change, and "…" for what was left out, so one changed word in a long answer reads in a line.
    /// </summary>
    public static IReadOnlyList<DiffSegment> Shorten(IReadOnlyList<DiffSegment> segments, int context = 24)
    {
        var shortened = new List<DiffSegment>(segments.Count);
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            var tokens = segment.Kind == DiffKind.Same ? Tokens(segment.Text) : null;
            if (tokens is null || segments.Count == 1)
            {
                shortened.Add(segment);
                continue;
            }

            bool first = i == 0, last = i == segments.Count - 1;
            var keep = (first ? 0 : context) + (last ? 0 : context);
            if (tokens.Count <= keep + 2)
            {
                shortened.Add(segment);
                continue;
            }

            var head = first ? string.Empty : string.Concat(tokens.Take(context));
            var tail = last ? string.Empty : string.Concat(tokens.Skip(tokens.Count - context));
            shortened.Add(new DiffSegment(DiffKind.Same, $"{head}…{tail}"));
        }

        return shortened;
    }

    /// <summary>Words (letters and digits, with apostrophes inside), runs of white space, single other characters.</summary>
    internal static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            if (char.IsWhiteSpace(text[i]))
            {
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }
            }
            else if (char.IsLetterOrDigit(text[i]))
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (IsApostrophe(text[i]) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
                {
                    i++;
                }
            }
            else
            {
                i += char.IsSurrogatePair(text, i) ? 2 : 1;
            }

            tokens.Add(text[start..i]);
        }

        return tokens;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static IEnumerable<(DiffKind, string)> Middle(List<string> old, List<string> @new)
    {
        if (old.Count == 0 || @new.Count == 0 || (long)old.Count * @new.Count > MaxCells)
        {
            return old.Select(t => (DiffKind.Removed, t)).Concat(@new.Select(t => (DiffKind.Added, t)));
        }

        return Lcs(old, @new);
    }

    /// <summary>The classic table of common-subsequence lengths from each pair of positions to the end, then one walk.</summary>
    private static List<(DiffKind, string)> Lcs(List<string> old, List<string> @new)
    {
        int rows = old.Count, columns = @new.Count, width = columns + 1;

        // The middle is at most MaxCells, so no length exceeds 1,000 in either direction of a square, nor 65,535 at all.
        var lengths = new ushort[(rows + 1) * width];
        for (var i = rows - 1; i >= 0; i--)
        {
            for (var j = columns - 1; j >= 0; j--)
            {
                lengths[(i * width) + j] = old[i] == @new[j]
                    ? (ushort)(lengths[((i + 1) * width) + j + 1] + 1)
                    : Math.Max(lengths[((i + 1) * width) + j], lengths[(i * width) + j + 1]);
            }
        }

        var units = new List<(DiffKind, string)>(rows + columns);
        int r = 0, c = 0;
        while (r < rows && c < columns)
        {
            if (old[r] == @new[c])
            {
                units.Add((DiffKind.Same, old[r++]));
                c++;
            }
            else if (lengths[((r + 1) * width) + c] >= lengths[(r * width) + c + 1])
            {
                units.Add((DiffKind.Removed, old[r++]));
            }
            else
            {
                units.Add((DiffKind.Added, @new[c++]));
            }
        }

        units.AddRange(old.Skip(r).Select(t => (DiffKind.Removed, t)));
        units.AddRange(@new.Skip(c).Select(t => (DiffKind.Added, t)));
        return units;
    }

    /// <summary>
    /// Joins the units into segments. Spaces between two changes belong to the change, so "cat sat" becoming
    /// "dog ran" reads as one removal and one addition rather than four pieces.
    /// </summary>
    private static List<DiffSegment> Group(List<(DiffKind Kind, string Text)> units)
    {
        var segments = new List<DiffSegment>();
        var same = new StringBuilder();
        var removed = new StringBuilder();
        var added = new StringBuilder();
        var i = 0;
        while (i < units.Count)
        {
            if (units[i].Kind == DiffKind.Same)
            {
                same.Append(units[i++].Text);
                continue;
            }

            Flush(segments, DiffKind.Same, same);
            while (i < units.Count)
            {
                if (units[i].Kind == DiffKind.Removed)
                {
                    removed.Append(units[i++].Text);
                }
                else if (units[i].Kind == DiffKind.Added)
                {
                    added.Append(units[i++].Text);
                }
                else if (IsSpace(units[i].Text) && i + 1 < units.Count && units[i + 1].Kind != DiffKind.Same)
                {
                    removed.Append(units[i].Text);
                    added.Append(units[i++].Text);
                }
                else
                {
                    break;
                }
            }

            Flush(segments, DiffKind.Removed, removed);
            Flush(segments, DiffKind.Added, added);
        }

        Flush(segments, DiffKind.Same, same);
        return segments;
    }

    private static bool IsSpace(string token) => token.Length > 0 && char.IsWhiteSpace(token[0]);

    private static void Flush(List<DiffSegment> segments, DiffKind kind, StringBuilder text)
    {
        if (text.Length > 0)
        {
            segments.Add(new DiffSegment(kind, text.ToString()));
            text.Clear();
        }
    }
}
