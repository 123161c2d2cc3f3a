namespace CouncilProposals.Pdf.Elements;

/// <summary>
/// A paragraph of styled spans, wrapped greedily at spaces, with explicit line breaks kept and words longer than a
/// line broken by characters. It splits between lines across pages.
/// </summary>
internal sealed class TextElement : Element
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
        var y = 0f;
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
                context.Canvas.DrawText(run.Text, x + run.X, y + line.Baseline, run.Font, run.Color);
            }

            y += line.Height;
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
