using CouncilProposals.Pdf.Elements;

namespace CouncilProposals.Pdf.Fluent;

/// <summary>One set of pages: size, margins, default text style, header, content, footer and foreground.</summary>
public sealed class PageDescriptor
{
    internal PageSize PageSize { get; private set; } = PageSizes.A4;

    internal (float Left, float Top, float Right, float Bottom) Margins { get; private set; } = (36, 36, 36, 36);

    internal ResolvedTextStyle DefaultStyle { get; private set; } = ResolvedTextStyle.Default;

    internal float Spacing { get; private set; } = 8;

    internal Slot HeaderSlot { get; } = new();

    internal Slot ContentSlot { get; } = new();

    internal Slot FooterSlot { get; } = new();

    internal Slot ForegroundSlot { get; } = new();

    internal string? BlankPageText { get; private set; }

    public PageDescriptor Size(PageSize size)
    {
        PageSize = size;
        return this;
    }

    public PageDescriptor Margin(float all)
    {
        Margins = (all, all, all, all);
        return this;
    }

    public PageDescriptor Margin(float horizontal, float vertical)
    {
        Margins = (horizontal, vertical, horizontal, vertical);
        return this;
    }

    /// <summary>Space between the header, the content and the footer.</summary>
    public PageDescriptor HeaderFooterSpacing(float spacing)
    {
        Spacing = spacing;
        return this;
    }

    public PageDescriptor DefaultTextStyle(Func<TextStyle, TextStyle> style)
    {
        DefaultStyle = style(new TextStyle()).ResolveOver(ResolvedTextStyle.Default);
        return this;
    }

    /// <summary>
    /// Adds a page that says <paramref name="text"/> (with the header and footer) when this set ends on an odd
    /// page count, so each part of a double-sided print starts on a right-hand page.
    /// </summary>
    public PageDescriptor PadToEvenPageCount(string text = "This page is intentionally left blank")
    {
        BlankPageText = text;
        return this;
    }

    public IContainer Header() => HeaderSlot;

    public IContainer Content() => ContentSlot;

    public IContainer Footer() => FooterSlot;

    /// <summary>Drawn over every page of the set, across the whole page (for a watermark).</summary>
    public IContainer Foreground() => ForegroundSlot;

    /// <summary>Back to the start, for the drawing pass after the layout pass.</summary>
    internal void Reset()
    {
        HeaderSlot.Reset();
        ContentSlot.Reset();
        FooterSlot.Reset();
        ForegroundSlot.Reset();
    }
}
