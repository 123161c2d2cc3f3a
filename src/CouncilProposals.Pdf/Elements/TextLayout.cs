using System.Text;
using CouncilProposals.Pdf.Fonts;
using SkiaSharp;

namespace CouncilProposals.Pdf.Elements;

internal sealed record TextRun(ShapedText Shaped, SKFont Font, SKColor Color, float X);

internal sealed record TextLine(List<TextRun> Runs, float Width, float Height, float Baseline);

/// <summary>Greedy line breaking of styled words into lines of a given width.</summary>
internal sealed class TextLayout(LayoutContext context, float maxWidth)
{
    private readonly FontCache _fonts = context.Fonts;
    private readonly List<TextLine> _lines = [];
    private readonly List<(string Text, ResolvedTextStyle Style)> _pending = new(32);
    private readonly StringBuilder _merged = new();
    private float _lineWidth;
    private float _pendingSpace;
    private (string Text, ResolvedTextStyle Style)? _pendingSpaceToken;
    private ResolvedTextStyle _lastStyle = ResolvedTextStyle.Default;

    public List<TextLine> Build(IEnumerable<TextSpan> spans)
    {
        foreach (var span in spans)
        {
            var style = span.Style.ResolveOver(context.DefaultTextStyle);
            _lastStyle = style;
            foreach (var token in TextTokens.Split(TextTokens.Clean(span.Resolve(context))))
            {
                Add(token, style);
            }
        }

        EndLine(force: _pending.Count > 0 || _lines.Count == 0);
        return _lines;
    }

    private void Add(string token, ResolvedTextStyle style)
    {
        if (token == "\n")
        {
            EndLine(force: true, style);
            return;
        }

        if (token == " ")
        {
            AddSpace(style);
            return;
        }

        var width = _fonts.Width(token, style);
        if (_lineWidth + _pendingSpace + width <= maxWidth)
        {
            Place(token, style, width);
            return;
        }

        if (_pending.Count > 0)
        {
            EndLine(force: true, style);
        }

        PlaceOnNewLines(token, style, width);
    }

    private void AddSpace(ResolvedTextStyle style)
    {
        if (_pending.Count > 0)
        {
            _pendingSpace += _fonts.Width(" ", style);
            _pendingSpaceToken = (" ", style);
        }
    }

    /// <summary>Places a word at the start of a line, broken by characters over as many lines as it needs.</summary>
    private void PlaceOnNewLines(string token, ResolvedTextStyle style, float width)
    {
        while (width > maxWidth)
        {
            var fit = FitCharacters(token, style);
            Place(token[..fit], style, _fonts.Width(token[..fit], style));
            EndLine(force: true, style);
            token = token[fit..];
            width = _fonts.Width(token, style);
        }

        if (token.Length > 0)
        {
            Place(token, style, width);
        }
    }

    private void Place(string token, ResolvedTextStyle style, float width)
    {
        if (_pendingSpaceToken is { } space && _pending.Count > 0)
        {
            _pending.Add(space);
            _lineWidth += _pendingSpace;
        }

        _pendingSpace = 0;
        _pendingSpaceToken = null;
        _pending.Add((token, style));
        _lineWidth += width;
    }

    private int FitCharacters(string token, ResolvedTextStyle style)
    {
        var fit = 1;
        var low = 1;
        var high = token.Length;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (_fonts.Width(token[..mid], style) <= maxWidth)
            {
                fit = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        // Never split a surrogate pair.
        return fit < token.Length && char.IsLowSurrogate(token[fit]) && fit > 1 ? fit - 1 : fit;
    }

    private void EndLine(bool force, ResolvedTextStyle? styleForEmpty = null)
    {
        if (_pending.Count == 0 && !force)
        {
            return;
        }

        _lines.Add(BuildLine(styleForEmpty ?? _lastStyle));
        _pending.Clear();
        _lineWidth = 0;
        _pendingSpace = 0;
        _pendingSpaceToken = null;
    }

    /// <summary>The pending words as a line of runs, one per style and typeface; an empty line takes its height from <paramref name="emptyStyle"/>.</summary>
    private TextLine BuildLine(ResolvedTextStyle emptyStyle)
    {
        var runs = new List<TextRun>();
        var (x, lineHeight, ascent, descent) = (0f, 0f, 0f, 0f);
        for (var (start, end) = (0, 1); start < _pending.Count; end++)
        {
            if (end < _pending.Count && _pending[end].Style == _pending[start].Style)
            {
                continue;
            }

            var style = _pending[start].Style;
            foreach (var (shaped, font) in _fonts.Shape(Merged(start, end), style))
            {
                runs.Add(new TextRun(shaped, font, style.Color, x));
                x += shaped.Width;
                var metrics = _fonts.Metrics(font);
                ascent = Math.Max(ascent, metrics.Ascent);
                descent = Math.Max(descent, metrics.Descent);
            }

            lineHeight = Math.Max(lineHeight, style.Size * style.LineHeight);
            start = end;
        }

        if (runs.Count == 0)
        {
            var metrics = _fonts.Metrics(_fonts.Font(_fonts.FontSet.Typeface(emptyStyle.Bold, emptyStyle.Italic), emptyStyle.Size));
            (lineHeight, ascent, descent) = (emptyStyle.Size * emptyStyle.LineHeight, metrics.Ascent, metrics.Descent);
        }

        lineHeight = Math.Max(lineHeight, ascent + descent);
        var baseline = ((lineHeight - (ascent + descent)) / 2) + ascent;
        return new TextLine(runs, x, lineHeight, baseline);
    }

    /// <summary>The pending words from <paramref name="start"/> to before <paramref name="end"/> as one string, shaped as one run.</summary>
    private string Merged(int start, int end)
    {
        if (end - start == 1)
        {
            return _pending[start].Text;
        }

        _merged.Clear();
        for (var i = start; i < end; i++)
        {
            _merged.Append(_pending[i].Text);
        }

        return _merged.ToString();
    }
}
