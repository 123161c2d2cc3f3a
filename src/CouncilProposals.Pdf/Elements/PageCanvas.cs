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

    void DrawText(string text, float x, float y, SKFont font, SKColor color);

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

    public void DrawText(string text, float x, float y, SKFont font, SKColor color)
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

/// <summary>A PDF page of SkiaSharp's document: the canvas of the drawing pass. One paint is reused for every shape.</summary>
internal sealed class SkiaPageCanvas(SKCanvas canvas) : IPageCanvas, IDisposable
{
    private readonly SKPaint _paint = new() { IsAntialias = true, Style = SKPaintStyle.Fill };

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

    public void DrawText(string text, float x, float y, SKFont font, SKColor color)
    {
        _paint.Color = color;
        canvas.DrawText(text, x, y, font, _paint);
    }

    public void NamedDestination(string name) => canvas.DrawNamedDestinationAnnotation(new SKPoint(0, 0), name);

    public void LinkToDestination(SKRect area, string name) => canvas.DrawLinkDestinationAnnotation(area, name);

    public void LinkToUrl(SKRect area, string url) => canvas.DrawUrlAnnotation(area, url);

    public void Dispose() => _paint.Dispose();
}
