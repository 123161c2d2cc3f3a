using System.Collections.Concurrent;
using System.Text;
using HarfBuzzSharp;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace CouncilProposals.Pdf.Fonts;

/// <summary>
/// Shapes runs of one typeface with HarfBuzz: ligatures, joining forms, reordering and right-to-left runs. A shaper
/// reads its whole font file when made, so shapers are made once per typeface and shared, like the typefaces;
/// shaping only reads them, so renderings on several threads may share them.
/// </summary>
internal static class TextShaper
{
    private static readonly ConcurrentDictionary<SKTypeface, SKShaper> Shapers = new();

    public static ShapedText Shape(string text, SKFont font)
    {
        if (text.Length == 0)
        {
            return ShapedText.Empty;
        }

        using var buffer = new HarfBuzzSharp.Buffer();
        buffer.AddUtf8(text);
        buffer.GuessSegmentProperties();
        var rightToLeft = buffer.Direction == Direction.RightToLeft;
        var result = Shapers.GetOrAdd(font.Typeface, typeface => new SKShaper(typeface)).Shape(buffer, font);
        var utf8 = Encoding.UTF8.GetBytes(text);
        var order = LogicalOrder(result, rightToLeft, utf8, font);
        return new ShapedText(
            order.Select(i => (ushort)result.Codepoints[i]).ToArray(),
            order.Select(i => result.Points[i]).ToArray(),
            order.Select(i => result.Clusters[i]).ToArray(),
            utf8,
            result.Width);
    }

    /// <summary>
    /// The glyphs in the order of the characters they draw: a right-to-left run reversed, and inside a cluster a
    /// glyph drawn before the one it belongs to (such as a Bengali vowel sign written before its consonant) put
    /// after it. The positions travel with the glyphs, so what is drawn does not change.
    /// </summary>
    private static int[] LogicalOrder(SKShaper.Result result, bool rightToLeft, byte[] utf8, SKFont font)
    {
        var clusters = result.Clusters;
        if (!rightToLeft && clusters.Zip(clusters.Skip(1)).All(pair => pair.First < pair.Second))
        {
            return [.. Enumerable.Range(0, clusters.Length)];
        }

        var indices = Enumerable.Range(0, result.Codepoints.Length);
        if (rightToLeft)
        {
            indices = indices.Reverse();
        }

        return indices
            .Select((glyph, position) => (glyph, position))
            .OrderBy(g => result.Clusters[g.glyph])
            .ThenBy(g => CharacterOffset(result.Codepoints[g.glyph], result.Clusters[g.glyph], utf8, font) ?? (int)result.Clusters[g.glyph])
            .ThenBy(g => g.position)
            .Select(g => g.glyph)
            .ToArray();
    }

    /// <summary>Where in the text the character this glyph is the plain form of starts, when it is in its cluster.</summary>
    private static int? CharacterOffset(uint glyph, uint cluster, byte[] utf8, SKFont font)
    {
        var offset = (int)cluster;
        var end = Math.Min(utf8.Length, offset + 16);
        while (offset < end && Rune.DecodeFromUtf8(utf8.AsSpan(offset), out var rune, out var length) == System.Buffers.OperationStatus.Done)
        {
            if (font.GetGlyph(rune.Value) == glyph)
            {
                return offset;
            }

            offset += length;
        }

        return null;
    }
}
