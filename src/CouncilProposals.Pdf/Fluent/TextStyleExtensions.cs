using SkiaSharp;

namespace CouncilProposals.Pdf.Fluent;

public static class TextStyleExtensions
{
    public static TextStyle FontSize(this TextStyle style, float size) => style with { Size = size };

    public static TextStyle Bold(this TextStyle style, bool bold = true) => style with { Bold = bold };

    public static TextStyle Italic(this TextStyle style, bool italic = true) => style with { Italic = italic };

    public static TextStyle FontColor(this TextStyle style, SKColor color) => style with { Color = color };

    public static TextStyle LineHeight(this TextStyle style, float lineHeight) => style with { LineHeight = lineHeight };
}
