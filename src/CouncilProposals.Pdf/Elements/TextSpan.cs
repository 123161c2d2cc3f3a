using CouncilProposals.Pdf.Fluent;

namespace CouncilProposals.Pdf.Elements;

/// <summary>A piece of text in one style: literal, or worked out when laid out (page numbers).</summary>
internal sealed class TextSpan(Func<LayoutContext, string> text, bool isDynamic)
{
    public TextStyle Style { get; set; } = new();

    public bool IsDynamic { get; } = isDynamic;

    public string Resolve(LayoutContext context) => text(context);
}
