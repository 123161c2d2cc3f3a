using System.Collections.Concurrent;
using System.Text;
using SkiaSharp;

namespace CouncilProposals.Pdf.Fonts;

/// <summary>
/// The font files tried, in order, for a character the family lacks: loaded one at a time as they are needed
/// (there may be hundreds), and the answer for each character and weight remembered for the life of the process.
/// SkiaSharp's Linux build without dependencies has no fontconfig, so the kit searches the font folders itself.
/// </summary>
internal sealed class FallbackFonts(IReadOnlyList<string> files)
{
    private readonly IReadOnlyList<string> _regular = FontFiles.Fallbacks(files, bold: false);
    private readonly IReadOnlyList<string> _bold = FontFiles.Fallbacks(files, bold: true);
    private readonly ConcurrentDictionary<string, Lazy<SKTypeface?>> _loaded = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(int Rune, bool Bold), SKTypeface?> _faceFor = new();

    /// <summary>The first fallback typeface that draws <paramref name="rune"/>; null when no installed font can.</summary>
    public SKTypeface? For(Rune rune, bool bold) =>
        _faceFor.GetOrAdd((rune.Value, bold), key =>
            (key.Bold ? _bold : _regular).Select(Load).FirstOrDefault(face => face is not null && face.ContainsGlyph(key.Rune)));

    // The face index is given explicitly: a collection (.ttc) holds several faces, and the first is the one wanted.
    private SKTypeface? Load(string file) =>
        _loaded.GetOrAdd(file, path => new Lazy<SKTypeface?>(() => SKTypeface.FromFile(path, 0))).Value;
}
