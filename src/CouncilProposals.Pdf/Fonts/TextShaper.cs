using System.Collections.Concurrent;
using System.Text;
using HarfBuzzSharp;
using SkiaSharp;
using SkiaSharp.HarfBuzz;
using Buffer = HarfBuzzSharp.Buffer;

namespace CouncilProposals.Pdf.Fonts;

/// <summary>
/// Shapes runs of one typeface with HarfBuzz: ligatures, joining forms, reordering and right-to-left runs. A
/// HarfBuzz font reads its whole font file when made, so one is made per typeface and shared, like the typefaces;
/// shaping only reads it, so renderings on several threads may share it. Each thread reuses one buffer.
/// </summary>
/// <remarks>
/// The font is scaled to the typeface's own units per em, so every advance is the font's exact advance width
/// (its <c>hmtx</c> value times size / units per em, exact in binary for the sizes documents use). Skia's PDF
/// backend writes a run of glyphs as one string when each glyph sits exactly one advance after the one before,
/// and a separate positioning operator otherwise: with exact advances only kerned pairs need one, so the page
/// content is a fraction of the size and quicker to write and compress.
/// </remarks>
internal static class TextShaper
{
    private static readonly ConcurrentDictionary<SKTypeface, Lazy<(Font Font, int UnitsPerEm)>> Fonts = new();

    [ThreadStatic]
    private static Buffer? _buffer;

    public static ShapedText Shape(string text, SKTypeface typeface, float size)
    {
        if (text.Length == 0)
        {
            return ShapedText.Empty;
        }

        var (hbFont, unitsPerEm) = Fonts.GetOrAdd(typeface, shared => new Lazy<(Font, int)>(() => Create(shared))).Value;
        var buffer = _buffer ??= new Buffer();
        buffer.ClearContents();
        var utf8 = Encoding.UTF8.GetBytes(text);
        buffer.AddUtf8(utf8);
        buffer.GuessSegmentProperties();
        var rightToLeft = buffer.Direction == Direction.RightToLeft;
        hbFont.Shape(buffer);

        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var scale = size / unitsPerEm;
        var count = infos.Length;
        var glyphs = new ushort[count];
        var points = new SKPoint[count];
        var clusters = new uint[count];
        var (x, y) = (0f, 0f);
        for (var i = 0; i < count; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            clusters[i] = infos[i].Cluster;
            points[i] = new SKPoint(x + (positions[i].XOffset * scale), y - (positions[i].YOffset * scale));
            x += positions[i].XAdvance * scale;
            y += positions[i].YAdvance * scale;
        }

        if (!rightToLeft && InOrder(clusters))
        {
            return new ShapedText(glyphs, points, clusters, utf8, x);
        }

        var order = LogicalOrder(glyphs, clusters, rightToLeft, utf8, typeface);
        return new ShapedText(
            order.Select(i => glyphs[i]).ToArray(),
            order.Select(i => points[i]).ToArray(),
            order.Select(i => clusters[i]).ToArray(),
            utf8,
            x);
    }

    private static (Font, int) Create(SKTypeface typeface)
    {
        using var blob = typeface.OpenStream(out var index).ToHarfBuzzBlob();
        using var face = new Face(blob, index);
        var unitsPerEm = typeface.UnitsPerEm > 0 ? typeface.UnitsPerEm : 1000;
        face.Index = index;
        face.UnitsPerEm = unitsPerEm;
        var font = new Font(face);
        font.SetScale(unitsPerEm, unitsPerEm);
        font.SetFunctionsOpenType();
        return (font, unitsPerEm);
    }

    private static bool InOrder(uint[] clusters)
    {
        for (var i = 1; i < clusters.Length; i++)
        {
            if (clusters[i - 1] >= clusters[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The glyphs in the order of the characters they draw: a right-to-left run reversed, and inside a cluster a
    /// glyph drawn before the one it belongs to (such as a Bengali vowel sign written before its consonant) put
    /// after it. The positions travel with the glyphs, so what is drawn does not change.
    /// </summary>
    private static int[] LogicalOrder(ushort[] glyphs, uint[] clusters, bool rightToLeft, byte[] utf8, SKTypeface typeface)
    {
        var indices = Enumerable.Range(0, glyphs.Length);
        if (rightToLeft)
        {
            indices = indices.Reverse();
        }

        return indices
            .Select((glyph, position) => (glyph, position))
            .OrderBy(g => clusters[g.glyph])
            .ThenBy(g => CharacterOffset(glyphs[g.glyph], clusters[g.glyph], utf8, typeface) ?? (int)clusters[g.glyph])
            .ThenBy(g => g.position)
            .Select(g => g.glyph)
            .ToArray();
    }

    /// <summary>Where in the text the character this glyph is the plain form of starts, when it is in its cluster.</summary>
    private static int? CharacterOffset(ushort glyph, uint cluster, byte[] utf8, SKTypeface typeface)
    {
        var offset = (int)cluster;
        var end = Math.Min(utf8.Length, offset + 16);
        while (offset < end && Rune.DecodeFromUtf8(utf8.AsSpan(offset), out var rune, out var length) == System.Buffers.OperationStatus.Done)
        {
            if (typeface.GetGlyph(rune.Value) == glyph)
            {
                return offset;
            }

            offset += length;
        }

        return null;
    }
}
