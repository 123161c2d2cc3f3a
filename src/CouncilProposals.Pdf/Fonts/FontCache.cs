using System.Text;
using CouncilProposals.Pdf.Elements;
using SkiaSharp;

namespace CouncilProposals.Pdf.Fonts;

/// <summary>
/// The fonts, shaped text and widths of one rendering. SKFont objects are cheap but not meant to be shared between
/// threads, so each rendering has its own; the typefaces behind them are shared. It also collects the characters
/// that no installed font can draw, for the renderer to report.
/// </summary>
internal sealed class FontCache(FontSet fontSet) : IDisposable
{
    private readonly Dictionary<(SKTypeface, float), SKFont> _fonts = [];
    private readonly Dictionary<SKFont, (float Ascent, float Descent)> _metrics = [];
    private readonly Dictionary<(string, bool, bool, float), List<(ShapedText, SKFont)>> _runs = [];
    private readonly SortedSet<int> _missing = [];
    private readonly Dictionary<SKTypeface, (HashSet<ushort> Glyphs, HashSet<int> Characters)> _used = [];
    private readonly Dictionary<SKFont, SKFont> _drawingFonts = [];
    private readonly Dictionary<SKTypeface, SKTypeface> _subsetOf = [];

    public FontSet FontSet { get; } = fontSet;

    /// <summary>The characters met so far that no installed font has, as code points.</summary>
    public IReadOnlyCollection<int> MissingCharacters => _missing;

    /// <summary>
    /// A font set as Word and browsers set text: unhinted, with linear (unrounded) advances and subpixel positions,
    /// so widths are the font's own and text is not set wider than the same font elsewhere.
    /// </summary>
    public SKFont Font(SKTypeface typeface, float size)
    {
        if (!_fonts.TryGetValue((typeface, size), out var font))
        {
            font = Configure(new SKFont(typeface, size));
            _fonts[(typeface, size)] = font;
        }

        return font;
    }

    /// <summary>The font's ascent (above the baseline, positive) and descent; asked once per font, not per line.</summary>
    public (float Ascent, float Descent) Metrics(SKFont font)
    {
        if (!_metrics.TryGetValue(font, out var metrics))
        {
            var skMetrics = font.Metrics;
            metrics = (-skMetrics.Ascent, skMetrics.Descent);
            _metrics[font] = metrics;
        }

        return metrics;
    }

    /// <summary>The runs of text in a style, each shaped in the typeface that draws it; kept for the rendering.</summary>
    /// <remarks>A list rather than an interface, so the layout's loops over it do not allocate an enumerator.</remarks>
    public List<(ShapedText Shaped, SKFont Font)> Shape(string text, ResolvedTextStyle style)
    {
        var key = (text, style.Bold, style.Italic, style.Size);
        if (_runs.TryGetValue(key, out var runs))
        {
            return runs;
        }

        runs = [];
        foreach (var (run, shaped) in FontSet.Shaping.Shape(text, style.Bold, style.Italic, style.Size))
        {
            if (run.IsMissing)
            {
                NoteMissing(run.Text);
            }

            NoteUsed(run.Typeface, shaped, run.Text);
            runs.Add((shaped, Font(run.Typeface, style.Size)));
        }

        _runs[key] = runs;
        return runs;
    }

    /// <summary>The width of text in a style, shaped, with fallback fonts for characters the family lacks.</summary>
    public float Width(string text, ResolvedTextStyle style)
    {
        var width = 0f;
        foreach (var run in Shape(text, style))
        {
            width += run.Shaped.Width;
        }

        return width;
    }

    /// <summary>
    /// After the layout pass: makes each typeface used so far into a subset of the glyphs it drew (and the digits,
    /// for page numbers that only the drawing pass knows), which <see cref="DrawingFont"/> then hands out.
    /// </summary>
    public void UseSubsets()
    {
        foreach (var (typeface, used) in _used)
        {
            used.Glyphs.UnionWith(typeface.GetGlyphs("0123456789 "));
            used.Characters.UnionWith("0123456789 ".Select(c => (int)c));
            if (FontSubsetter.Subset(typeface, used.Glyphs, used.Characters) is { } subset)
            {
                _subsetOf[typeface] = subset;
            }
        }
    }

    /// <summary>The font to draw with: the same font on the subset of its typeface, once <see cref="UseSubsets"/> made it.</summary>
    public SKFont DrawingFont(SKFont font)
    {
        if (_drawingFonts.TryGetValue(font, out var drawing))
        {
            return drawing;
        }

        if (!_subsetOf.TryGetValue(font.Typeface, out var subset))
        {
            return font;
        }

        drawing = Configure(new SKFont(subset, font.Size));
        _drawingFonts[font] = drawing;
        return drawing;
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values.Concat(_drawingFonts.Values))
        {
            font.Dispose();
        }

        _fonts.Clear();
        _drawingFonts.Clear();
    }

    private static SKFont Configure(SKFont font)
    {
        font.Subpixel = true;
        font.LinearMetrics = true;
        font.Hinting = SKFontHinting.None;
        font.Edging = SKFontEdging.Antialias;
        return font;
    }

    private void NoteUsed(SKTypeface typeface, ShapedText shaped, string text)
    {
        if (!_used.TryGetValue(typeface, out var used))
        {
            used = ([], []);
            _used[typeface] = used;
        }

        used.Glyphs.UnionWith(shaped.Glyphs);
        foreach (var rune in text.EnumerateRunes())
        {
            used.Characters.Add(rune.Value);
        }
    }

    private void NoteMissing(string text)
    {
        foreach (var rune in text.EnumerateRunes().Where(r => !Rune.IsWhiteSpace(r) && !Rune.IsControl(r)))
        {
            _missing.Add(rune.Value);
        }
    }
}
