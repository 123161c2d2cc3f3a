namespace CouncilProposals.Pdf.Elements;

internal enum RowItemKind
{
    Relative,
    Constant,
    Auto,
}

/// <summary>Lays its items side by side: fixed widths, shares of what is left, or the width their content needs.</summary>
internal sealed class RowElement : Element
{
    private readonly HashSet<int> _finished = [];

    public List<(RowItemKind Kind, float Value, Element Element)> Items { get; } = [];

    public float Spacing { get; set; }

    internal override IEnumerable<Element> Children => Items.Select(i => i.Element);

    protected override SpacePlan MeasureCore(Size available, LayoutContext context)
    {
        var widths = Widths(available, context);
        var height = 0f;
        var partial = false;
        for (var i = 0; i < Items.Count; i++)
        {
            if (_finished.Contains(i))
            {
                continue;
            }

            var plan = Items[i].Element.Measure(new Size(widths[i], available.Height), context);
            if (plan.IsWrap)
            {
                return SpacePlan.Wrap;
            }

            partial |= !plan.IsFull;
            height = Math.Max(height, plan.Height);
        }

        var width = widths.Sum() + (Spacing * Math.Max(0, Items.Count - 1));
        return partial ? SpacePlan.Partial(width, height) : SpacePlan.Full(width, height);
    }

    protected override void DrawCore(Size available, DrawContext context)
    {
        var widths = Widths(available, context);
        var x = 0f;
        for (var i = 0; i < Items.Count; i++)
        {
            var index = i;
            if (!_finished.Contains(index))
            {
                var size = new Size(widths[index], available.Height);
                var plan = Items[index].Element.Measure(size, context);
                context.Translate(x, 0, () => Items[index].Element.Draw(size, context));
                if (plan.IsFull)
                {
                    _finished.Add(index);
                }
            }

            x += widths[index] + Spacing;
        }
    }

    protected override void ResetCore() => _finished.Clear();

    private float[] Widths(Size available, LayoutContext context)
    {
        var widths = new float[Items.Count];
        var free = available.Width - (Spacing * Math.Max(0, Items.Count - 1));
        for (var i = 0; i < Items.Count; i++)
        {
            var (kind, value, element) = Items[i];
            widths[i] = kind switch
            {
                RowItemKind.Constant => value,
                RowItemKind.Auto => element.Measure(new Size(free, available.Height), context).Width,
                _ => 0,
            };
        }

        var relativeTotal = Items.Where(i => i.Kind == RowItemKind.Relative).Sum(i => i.Value);
        var left = Math.Max(0, free - widths.Sum());
        for (var i = 0; i < Items.Count; i++)
        {
            if (Items[i].Kind == RowItemKind.Relative && relativeTotal > 0)
            {
                widths[i] = left * Items[i].Value / relativeTotal;
            }
        }

        return widths;
    }
}
