using CouncilProposals.Pdf.Fonts;
using SkiaSharp;

namespace CouncilProposals.Pdf.Elements;

/// <summary>
/// What elements draw on: the few operations the kit uses. The drawing pass paints on a PDF page
/// (<see cref="SkiaPageCanvas"/>); the layout pass runs the same code on the <see cref="MeasuringCanvas"/>,
/// which draws nothing, so no element needs to ask which pass it is in.
/// </summary>
internal interface IPageCanvas
{
    void Save();

    void Restore();

    void Translate(float x, float y);

    void Rotate(float radians);

    void FillRect(SKRect rect, SKColor color);

    /// <summary>Shaped text with its baseline starting at (x, y); glyphs in logical order, so the text layer reads in order.</summary>
    void DrawText(ShapedText text, float x, float y, SKFont font, SKColor color);

    /// <summary>A filled outline, such as a watermark: a shape, so it adds nothing to the text layer.</summary>
    void FillPath(SKPath path, SKColor color);

    /// <summary>A named destination at the current origin, for links and bookmarks.</summary>
    void NamedDestination(string name);

    void LinkToDestination(SKRect area, string name);

    void LinkToUrl(SKRect area, string url);
}

/// <summary>The canvas of the layout pass: every operation does nothing.</summary>
internal sealed class MeasuringCanvas : IPageCanvas
{
    public static readonly MeasuringCanvas Instance = new();

    private MeasuringCanvas()
    {
    }

    public void Save()
    {
    }

    public void Restore()
    {
    }

    public void Translate(float x, float y)
    {
    }

    public void Rotate(float radians)
    {
    }

    public void FillRect(SKRect rect, SKColor color)
    {
    }

    public void DrawText(ShapedText text, float x, float y, SKFont font, SKColor color)
    {
    }

    public void FillPath(SKPath path, SKColor color)
    {
    }

    public void NamedDestination(string name)
    {
    }

    public void LinkToDestination(SKRect area, string name)
    {
    }

    public void LinkToUrl(SKRect area, string url)
    {
    }
}

/// <summary>
/// A PDF page of SkiaSharp's document: the canvas of the drawing pass. One paint is reused for every shape, and one
/// text blob builder for every run of text (building a blob leaves the builder empty for the next).
/// </summary>
internal sealed class SkiaPageCanvas(SKCanvas canvas, Func<SKFont, SKFont>? drawingFont = null) : IPageCanvas, IDisposable
{
    private readonly SKPaint _paint = new() { IsAntialias = true, Style = SKPaintStyle.Fill };
    private readonly SKTextBlobBuilder _builder = new();

    public void Save() => canvas.Save();

    public void Restore() => canvas.Restore();

    public void Translate(float x, float y) => canvas.Translate(x, y);

    public void Rotate(float radians) => canvas.RotateRadians(radians);

    public void FillRect(SKRect rect, SKColor color)
    {
        _paint.Color = color;
        _paint.IsAntialias = false;
        canvas.DrawRect(rect, _paint);
        _paint.IsAntialias = true;
    }

    /// <summary>
    /// Draws through a text blob that carries the UTF-8 text and each glyph's cluster, so SkiaSharp's PDF backend
    /// maps every glyph (joining forms, ligatures, reordered marks) back to the characters it draws.
    /// </summary>
    public void DrawText(ShapedText text, float x, float y, SKFont font, SKColor color)
    {
        if (text.Glyphs.Length == 0)
        {
            return;
        }

        var run = _builder.AllocatePositionedTextRun(drawingFont?.Invoke(font) ?? font, text.Glyphs.Length, text.Utf8.Length, null);
        run.SetGlyphs(text.Glyphs);
        run.SetPositions(text.Positions);
        run.SetText(text.Utf8);
        run.SetClusters(text.Clusters);
        using var blob = _builder.Build();
        if (blob is not null)
        {
            _paint.Color = color;
            canvas.DrawText(blob, x, y, _paint);
        }
    }

    public void FillPath(SKPath path, SKColor color)
    {
        _paint.Color = color;
        canvas.DrawPath(path, _paint);
    }

    public void NamedDestination(string name) => canvas.DrawNamedDestinationAnnotation(new SKPoint(0, 0), name);

    public void LinkToDestination(SKRect area, string name) => canvas.DrawLinkDestinationAnnotation(area, name);

    public void LinkToUrl(SKRect area, string url) => canvas.DrawUrlAnnotation(area, url);

    public void Dispose()
    {
        _paint.Dispose();
        _builder.Dispose();
    }
}
