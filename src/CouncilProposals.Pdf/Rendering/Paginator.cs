using CouncilProposals.Pdf.Elements;
using CouncilProposals.Pdf.Fluent;

namespace CouncilProposals.Pdf.Rendering;

/// <summary>
/// Lays page sets out page by page: for each page, the header and footer, then as much content as fits between
/// them, repeated while the content has more. The same loop serves both passes; only the canvas differs.
/// </summary>
internal sealed class Paginator(DrawContext context, Func<PageSize, IPageCanvas>? beginPage = null, Action? endPage = null)
{
    private const int MaxPages = 20_000;

    public DocumentLayout Paginate(IReadOnlyList<PageDescriptor> pageSets)
    {
        foreach (var set in pageSets)
        {
            context.DefaultTextStyle = set.DefaultStyle;
            var firstPage = context.PageNumber + 1;
            while (DrawPage(set, blankText: null))
            {
                if (context.PageNumber - firstPage > MaxPages)
                {
                    throw new LayoutException($"The document passed {MaxPages} pages: an element is not making progress.");
                }
            }

            if (set.BlankPageText is { } blank && (context.PageNumber - firstPage + 1) % 2 == 1)
            {
                DrawPage(set, blank);
            }
        }

        return new DocumentLayout(context.PageNumber, new Dictionary<string, int>(context.SectionPages, StringComparer.Ordinal));
    }

    /// <summary>Draws one page; true when the content continues on the next page.</summary>
    private bool DrawPage(PageDescriptor set, string? blankText)
    {
        context.PageNumber++;
        context.Canvas = beginPage?.Invoke(set.PageSize) ?? MeasuringCanvas.Instance;
        var frame = PageFrame.Measure(set, context);
        context.FullContentHeight = frame.Content.Height;

        context.Translate(frame.Left, frame.Top, () => set.HeaderSlot.Draw(new Size(frame.Content.Width, frame.HeaderHeight), context));
        var more = blankText is null ? DrawContent(set, frame) : DrawBlank(blankText, frame);

        // The footer is drawn after the content so that text extraction reads the page in order.
        context.Translate(frame.Left, frame.FooterTop, () => set.FooterSlot.Draw(new Size(frame.Content.Width, frame.FooterHeight), context));
        // A padding page carries no content, so nothing on it is a draft: no watermark.
        if (blankText is null)
        {
            set.ForegroundSlot.Reset();
            set.ForegroundSlot.Draw(new Size(set.PageSize.Width, set.PageSize.Height), context);
        }

        endPage?.Invoke();
        context.Canvas = MeasuringCanvas.Instance;
        return more;
    }

    private bool DrawContent(PageDescriptor set, PageFrame frame)
    {
        context.KeepRulesRelaxed = false;
        var plan = set.ContentSlot.Measure(frame.Content, context);
        if (plan.IsWrap)
        {
            context.KeepRulesRelaxed = true;
            plan = set.ContentSlot.Measure(frame.Content, context);
        }

        if (plan.IsWrap)
        {
            throw new LayoutException($"Content on page {context.PageNumber} does not fit on an empty page ({frame.Content.Width:0} x {frame.Content.Height:0} points): an element is taller than any page.");
        }

        context.Translate(frame.Left, frame.ContentTop, () => set.ContentSlot.Draw(frame.Content, context));
        context.KeepRulesRelaxed = false;
        return plan.Kind == SpaceKind.PartialRender;
    }

    private bool DrawBlank(string text, PageFrame frame)
    {
        var blank = new TextDescriptor();
        blank.Span(text).Italic();
        blank.AlignCenter();
        var half = frame.Content.Height / 2;
        context.Translate(frame.Left, frame.ContentTop + half, () => blank.Element.Draw(new Size(frame.Content.Width, half), context));
        return false;
    }

    /// <summary>Where the header, content and footer of a page go, after measuring the header and footer.</summary>
    private sealed record PageFrame(float Left, float Top, float HeaderHeight, float ContentTop, Size Content, float FooterTop, float FooterHeight)
    {
        public static PageFrame Measure(PageDescriptor set, LayoutContext context)
        {
            var size = set.PageSize;
            var (left, top, right, bottom) = set.Margins;
            var width = size.Width - left - right;
            set.HeaderSlot.Reset();
            set.FooterSlot.Reset();
            var header = set.HeaderSlot.Measure(new Size(width, size.Height / 3), context).Height;
            var footer = set.FooterSlot.Measure(new Size(width, size.Height / 3), context).Height;
            var headerSpace = header > 0 ? header + set.Spacing : 0;
            var footerSpace = footer > 0 ? footer + set.Spacing : 0;
            var content = new Size(width, size.Height - top - bottom - headerSpace - footerSpace);
            return new PageFrame(left, top, header, top + headerSpace, content, size.Height - bottom - footer, footer);
        }
    }
}
