namespace CouncilProposals.Pdf.Elements;

internal readonly record struct Size(float Width, float Height)
{
    public static readonly Size Zero = new(0, 0);
}

internal enum SpaceKind
{
    /// <summary>Nothing fits in the space left: the element needs a fresh page.</summary>
    Wrap,

    /// <summary>Part fits; the rest continues on the next page.</summary>
    PartialRender,

    /// <summary>All of the element fits.</summary>
    FullRender,
}

/// <summary>What an element needs of the space offered: its size, and whether all of it fits.</summary>
internal readonly record struct SpacePlan(SpaceKind Kind, float Width, float Height)
{
    public static SpacePlan Wrap => new(SpaceKind.Wrap, 0, 0);

    public static SpacePlan Full(float width, float height) => new(SpaceKind.FullRender, width, height);

    public static SpacePlan Partial(float width, float height) => new(SpaceKind.PartialRender, width, height);

    public bool IsWrap => Kind == SpaceKind.Wrap;

    public bool IsFull => Kind == SpaceKind.FullRender;
}

/// <summary>
/// A node of the layout tree. An element first measures itself against the space left on the page, then draws
/// what fits and remembers where it stopped, so that the next page carries on from there.
/// </summary>
internal abstract class Element
{
    private (Size Available, int Page, bool Relaxed, int Version) _cacheKey;
    private SpacePlan _cachedPlan;
    private bool _hasCache;
    private int _version;

    /// <summary>Measures without side effects. Cached until the element draws or resets.</summary>
    public SpacePlan Measure(Size available, LayoutContext context)
    {
        var key = (available, context.PageNumber, context.KeepRulesRelaxed, _version);
        if (_hasCache && _cacheKey == key)
        {
            return _cachedPlan;
        }

        _cachedPlan = MeasureCore(available, context);
        _cacheKey = key;
        _hasCache = true;
        return _cachedPlan;
    }

    /// <summary>Draws what fits in <paramref name="available"/> at the context's current origin and moves on.</summary>
    public void Draw(Size available, DrawContext context)
    {
        DrawCore(available, context);
        _version++;
    }

    /// <summary>Back to the start, for elements drawn on every page (headers, footers) and for the second pass.</summary>
    public void Reset()
    {
        ResetCore();
        foreach (var child in Children)
        {
            child.Reset();
        }

        _version++;
    }

    internal virtual IEnumerable<Element> Children => [];

    protected abstract SpacePlan MeasureCore(Size available, LayoutContext context);

    protected abstract void DrawCore(Size available, DrawContext context);

    protected virtual void ResetCore()
    {
    }
}

/// <summary>An element that draws nothing and takes no space.</summary>
internal sealed class EmptyElement : Element
{
    protected override SpacePlan MeasureCore(Size available, LayoutContext context) => SpacePlan.Full(0, 0);

    protected override void DrawCore(Size available, DrawContext context)
    {
    }
}
