using CouncilProposals.Pdf.Fonts;
using SkiaSharp;

namespace CouncilProposals.Pdf.Elements;

/// <summary>What an element may know while it measures: fonts, and where in the document it is.</summary>
internal class LayoutContext(FontCache fonts)
{
    public FontCache Fonts { get; } = fonts;

    public int PageNumber { get; set; }

    public ResolvedTextStyle DefaultTextStyle { get; set; } = ResolvedTextStyle.Default;

    /// <summary>The number of pages of the whole document; known in the drawing pass, estimated before it.</summary>
    public int TotalPages { get; set; }

    /// <summary>The height a page offers its content: an element taller than this can never fit.</summary>
    public float FullContentHeight { get; set; }

    /// <summary>
    /// True while a page's content would not fit on the empty page with the keep rules (keep-with-next,
    /// keep-together, widows and orphans): the paginator then lays that page out again without them, so
    /// content never becomes unplaceable because of them.
    /// </summary>
    public bool KeepRulesRelaxed { get; set; }

    /// <summary>Where each named section starts (page number), learnt in the layout pass.</summary>
    public Dictionary<string, int> SectionPages { get; } = new(StringComparer.Ordinal);
}

/// <summary>
/// The measuring context plus a canvas: a PDF page in the drawing pass, the <see cref="MeasuringCanvas"/> (which
/// draws nothing) in the layout pass that only counts pages.
/// </summary>
internal sealed class DrawContext(FontCache fonts) : LayoutContext(fonts)
{
    public IPageCanvas Canvas { get; set; } = MeasuringCanvas.Instance;

    /// <summary>Where each section starts: page number and distance from the page's top, for bookmarks.</summary>
    public Dictionary<string, (int Page, float Top)> SectionPositions { get; } = new(StringComparer.Ordinal);

    /// <summary>Where the canvas origin is on the page (translation), kept in step with the canvas.</summary>
    public SKPoint Origin { get; private set; }

    public void Translate(float x, float y, Action draw)
    {
        var previous = Origin;
        Origin = new SKPoint(previous.X + x, previous.Y + y);
        Canvas.Save();
        Canvas.Translate(x, y);
        try
        {
            draw();
        }
        finally
        {
            Canvas.Restore();
            Origin = previous;
        }
    }
}
