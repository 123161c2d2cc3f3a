namespace CouncilProposals.Pdf.Elements;

/// <summary>
/// A paragraph of styled spans, wrapped greedily at spaces, with explicit line breaks kept and words longer than a
/// line broken by characters. It splits between lines across pages, leaving at least <see cref="MinLines"/> lines
/// on each side of a split (no widows or orphans). Once part of it is drawn, the rest keeps the line breaks it was
/// laid out with, whatever width it is offered next, so no word is lost or repeated at a split.
/// </summary>
internal sealed class TextElement : Element
{
    /// <summary>The fewest lines a paragraph leaves at the foot of a page or carries to the next.</summary>
    public const int MinLines = 2;

    private readonly Dictionary<(float Width, string Dynamic, int Page), List<TextLine>> _layouts = [];
    private List<TextLine>? _started;
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

        var (count, height) = Fit(lines, available.Height, context);
        if (count == 0)
        {
            return SpacePlan.Wrap;
        }

        var width = 0f;
        for (var i = _firstLine; i < _firstLine + count; i++)
        {
            width = Math.Max(width, lines[i].Width);
        }

        return _firstLine + count == lines.Count ? SpacePlan.Full(width, height) : SpacePlan.Partial(width, height);
    }

    protected override void DrawCore(Size available, DrawContext context)
    {
        var lines = Lines(available.Width, context);
        var (count, _) = Fit(lines, available.Height, context);
        var y = 0f;
        for (var i = _firstLine; i < _firstLine + count; i++)
        {
            var line = lines[i];
            var x = Alignment switch
            {
                HorizontalAlignment.Center => (available.Width - line.Width) / 2,
                HorizontalAlignment.Right => available.Width - line.Width,
                _ => 0,
            };
            foreach (var run in line.Runs)
            {
                context.Canvas.DrawText(run.Shaped, x + run.X, y + line.Baseline, run.Font, run.Color);
            }

            y += line.Height;
        }

        _firstLine += count;
        _started = lines;
    }

    protected override void ResetCore()
    {
        _firstLine = 0;
        _started = null;
    }

    /// <summary>How many lines from the current one fit, and their height, keeping widows and orphans away.</summary>
    private (int Count, float Height) Fit(List<TextLine> lines, float availableHeight, LayoutContext context)
    {
        var count = 0;
        var height = 0f;
        while (_firstLine + count < lines.Count && height + lines[_firstLine + count].Height <= availableHeight + 0.01f)
        {
            height += lines[_firstLine + count].Height;
            count++;
        }

        var remaining = lines.Count - _firstLine;
        if (count == remaining || context.KeepRulesRelaxed)
        {
            return (count, height);
        }

        // Leave at least MinLines for the next page (no widow), and place at least MinLines here (no orphan).
        count = Math.Min(count, remaining - MinLines);
        count = count < MinLines ? 0 : count;
        height = 0f;
        for (var i = _firstLine; i < _firstLine + count; i++)
        {
            height += lines[i].Height;
        }

        return (count, height);
    }

    private List<TextLine> Lines(float width, LayoutContext context)
    {
        if (_started is not null && _firstLine > 0)
        {
            return _started;
        }

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
