namespace CouncilProposals.Pdf.Elements;

/// <summary>Stacks its items top to bottom with spacing; splits between items, or inside one that splits.</summary>
internal sealed class ColumnElement : Element
{
    private int _current;

    public List<Element> Items { get; } = [];

    public float Spacing { get; set; }

    internal override IEnumerable<Element> Children => Items;

    protected override SpacePlan MeasureCore(Size available, LayoutContext context)
    {
        var placed = Layout(available, context, out var partial, out var wrapsFirst);
        if (wrapsFirst)
        {
            return SpacePlan.Wrap;
        }

        var width = placed.Count == 0 ? 0 : placed.Max(p => p.Plan.Width);
        var height = placed.Count == 0 ? 0 : placed[^1].Top + placed[^1].Plan.Height;
        return partial ? SpacePlan.Partial(width, height) : SpacePlan.Full(width, height);
    }

    protected override void DrawCore(Size available, DrawContext context)
    {
        var placed = Layout(available, context, out _, out _);
        foreach (var (index, top, plan) in placed)
        {
            var item = Items[index];
            context.Translate(0, top, () => item.Draw(new Size(available.Width, plan.Height), context));
            if (plan.IsFull)
            {
                _current = index + 1;
            }
        }
    }

    protected override void ResetCore() => _current = 0;

    private List<(int Index, float Top, SpacePlan Plan)> Layout(Size available, LayoutContext context, out bool partial, out bool wrapsFirst)
    {
        var placed = new List<(int, float, SpacePlan)>();
        partial = false;
        wrapsFirst = false;
        var top = 0f;
        for (var i = _current; i < Items.Count; i++)
        {
            var offset = placed.Count == 0 ? 0 : Spacing;
            var space = new Size(available.Width, available.Height - top - offset);
            if (space.Height < 0)
            {
                partial = true;
                break;
            }

            var plan = Items[i].Measure(space, context);
            if (plan.IsWrap)
            {
                wrapsFirst = placed.Count == 0;
                partial = true;
                break;
            }

            top += offset;
            placed.Add((i, top, plan));
            top += plan.Height;
            if (!plan.IsFull)
            {
                partial = true;
                break;
            }
        }

        return placed;
    }
}

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
