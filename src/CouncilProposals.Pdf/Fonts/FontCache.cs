using CouncilProposals.Pdf.Elements;
using SkiaSharp;

namespace CouncilProposals.Pdf.Fonts;

/// <summary>
/// The fonts and text widths of one rendering. SKFont objects are cheap but not meant to be shared between
/// threads, so each rendering has its own; the typefaces behind them are shared.
/// </summary>
internal sealed class FontCache(FontSet fontSet) : IDisposable
{
    private readonly Dictionary<(SKTypeface, float), SKFont> _fonts = [];
    private readonly Dictionary<(string, SKTypeface, float), float> _widths = [];

    public FontSet FontSet { get; } = fontSet;

    public SKFont Font(SKTypeface typeface, float size)
    {
        if (!_fonts.TryGetValue((typeface, size), out var font))
        {
            font = new SKFont(typeface, size) { Subpixel = true, Edging = SKFontEdging.Antialias };
            _fonts[(typeface, size)] = font;
        }

        return font;
    }

    /// <summary>The width of text in a style, with fallback fonts for characters the family lacks.</summary>
    public float Width(string text, ResolvedTextStyle style) => Width(text, style.Bold, style.Italic, style.Size);

    public float Width(string text, bool bold, bool italic, float size)
    {
        var width = 0f;
        foreach (var (run, typeface) in FontSet.Runs(text, bold, italic))
        {
            if (!_widths.TryGetValue((run, typeface, size), out var runWidth))
            {
                runWidth = Font(typeface, size).MeasureText(run);
                _widths[(run, typeface, size)] = runWidth;
            }

            width += runWidth;
        }

        return width;
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values)
        {
            font.Dispose();
        }

        _fonts.Clear();
    }
}
