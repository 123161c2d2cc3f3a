using CouncilProposals.Pdf.Fluent;
using SkiaSharp;

namespace CouncilProposals.Pdf.Elements;

/// <summary>An element that wraps one child: the slot the fluent API fills.</summary>
internal abstract class ContainerElement : Element, IContainer
{
    public Element Child { get; set; } = new EmptyElement();

    internal override IEnumerable<Element> Children => [Child];

    void IContainer.SetChild(Element element) => Child = element;

    protected override SpacePlan MeasureCore(Size available, LayoutContext context) => Child.Measure(available, context);

    protected override void DrawCore(Size available, DrawContext context) => Child.Draw(available, context);
}

/// <summary>A plain slot with no behaviour of its own.</summary>
internal sealed class Slot : ContainerElement;

internal sealed class PaddingElement(float left, float top, float right, float bottom) : ContainerElement
{
    protected override SpacePlan MeasureCore(Size available, LayoutContext context)
    {
        var inner = new Size(Math.Max(0, available.Width - left - right), Math.Max(0, available.Height - top - bottom));
        if (inner.Height <= 0 && available.Height < top + bottom)
        {
            return SpacePlan.Wrap;
        }

        var plan = Child.Measure(inner, context);
        return plan.IsWrap ? plan : plan with { Width = plan.Width + left + right, Height = plan.Height + top + bottom };
    }

    protected override void DrawCore(Size available, DrawContext context)
    {
        var inner = new Size(Math.Max(0, available.Width - left - right), Math.Max(0, available.Height - top - bottom));
        context.Translate(left, top, () => Child.Draw(inner, context));
    }
}

internal sealed class BackgroundElement(SKColor color) : ContainerElement
{
    protected override void DrawCore(Size available, DrawContext context)
    {
        context.Canvas.FillRect(SKRect.Create(0, 0, available.Width, available.Height), color);
        Child.Draw(available, context);
    }
}

internal sealed class BorderElement(float left, float top, float right, float bottom, SKColor color) : ContainerElement
{
    protected override void DrawCore(Size available, DrawContext context)
    {
        Child.Draw(available, context);
        var canvas = context.Canvas;
        if (top > 0)
        {
            canvas.FillRect(SKRect.Create(-left / 2, -top / 2, available.Width + (left + right) / 2, top), color);
        }

        if (bottom > 0)
        {
            canvas.FillRect(SKRect.Create(-left / 2, available.Height - bottom / 2, available.Width + (left + right) / 2, bottom), color);
        }

        if (left > 0)
        {
            canvas.FillRect(SKRect.Create(-left / 2, -top / 2, left, available.Height + (top + bottom) / 2), color);
        }

        if (right > 0)
        {
            canvas.FillRect(SKRect.Create(available.Width - right / 2, -top / 2, right, available.Height + (top + bottom) / 2), color);
        }
    }
}

internal enum HorizontalAlignment
{
    Left,
    Center,
    Right,
}

internal sealed class AlignmentElement(HorizontalAlignment alignment) : ContainerElement
{
    protected override SpacePlan MeasureCore(Size available, LayoutContext context)
    {
        var plan = Child.Measure(available, context);
        return plan.IsWrap ? plan : plan with { Width = available.Width };
    }

    protected override void DrawCore(Size available, DrawContext context)
    {
        var plan = Child.Measure(available, context);
        var width = Math.Min(plan.Width, available.Width);
        var x = alignment switch
        {
            HorizontalAlignment.Center => (available.Width - width) / 2,
            HorizontalAlignment.Right => available.Width - width,
            _ => 0,
        };
        context.Translate(x, 0, () => Child.Draw(new Size(width, available.Height), context));
    }
}

/// <summary>Width and height limits: a fixed width, a minimum height, or a fixed height.</summary>
internal sealed class ConstraintElement(float? width, float? minHeight, float? height) : ContainerElement
{
    protected override SpacePlan MeasureCore(Size available, LayoutContext context)
    {
        var w = width is { } fixedWidth ? Math.Min(fixedWidth, available.Width) : available.Width;
        if (height is { } fixedHeight && fixedHeight > available.Height)
        {
            return SpacePlan.Wrap;
        }

        var plan = Child.Measure(new Size(w, height ?? available.Height), context);
        if (plan.IsWrap)
        {
            return plan;
        }

        var h = height ?? Math.Max(plan.Height, Math.Min(minHeight ?? 0, available.Height));
        if (minHeight is { } min && min > available.Height && plan.IsFull)
        {
            return SpacePlan.Wrap;
        }

        return plan with { Width = width ?? plan.Width, Height = h };
    }

    protected override void DrawCore(Size available, DrawContext context)
    {
        var w = width is { } fixedWidth ? Math.Min(fixedWidth, available.Width) : available.Width;
        Child.Draw(new Size(w, height ?? available.Height), context);
    }
}

/// <summary>Takes the whole width offered, whatever its child needs.</summary>
internal sealed class ExtendElement : ContainerElement
{
    protected override SpacePlan MeasureCore(Size available, LayoutContext context)
    {
        var plan = Child.Measure(available, context);
        return plan.IsWrap ? plan : plan with { Width = available.Width };
    }
}

/// <summary>
/// Keeps its child together: when it does not fit whole in the space left, it moves to the next page, but only if
/// it would fit whole on a page and moving would leave no more than <see cref="MaxGap"/> of the page blank;
/// otherwise it splits (its paragraphs still keep widows and orphans away).
/// </summary>
internal sealed class ShowEntireElement : ContainerElement
{
    /// <summary>The largest share of a page that keeping a block together may leave blank.</summary>
    public const float MaxGap = 0.25f;

    protected override SpacePlan MeasureCore(Size available, LayoutContext context)
    {
        var plan = Child.Measure(available, context);
        if (plan.Kind != SpaceKind.PartialRender || context.KeepRulesRelaxed)
        {
            return plan;
        }

        var page = context.FullContentHeight;
        if (available.Height >= page - 0.5f || available.Height > page * MaxGap)
        {
            return plan;
        }

        var fitsOnAPage = Child.Measure(available with { Height = page }, context).IsFull;
        return fitsOnAPage ? SpacePlan.Wrap : Child.Measure(available, context);
    }
}

/// <summary>
/// Marks its child (a heading, a label, a table's group row) to stay on the same page as what follows it: a column
/// or table that would end a page with it moves it to the next page.
/// </summary>
internal sealed class KeepWithNextElement : ContainerElement
{
    /// <summary>True when <paramref name="element"/> or a container it wraps is marked keep-with-next.</summary>
    public static bool IsMarked(Element element)
    {
        for (var current = element; current is ContainerElement container; current = container.Child)
        {
            if (current is KeepWithNextElement)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Starts a new page unless at least <paramref name="minHeight"/> is left.</summary>
internal sealed class EnsureSpaceElement(float minHeight) : ContainerElement
{
    protected override SpacePlan MeasureCore(Size available, LayoutContext context)
    {
        var plan = Child.Measure(available, context);
        return plan.Kind == SpaceKind.PartialRender && available.Height < minHeight && available.Height < context.FullContentHeight - 0.5f
            ? SpacePlan.Wrap
            : plan;
    }
}

/// <summary>Ends the page: what follows starts on the next one.</summary>
internal sealed class PageBreakElement : Element
{
    private bool _done;

    protected override SpacePlan MeasureCore(Size available, LayoutContext context) =>
        _done ? SpacePlan.Full(0, 0) : SpacePlan.Partial(0, 0);

    protected override void DrawCore(Size available, DrawContext context) => _done = true;

    protected override void ResetCore() => _done = false;
}

/// <summary>A horizontal rule across the width offered.</summary>
internal sealed class LineElement(float thickness, SKColor color) : Element
{
    protected override SpacePlan MeasureCore(Size available, LayoutContext context) =>
        available.Height < thickness ? SpacePlan.Wrap : SpacePlan.Full(available.Width, thickness);

    protected override void DrawCore(Size available, DrawContext context)
    {
        context.Canvas.FillRect(SKRect.Create(0, 0, available.Width, thickness), color);
    }
}
