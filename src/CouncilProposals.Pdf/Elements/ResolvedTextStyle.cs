using SkiaSharp;

namespace CouncilProposals.Pdf.Elements;

/// <summary>
/// A text style with every value known, after inheriting from the page's default style: what measuring and
/// drawing use, so they never meet an unset value.
/// </summary>
internal sealed record ResolvedTextStyle(float Size, bool Bold, bool Italic, SKColor Color, float LineHeight)
{
    /// <summary>The kit's default: 10 points, regular, black, lines 1.2 times the font size.</summary>
    public static readonly ResolvedTextStyle Default = new(10, Bold: false, Italic: false, SKColors.Black, 1.2f);
}
