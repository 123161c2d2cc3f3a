using System.Text.RegularExpressions;
using CouncilProposals.Pdf.Elements;
using CouncilProposals.Pdf.Fluent;
using CouncilProposals.Pdf.Fonts;
using Microsoft.Extensions.Logging;
using SkiaSharp;

namespace CouncilProposals.Pdf.Rendering;

/// <summary>
/// Renders documents with SkiaSharp's PDF backend in two passes: a layout pass on the measuring canvas counts the
/// pages and finds where sections start, then the drawing pass paints with "Page X of Y" and contents page numbers
/// known. Bookmarks are appended afterwards as an incremental update (<see cref="IncrementalOutline"/>), which
/// SkiaSharp does not write itself. Characters that no installed font can draw are logged as a warning that names
/// them (they are drawn as empty boxes).
/// </summary>
public sealed partial class SkiaPdfRenderer(FontOptions fontOptions, ILogger? logger = null) : IPdfRenderer
{
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
        var layout = Layout(pages, fonts);
        fonts.UseSubsets();
        foreach (var page in pages)
        {
            page.Reset();
        }

        var context = new DrawContext(fonts) { TotalPages = layout.PageCount };
        foreach (var (name, page) in layout.SectionPages)
        {
            context.SectionPages[name] = page;
        }

        using var pdf = new MemoryStream();
        using (var skDocument = SKDocument.CreatePdf(pdf, ToSkia(document.GetMetadata())))
        {
            using var sink = new PageSink(skDocument, fonts.DrawingFont);
            new Paginator(context, sink.Begin, sink.End).Paginate(pages);
            skDocument.Close();
        }

        var metadata = document.GetMetadata();
        ReportMissing(fonts.MissingCharacters, metadata.Title);
        IncrementalOutline.Append(pdf, SectionBookmarks.Collect(pages, context), CatalogEntries(metadata));
        pdf.Position = 0;
        pdf.CopyTo(output);
    }

    public DocumentLayout Measure(IDocument document)
    {
        using var fonts = new FontCache(FontSet.Load(fontOptions));
        return Layout(Compose(document), fonts);
    }

    /// <summary>Names each character no installed font has, as U+XXXX and itself, so the font to install can be found.</summary>
    public static string DescribeMissing(IEnumerable<int> codepoints) =>
        string.Join(", ", codepoints.Select(c => $"U+{c:X4} '{char.ConvertFromUtf32(c)}'"));

    [LoggerMessage(Level = LogLevel.Warning, Message = "PDF '{Title}': no installed font can draw {Characters}; they are drawn as empty boxes and are missing from the text. Install a font that has them (on Debian: fonts-noto-core, fonts-noto-cjk, fonts-noto-color-emoji) or put one in Pdf:FontFolder.")]
    private static partial void LogMissingCharacters(ILogger logger, string? title, string characters);

    private void ReportMissing(IReadOnlyCollection<int> missing, string? title)
    {
        if (missing.Count > 0 && logger is not null)
        {
            LogMissingCharacters(logger, title, DescribeMissing(missing));
        }
    }

    /// <summary>The layout pass: the whole document on the measuring canvas, with a page total that is a guess.</summary>
    private static DocumentLayout Layout(List<PageDescriptor> pages, FontCache fonts) =>
        new Paginator(new DrawContext(fonts) { TotalPages = 999 }).Paginate(pages);

    private static List<PageDescriptor> Compose(IDocument document)
    {
        var container = new DocumentContainer();
        document.Compose(container);
        return container.Pages;
    }

    /// <summary>
    /// What SkiaSharp's catalog lacks: the language (for screen readers' pronunciation and for records) and the title
    /// in the viewer's title bar. A language that is not a plain BCP 47 tag is left out rather than written wrongly.
    /// </summary>
    internal static string CatalogEntries(DocumentMetadata metadata)
    {
        var entries = new List<string>();
        if (LanguageTag().IsMatch(metadata.Language))
        {
            entries.Add($"/Lang ({metadata.Language})");
        }

        if (metadata.DisplayTitle)
        {
            entries.Add("/ViewerPreferences << /DisplayDocTitle true >>");
        }

        return string.Join(' ', entries);
    }

    [GeneratedRegex("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();

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

    /// <summary>Opens and closes the pages of SkiaSharp's PDF document for the drawing pass.</summary>
    private sealed class PageSink(SKDocument document, Func<SKFont, SKFont> drawingFont) : IDisposable
    {
        private SkiaPageCanvas? _page;

        public SkiaPageCanvas Begin(PageSize size)
        {
            _page = new SkiaPageCanvas(document.BeginPage(size.Width, size.Height), drawingFont);
            return _page;
        }

        public void End()
        {
            document.EndPage();
            Dispose();
        }

        public void Dispose()
        {
            _page?.Dispose();
            _page = null;
        }
    }
}
