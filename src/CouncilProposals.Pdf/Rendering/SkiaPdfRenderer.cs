using CouncilProposals.Pdf.Elements;
using CouncilProposals.Pdf.Fluent;
using CouncilProposals.Pdf.Fonts;
using SkiaSharp;

namespace CouncilProposals.Pdf.Rendering;

/// <summary>
/// Renders documents with SkiaSharp's PDF backend in two passes: a layout pass with no canvas counts the pages
/// and finds where sections start, then the drawing pass paints with "Page X of Y" and contents page numbers
/// known. Bookmarks are appended afterwards as an incremental update, which SkiaSharp does not write itself.
/// </summary>
public sealed class SkiaPdfRenderer(FontOptions fontOptions) : IPdfRenderer
{
    private const int MaxPages = 20_000;

    public byte[] Render(IDocument document)
    {
        using var output = new MemoryStream();
        Render(document, output);
        return output.ToArray();
    }

    public void Render(IDocument document, Stream output)
    {
        using var fonts = new FontCache(FontSet.Load(fontOptions));
        var pages = Compose(document);
        var layout = Paginate(pages, new DrawContext(fonts) { TotalPages = 999 }, sink: null);

        foreach (var page in pages)
        {
            Reset(page);
        }

        var context = new DrawContext(fonts) { TotalPages = layout.PageCount };
        foreach (var (name, page) in layout.SectionPages)
        {
            context.SectionPages[name] = page;
        }

        var metadata = document.GetMetadata();
        using var pdf = new MemoryStream();
        var pageHeights = new List<float>();
        using (var skDocument = SKDocument.CreatePdf(pdf, ToSkia(metadata)))
        {
            var sink = new PageSink(skDocument, pageHeights);
            Paginate(pages, context, sink);
            skDocument.Close();
        }

        var bookmarks = Bookmarks(pages, context);
        if (bookmarks.Count > 0)
        {
            PdfOutlineWriter.Append(pdf, bookmarks);
        }

        pdf.Position = 0;
        pdf.CopyTo(output);
    }

    public DocumentLayout Measure(IDocument document)
    {
        using var fonts = new FontCache(FontSet.Load(fontOptions));
        var pages = Compose(document);
        var first = Paginate(pages, new DrawContext(fonts) { TotalPages = 999 }, sink: null);
        return first;
    }

    private static List<PageDescriptor> Compose(IDocument document)
    {
        var container = new DocumentContainer();
        document.Compose(container);
        return container.Pages;
    }

    private static DocumentLayout Paginate(List<PageDescriptor> pageSets, DrawContext context, PageSink? sink)
    {
        foreach (var set in pageSets)
        {
            context.DefaultTextStyle = set.TextStyle;
            var firstPage = context.PageNumber + 1;
            bool more;
            do
            {
                if (context.PageNumber - firstPage > MaxPages)
                {
                    throw new LayoutException($"The document passed {MaxPages} pages: an element is not making progress.");
                }

                more = DrawPage(set, context, sink, blankText: null);
            }
            while (more);

            if (set.BlankPageText is { } blank && (context.PageNumber - firstPage + 1) % 2 == 1)
            {
                DrawPage(set, context, sink, blank);
            }
        }

        return new DocumentLayout(context.PageNumber, new Dictionary<string, int>(context.SectionPages, StringComparer.Ordinal));
    }

    private static bool DrawPage(PageDescriptor set, DrawContext context, PageSink? sink, string? blankText)
    {
        context.PageNumber++;
        var size = set.PageSize;
        var (left, top, right, bottom) = set.Margins;
        var width = size.Width - left - right;
        context.Canvas = sink?.Begin(size);
        context.PageHeight = size.Height;

        set.HeaderSlot.Reset();
        set.FooterSlot.Reset();
        var header = set.HeaderSlot.Measure(new Elements.Size(width, size.Height / 3), context);
        var footer = set.FooterSlot.Measure(new Elements.Size(width, size.Height / 3), context);
        var headerHeight = header.Height > 0 ? header.Height + set.Spacing : 0;
        var footerHeight = footer.Height > 0 ? footer.Height + set.Spacing : 0;
        var content = new Elements.Size(width, size.Height - top - bottom - headerHeight - footerHeight);
        context.FullContentHeight = content.Height;

        context.Translate(left, top, () => set.HeaderSlot.Draw(new Elements.Size(width, header.Height), context));

        var more = false;
        if (blankText is null)
        {
            var plan = set.ContentSlot.Measure(content, context);
            if (plan.IsWrap)
            {
                throw new LayoutException($"Content on page {context.PageNumber} does not fit on an empty page ({content.Width:0} x {content.Height:0} points): an element is taller than any page.");
            }

            context.Translate(left, top + headerHeight, () => set.ContentSlot.Draw(content, context));
            more = plan.Kind == SpaceKind.PartialRender;
        }
        else
        {
            var blank = new TextDescriptor();
            blank.Span(blankText).Italic();
            blank.AlignCenter();
            context.Translate(left, top + headerHeight + (content.Height / 2), () => blank.Element.Draw(new Elements.Size(width, content.Height / 2), context));
        }

        // The footer is drawn after the content so that text extraction reads the page in order.
        context.Translate(left, size.Height - bottom - footer.Height, () => set.FooterSlot.Draw(new Elements.Size(width, footer.Height), context));
        set.ForegroundSlot.Reset();
        set.ForegroundSlot.Draw(new Elements.Size(size.Width, size.Height), context);
        sink?.End();
        context.Canvas = null;
        return more;
    }

    private static void Reset(PageDescriptor set)
    {
        set.HeaderSlot.Reset();
        set.ContentSlot.Reset();
        set.FooterSlot.Reset();
        set.ForegroundSlot.Reset();
    }

    private static List<PdfBookmark> Bookmarks(List<PageDescriptor> pages, DrawContext context)
    {
        var sections = pages.SelectMany(p => Descendants(p.ContentSlot)).OfType<SectionElement>().Where(s => s.Bookmark is not null);
        return sections
            .Where(s => context.SectionPositions.ContainsKey(s.Name))
            .Select(s =>
            {
                var (page, y) = context.SectionPositions[s.Name];
                return new PdfBookmark(s.Bookmark!, s.BookmarkLevel, page - 1, y);
            })
            .OrderBy(b => b.PageIndex).ThenBy(b => b.Top)
            .ToList();
    }

    private static IEnumerable<Element> Descendants(Element element)
    {
        yield return element;
        foreach (var child in element.Children.SelectMany(Descendants))
        {
            yield return child;
        }
    }

    private static SKDocumentPdfMetadata ToSkia(DocumentMetadata metadata)
    {
        var created = metadata.CreationDate ?? DateTimeOffset.UtcNow;
        return new SKDocumentPdfMetadata
        {
            Title = metadata.Title ?? string.Empty,
            Author = metadata.Author ?? string.Empty,
            Subject = metadata.Subject ?? string.Empty,
            Keywords = metadata.Keywords ?? string.Empty,
            Creator = metadata.Creator,
            Producer = "CouncilProposals PDF kit (SkiaSharp)",
            Creation = created.UtcDateTime,
            Modified = created.UtcDateTime,
            RasterDpi = 150,
        };
    }

    private sealed class DocumentContainer : IDocumentContainer
    {
        public List<PageDescriptor> Pages { get; } = [];

        public IDocumentContainer Page(Action<PageDescriptor> compose)
        {
            var page = new PageDescriptor();
            compose(page);
            Pages.Add(page);
            return this;
        }
    }

    private sealed class PageSink(SKDocument document, List<float> pageHeights)
    {
        public SKCanvas Begin(PageSize size)
        {
            pageHeights.Add(size.Height);
            return document.BeginPage(size.Width, size.Height);
        }

        public void End() => document.EndPage();
    }
}
