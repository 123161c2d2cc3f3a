using System.Text;
using SkiaSharp;

namespace CouncilProposals.Pdf.Elements;

/// <summary>A piece of text in one style: literal, or worked out when laid out (page numbers).</summary>
public sealed class TextSpan(Func<LayoutContext, string> text, bool isDynamic)
{
    public TextStyle Style { get; set; } = new();

    public bool IsDynamic { get; } = isDynamic;

    public string Resolve(LayoutContext context) => text(context);
}

/// <summary>
/// A paragraph of styled spans, wrapped greedily at spaces, with explicit line breaks kept and words longer than a
/// line broken by characters. It splits between lines across pages.
/// </summary>
public sealed class TextElement : Element
{
    private readonly Dictionary<(float Width, string Dynamic, int Page), List<TextLine>> _layouts = [];
    private int _firstLine;

    public List<TextSpan> Spans { get; } = [];

    public HorizontalAlignment Alignment { get; set; }

    protected override SpacePlan MeasureCore(Size available, LayoutContext context)
    {
        var lines = Lines(available.Width, context);
        if (_firstLine >= lines.Count)
        {
            return SpacePlan.Full(0, 0);
        }

        var (count, height) = Fit(lines, available.Height);
        if (count == 0)
        {
            return SpacePlan.Wrap;
        }

        var width = lines.Skip(_firstLine).Take(count).Max(l => l.Width);
        return _firstLine + count == lines.Count ? SpacePlan.Full(width, height) : SpacePlan.Partial(width, height);
    }

    protected override void DrawCore(Size available, DrawContext context)
    {
        var lines = Lines(available.Width, context);
        var (count, _) = Fit(lines, available.Height);
        if (context.Canvas is { } canvas)
        {
            var y = 0f;
            using var paint = new SKPaint { IsAntialias = true };
            foreach (var line in lines.Skip(_firstLine).Take(count))
            {
                var x = Alignment switch
                {
                    HorizontalAlignment.Center => (available.Width - line.Width) / 2,
                    HorizontalAlignment.Right => available.Width - line.Width,
                    _ => 0,
                };
                foreach (var run in line.Runs)
                {
                    paint.Color = run.Color;
                    canvas.DrawText(run.Text, x + run.X, y + line.Baseline, run.Font, paint);
                }

                y += line.Height;
            }
        }

        _firstLine += count;
    }

    protected override void ResetCore() => _firstLine = 0;

    private (int Count, float Height) Fit(List<TextLine> lines, float availableHeight)
    {
        var height = 0f;
        var count = 0;
        for (var i = _firstLine; i < lines.Count; i++)
        {
            if (height + lines[i].Height > availableHeight + 0.01f)
            {
                break;
            }

            height += lines[i].Height;
            count++;
        }

        return (count, height);
    }

    private List<TextLine> Lines(float width, LayoutContext context)
    {
        var dynamicKey = Spans.Any(s => s.IsDynamic) ? string.Join('|', Spans.Where(s => s.IsDynamic).Select(s => s.Resolve(context))) : string.Empty;
        var key = (width, dynamicKey, dynamicKey.Length == 0 ? 0 : context.PageNumber);
        if (!_layouts.TryGetValue(key, out var lines))
        {
            lines = new TextLayout(context, Math.Max(width, 1)).Build(Spans);
            _layouts[key] = lines;
        }

        return lines;
    }
}

internal sealed record TextRun(string Text, SKFont Font, SKColor Color, float X, float Width);

internal sealed record TextLine(IReadOnlyList<TextRun> Runs, float Width, float Height, float Baseline);

/// <summary>Greedy line breaking of styled words into lines of a given width.</summary>
internal sealed class TextLayout(LayoutContext context, float maxWidth)
{
    private readonly List<TextLine> _lines = [];
    private readonly List<(string Text, TextStyle Style)> _pending = [];
    private float _lineWidth;
    private float _pendingSpace;
    private (string Text, TextStyle Style)? _pendingSpaceToken;
    private TextStyle _lastStyle = TextStyle.Default;

    public List<TextLine> Build(IEnumerable<TextSpan> spans)
    {
        foreach (var span in spans)
        {
            var style = span.Style.Over(context.DefaultTextStyle);
            _lastStyle = style;
            foreach (var token in Tokens(Clean(span.Resolve(context))))
            {
                Add(token, style);
            }
        }

        EndLine(force: _pending.Count > 0 || _lines.Count == 0);
        return _lines;
    }

    private void Add(string token, TextStyle style)
    {
        if (token == "\n")
        {
            EndLine(force: true, style);
            return;
        }

        if (token == " ")
        {
            if (_pending.Count > 0)
            {
                _pendingSpace += Width(" ", style);
                _pendingSpaceToken = (" ", style);
            }

            return;
        }

        var width = Width(token, style);
        if (_lineWidth + _pendingSpace + width <= maxWidth)
        {
            Place(token, style, width);
            return;
        }

        if (_pending.Count > 0)
        {
            EndLine(force: true, style);
        }

        while (width > maxWidth)
        {
            var fit = FitCharacters(token, style);
            Place(token[..fit], style, Width(token[..fit], style));
            EndLine(force: true, style);
            token = token[fit..];
            width = Width(token, style);
        }

        if (token.Length > 0)
        {
            Place(token, style, width);
        }
    }

    private void Place(string token, TextStyle style, float width)
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

    private int FitCharacters(string token, TextStyle style)
    {
        var fit = 1;
        var low = 1;
        var high = token.Length;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (Width(token[..mid], style) <= maxWidth)
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
        if (fit < token.Length && char.IsLowSurrogate(token[fit]) && fit > 1)
        {
            fit--;
        }

        return fit;
    }

    private void EndLine(bool force, TextStyle? styleForEmpty = null)
    {
        if (_pending.Count == 0 && !force)
        {
            return;
        }

        var runs = new List<TextRun>();
        var x = 0f;
        var lineHeight = 0f;
        var ascent = 0f;
        var descent = 0f;
        foreach (var group in Merge(_pending))
        {
            var size = group.Style.Size!.Value;
            foreach (var (text, typeface) in context.Fonts.FontSet.Runs(group.Text, group.Style.Bold!.Value, group.Style.Italic!.Value))
            {
                var font = context.Fonts.Font(typeface, size);
                var width = context.Fonts.Width(text, group.Style.Bold!.Value, group.Style.Italic!.Value, size);
                runs.Add(new TextRun(text, font, group.Style.Color!.Value, x, width));
                x += width;
                ascent = Math.Max(ascent, -font.Metrics.Ascent);
                descent = Math.Max(descent, font.Metrics.Descent);
            }

            lineHeight = Math.Max(lineHeight, size * group.Style.LineHeight!.Value);
        }

        if (runs.Count == 0)
        {
            var style = styleForEmpty ?? _lastStyle;
            var font = context.Fonts.Font(context.Fonts.FontSet.Typeface(style.Bold!.Value, style.Italic!.Value), style.Size!.Value);
            lineHeight = style.Size!.Value * style.LineHeight!.Value;
            ascent = -font.Metrics.Ascent;
            descent = font.Metrics.Descent;
        }

        lineHeight = Math.Max(lineHeight, ascent + descent);
        var baseline = ((lineHeight - (ascent + descent)) / 2) + ascent;
        _lines.Add(new TextLine(runs, x, lineHeight, baseline));
        _pending.Clear();
        _lineWidth = 0;
        _pendingSpace = 0;
        _pendingSpaceToken = null;
    }

    private static IEnumerable<(string Text, TextStyle Style)> Merge(List<(string Text, TextStyle Style)> tokens)
    {
        var builder = new StringBuilder();
        TextStyle? style = null;
        foreach (var (text, tokenStyle) in tokens)
        {
            if (style is not null && tokenStyle != style)
            {
                yield return (builder.ToString(), style);
                builder.Clear();
            }

            style = tokenStyle;
            builder.Append(text);
        }

        if (style is not null)
        {
            yield return (builder.ToString(), style);
        }
    }

    private float Width(string text, TextStyle style) =>
        context.Fonts.Width(text, style.Bold!.Value, style.Italic!.Value, style.Size!.Value);

    private static IEnumerable<string> Tokens(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            // A slash is a place a line may break without a space, as in "Savings/Income".
            if (text[i] == '/' && i > start && i + 1 < text.Length && text[i + 1] is not (' ' or '\n'))
            {
                yield return text[start..(i + 1)];
                start = i + 1;
                continue;
            }

            if (text[i] is ' ' or '\n')
            {
                if (i > start)
                {
                    yield return text[start..i];
                }

                yield return text[i] == '\n' ? "\n" : " ";
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }

    // Control characters would reach the PDF as garbage or break the font engine: tabs become spaces, the rest go.
    private static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Replace("\r\n", "\n", StringComparison.Ordinal))
        {
            if (c is '\n')
            {
                builder.Append(c);
            }
            else if (c is '\t' or '\r' or '\u00A0')
            {
                builder.Append(' ');
            }
            else if (!char.IsControl(c) && c is not ('\uFEFF' or '\uFFFE' or '\uFFFF'))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
