using CouncilProposals.Pdf.Elements;
using SkiaSharp;

namespace CouncilProposals.Pdf.Fluent;

/// <summary>
/// A text style as written in a document: only what it sets. Unset values are inherited from the page's default
/// style when the text is laid out (<see cref="ResolveOver"/>), so layout only ever sees a <see cref="ResolvedTextStyle"/>.
/// </summary>
public sealed record TextStyle
{
    public float? Size { get; init; }

    public bool? Bold { get; init; }

    public bool? Italic { get; init; }

    public SKColor? Color { get; init; }

    /// <summary>Line height as a multiple of the font size.</summary>
    public float? LineHeight { get; init; }

    /// <summary>This style with every unset value taken from <paramref name="parent"/>.</summary>
    internal ResolvedTextStyle ResolveOver(ResolvedTextStyle parent) => new(
        Size ?? parent.Size,
        Bold ?? parent.Bold,
        Italic ?? parent.Italic,
        Color ?? parent.Color,
        LineHeight ?? parent.LineHeight);
}
