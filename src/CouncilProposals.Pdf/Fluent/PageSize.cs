namespace CouncilProposals.Pdf.Fluent;

/// <summary>A page's width and height in points (1/72 inch).</summary>
public readonly record struct PageSize(float Width, float Height)
{
    public PageSize Landscape() => Width > Height ? this : new PageSize(Height, Width);

    public PageSize Portrait() => Width < Height ? this : new PageSize(Height, Width);
}

public static class PageSizes
{
    /// <summary>A4 in points (1/72 inch).</summary>
    public static readonly PageSize A4 = new(595.28f, 841.89f);
}
