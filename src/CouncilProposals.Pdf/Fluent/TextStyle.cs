using CouncilProposals.Pdf.Elements;
using SkiaSharp;

namespace CouncilProposals.Pdf.Fluent;

/// <summary>
/// A text style as written in a document: only what it sets. Unset values are inherited from the page's default
/// style when the text is laid out (<see cref="ResolveOver"/>), so layout only ever sees a <see cref="ResolvedTextStyle"/>.
/// </summary>
/// <param name="Size">Font size in points.</param>
/// <param name="Bold">Bold or not.</param>
/// <param name="Italic">Italic or not.</param>
/// <param name="Color">Text colour.</param>
/// <param name="LineHeight">Line height as a multiple of the font size.</param>
public sealed record TextStyle(float? Size = null, bool? Bold = null, bool? Italic = null, SKColor? Color = null, float? LineHeight = null)
{
    /// <summary>This style with every unset value taken from <paramref name="parent"/>.</summary>
    internal ResolvedTextStyle ResolveOver(ResolvedTextStyle parent) => new(
        Size ?? parent.Size,
        Bold ?? parent.Bold,
        Italic ?? parent.Italic,
        Color ?? parent.Color,
        LineHeight ?? parent.LineHeight);
}
