namespace CouncilProposals.Pdf.Elements;

/// <summary>
/// Stacks its items top to bottom with spacing; splits between items, or inside one that splits. An item marked
/// keep-with-next (a heading, a label) never ends a page: when what follows it starts on the next page, it goes too.
/// </summary>
internal sealed class ColumnElement : Element
{
    private int _current;

    public List<Element> Items { get; } = [];

    public float Spacing { get; set; }

    internal override IEnumerable<Element> Children => Items;

    protected override SpacePlan MeasureCore(Size available, LayoutContext context)
    {
        var (placed, partial, wrapsFirst) = Layout(available, context);
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
        foreach (var (index, top, plan) in Layout(available, context).Placed)
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

    /// <summary>The items that fit from the current one on, each with its top and plan; partial when some are left over.</summary>
    private ColumnLayout Layout(Size available, LayoutContext context)
    {
        var placed = new List<(int Index, float Top, SpacePlan Plan)>();
        var top = 0f;
        for (var i = _current; i < Items.Count; i++)
        {
            var offset = placed.Count == 0 ? 0 : Spacing;
            var space = new Size(available.Width, available.Height - top - offset);
            if (space.Height < 0)
            {
                return Break(placed, context);
            }

            var plan = Items[i].Measure(space, context);
            if (plan.IsWrap)
            {
                return Break(placed, context);
            }

            top += offset;
            placed.Add((i, top, plan));
            top += plan.Height;
            if (!plan.IsFull)
            {
                return new ColumnLayout(placed, Partial: true, WrapsFirst: false);
            }
        }

        return new ColumnLayout(placed, Partial: false, WrapsFirst: false);
    }

    /// <summary>The page ends before the next item: items kept with it that would end the page go to the next page too.</summary>
    private ColumnLayout Break(List<(int Index, float Top, SpacePlan Plan)> placed, LayoutContext context)
    {
        while (!context.KeepRulesRelaxed && placed.Count > 0 && KeepWithNextElement.IsMarked(Items[placed[^1].Index]))
        {
            placed.RemoveAt(placed.Count - 1);
        }

        return new ColumnLayout(placed, Partial: true, WrapsFirst: placed.Count == 0);
    }

    private sealed record ColumnLayout(List<(int Index, float Top, SpacePlan Plan)> Placed, bool Partial, bool WrapsFirst);
}
