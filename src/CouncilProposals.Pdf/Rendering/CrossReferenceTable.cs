using System.Globalization;

namespace CouncilProposals.Pdf.Rendering;

/// <summary>Reads a classic PDF cross-reference table: the byte offset of each object in use.</summary>
internal static class CrossReferenceTable
{
    /// <summary>The offsets of the objects listed in the table at <paramref name="startXref"/>, up to its trailer.</summary>
    /// <exception cref="PdfStructureException">No table there, or a subsection header or entry that does not parse.</exception>
    public static Dictionary<int, int> Read(string text, int startXref)
    {
        if (startXref >= text.Length || !text.AsSpan(startXref).StartsWith("xref", StringComparison.Ordinal))
        {
            throw PdfStructureException.Missing(
                $"a cross-reference table ('xref') at offset {startXref}, where startxref points (a cross-reference stream is not read)");
        }

        var offsets = new Dictionary<int, int>();
        var lines = text[startXref..].Split('\n');
        var i = 1;
        while (i < lines.Length && !lines[i].StartsWith("trailer", StringComparison.Ordinal))
        {
            var (first, count) = SubsectionHeader(lines[i]);
            for (var k = 0; k < count && i + 1 + k < lines.Length; k++)
            {
                var entry = lines[i + 1 + k];
                if (entry.Length >= 18 && entry[17] == 'n')
                {
                    offsets[first + k] = int.Parse(entry[..10], CultureInfo.InvariantCulture);
                }
            }

            i += count + 1;
        }

        return i < lines.Length ? offsets : throw PdfStructureException.Missing("'trailer' at the end of the cross-reference table");
    }

    private static (int First, int Count) SubsectionHeader(string line)
    {
        var parts = line.Trim().Split(' ');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            ? (first, count)
            : throw PdfStructureException.Missing($"a cross-reference subsection header ('first count'), found '{line.Trim()}'");
    }
}
