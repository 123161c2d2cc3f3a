using SkiaSharp;

namespace CouncilProposals.Pdf.Elements;

/// <summary>Marks where a named part starts: a link destination, a page number for contents, a bookmark.</summary>
internal sealed class SectionElement(string name, string? bookmark, int bookmarkLevel) : ContainerElement
{
    private bool _marked;

    public string Name { get; } = name;

    public string? Bookmark { get; } = bookmark;

    public int BookmarkLevel { get; } = bookmarkLevel;

    protected override void DrawCore(Size available, DrawContext context)
    {
        if (!_marked)
        {
            _marked = true;
            context.SectionPages[Name] = context.PageNumber;
            context.SectionPositions[Name] = (context.PageNumber, context.Origin.Y);
            context.Canvas.NamedDestination(Name);
        }

        Child.Draw(available, context);
    }

    protected override void ResetCore() => _marked = false;
}

/// <summary>Makes the area its child draws in a link.</summary>
internal abstract class LinkElement : ContainerElement
{
    protected override void DrawCore(Size available, DrawContext context)
    {
        var plan = Child.Measure(available, context);
        Child.Draw(available, context);
        Link(context.Canvas, SKRect.Create(0, 0, Math.Min(plan.Width, available.Width), Math.Min(plan.Height, available.Height)));
    }

    protected abstract void Link(IPageCanvas canvas, SKRect area);
}

/// <summary>Makes its child's area a link to a named section of the same document.</summary>
internal sealed class SectionLinkElement(string name) : LinkElement
{
    protected override void Link(IPageCanvas canvas, SKRect area) => canvas.LinkToDestination(area, name);
}

/// <summary>Makes its child's area a link to a web address.</summary>
internal sealed class HyperlinkElement(string url) : LinkElement
{
    protected override void Link(IPageCanvas canvas, SKRect area) => canvas.LinkToUrl(area, url);
}
