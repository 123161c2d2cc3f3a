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
    private readonly Dictionary<(string, SKTypeface, float), ShapedText> _shaped = [];
    private readonly SortedSet<int> _missing = [];

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
            font = new SKFont(typeface, size)
            {
                Subpixel = true,
                LinearMetrics = true,
                Hinting = SKFontHinting.None,
                Edging = SKFontEdging.Antialias,
            };
            _fonts[(typeface, size)] = font;
        }

        return font;
    }

    /// <summary>The runs of text in a style, each shaped in the typeface that draws it.</summary>
    public IEnumerable<(ShapedText Shaped, SKFont Font)> Shape(string text, ResolvedTextStyle style)
    {
        foreach (var run in FontSet.Runs(text, style.Bold, style.Italic))
        {
            var font = Font(run.Typeface, style.Size);
            if (run.IsMissing)
            {
                NoteMissing(run.Text);
            }

            if (!_shaped.TryGetValue((run.Text, run.Typeface, style.Size), out var shaped))
            {
                shaped = TextShaper.Shape(run.Text, font);
                _shaped[(run.Text, run.Typeface, style.Size)] = shaped;
            }

            yield return (shaped, font);
        }
    }

    /// <summary>The width of text in a style, shaped, with fallback fonts for characters the family lacks.</summary>
    public float Width(string text, ResolvedTextStyle style) => Shape(text, style).Sum(run => run.Shaped.Width);

    public void Dispose()
    {
        foreach (var font in _fonts.Values)
        {
            font.Dispose();
        }

        _fonts.Clear();
    }

    private void NoteMissing(string text)
    {
        foreach (var rune in text.EnumerateRunes().Where(r => !Rune.IsWhiteSpace(r) && !Rune.IsControl(r)))
        {
            _missing.Add(rune.Value);
        }
    }
}
