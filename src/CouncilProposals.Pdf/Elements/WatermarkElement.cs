using SkiaSharp;

namespace CouncilProposals.Pdf.Elements;

/// <summary>
/// Large light text across the page on the diagonal, such as DRAFT. It is drawn as the outline of its letters, a
/// shape, so its letters never mix into the text a reader copies or a screen reader reads.
/// </summary>
internal sealed class WatermarkElement(string text) : Element
{
    private static readonly SKColor Colour = new(0, 0, 0, 28);

    protected override SpacePlan MeasureCore(Size available, LayoutContext context) => SpacePlan.Full(available.Width, available.Height);

    protected override void DrawCore(Size available, DrawContext context)
    {
        var typeface = context.Fonts.FontSet.Typeface(bold: true, italic: false);
        var diagonal = MathF.Sqrt((available.Width * available.Width) + (available.Height * available.Height));
        var size = 120f;
        var width = context.Fonts.Font(typeface, size).MeasureText(text);
        size = Math.Min(size, size * diagonal * 0.6f / Math.Max(width, 1));
        var font = context.Fonts.Font(typeface, size);
        width = font.MeasureText(text);

        var canvas = context.Canvas;
        canvas.Save();
        canvas.Translate(available.Width / 2, available.Height / 2);
        canvas.Rotate(-MathF.Atan2(available.Height, available.Width));
        using var outline = font.GetTextPath(text, new SKPoint(-width / 2, size * 0.35f));
        canvas.FillPath(outline, Colour);
        canvas.Restore();
    }
}
