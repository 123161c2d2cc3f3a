using SkiaSharp;

namespace CouncilProposals.Pdf.Elements;

/// <summary>A text style; unset values come from the page's default style.</summary>
public sealed record TextStyle
{
    public static readonly TextStyle Default = new() { Size = 10, Bold = false, Italic = false, Color = SKColors.Black, LineHeight = 1.2f };

    public float? Size { get; init; }

    public bool? Bold { get; init; }

    public bool? Italic { get; init; }

    public SKColor? Color { get; init; }

    /// <summary>Line height as a multiple of the font size.</summary>
    public float? LineHeight { get; init; }

    /// <summary>This style with every unset value taken from <paramref name="parent"/>.</summary>
    public TextStyle Over(TextStyle parent) => new()
    {
        Size = Size ?? parent.Size,
        Bold = Bold ?? parent.Bold,
        Italic = Italic ?? parent.Italic,
        Color = Color ?? parent.Color,
        LineHeight = LineHeight ?? parent.LineHeight,
    };
}
