using CouncilProposals.Pdf.Elements;
using SkiaSharp;

namespace CouncilProposals.Pdf.Fluent;

/// <summary>The fluent face of the kit: each method wraps the slot in an element and returns the inner slot.</summary>
public static class ContainerExtensions
{
    internal static T Element<T>(this IContainer container, T element)
        where T : Element
    {
        container.SetChild(element);
        return element;
    }

    /// <summary>Composes a part in code, for readability or reuse.</summary>
    public static void Element(this IContainer container, Action<IContainer> compose) => compose(container);

    public static void Component(this IContainer container, IComponent component) => component.Compose(container);

    public static IContainer Padding(this IContainer container, float all) => container.Element(new PaddingElement(all, all, all, all));

    public static IContainer PaddingHorizontal(this IContainer container, float value) => container.Element(new PaddingElement(value, 0, value, 0));

    public static IContainer PaddingVertical(this IContainer container, float value) => container.Element(new PaddingElement(0, value, 0, value));

    public static IContainer PaddingTop(this IContainer container, float value) => container.Element(new PaddingElement(0, value, 0, 0));

    public static IContainer PaddingBottom(this IContainer container, float value) => container.Element(new PaddingElement(0, 0, 0, value));

    public static IContainer PaddingLeft(this IContainer container, float value) => container.Element(new PaddingElement(value, 0, 0, 0));

    public static IContainer Border(this IContainer container, float thickness, string color = "#000000") =>
        container.Element(new BorderElement(thickness, thickness, thickness, thickness, SKColor.Parse(color)));

    public static IContainer BorderBottom(this IContainer container, float thickness, string color = "#000000") =>
        container.Element(new BorderElement(0, 0, 0, thickness, SKColor.Parse(color)));

    public static IContainer BorderTop(this IContainer container, float thickness, string color = "#000000") =>
        container.Element(new BorderElement(0, thickness, 0, 0, SKColor.Parse(color)));

    public static IContainer Background(this IContainer container, string color) => container.Element(new BackgroundElement(SKColor.Parse(color)));

    public static IContainer AlignLeft(this IContainer container) => container.Element(new AlignmentElement(HorizontalAlignment.Left));

    public static IContainer AlignCenter(this IContainer container) => container.Element(new AlignmentElement(HorizontalAlignment.Center));

    public static IContainer AlignRight(this IContainer container) => container.Element(new AlignmentElement(HorizontalAlignment.Right));

    public static IContainer Width(this IContainer container, float width) => container.Element(new ConstraintElement(width, null, null));

    public static IContainer MinHeight(this IContainer container, float height) => container.Element(new ConstraintElement(null, height, null));

    public static IContainer Height(this IContainer container, float height) => container.Element(new ConstraintElement(null, null, height));

    public static IContainer ExtendHorizontal(this IContainer container) => container.Element(new ExtendElement());

    /// <summary>
    /// Keeps the content together: it moves to the next page rather than split, unless no page could hold it or
    /// moving would leave more than a quarter of the page blank.
    /// </summary>
    public static IContainer ShowEntire(this IContainer container) => container.Element(new ShowEntireElement());

    /// <summary>Keeps the content (a heading, a label, a table's group row) on the same page as what follows it.</summary>
    public static IContainer KeepWithNext(this IContainer container) => container.Element(new KeepWithNextElement());

    /// <summary>Starts a new page unless this much height is left, so a heading is not left alone at a page's foot.</summary>
    public static IContainer EnsureSpace(this IContainer container, float minHeight) => container.Element(new EnsureSpaceElement(minHeight));

    /// <summary>Marks where a named part starts: a destination for links, a page number for contents and, with a title, a bookmark.</summary>
    public static IContainer Section(this IContainer container, string name, string? bookmark = null, int bookmarkLevel = 0)
    {
        var section = new SectionElement(name, bookmark, bookmarkLevel);
        container.SetChild(section);
        return section;
    }

    public static IContainer SectionLink(this IContainer container, string name) => container.Element(new SectionLinkElement(name));

    public static IContainer Hyperlink(this IContainer container, string url) => container.Element(new HyperlinkElement(url));

    public static void PageBreak(this IContainer container) => container.SetChild(new PageBreakElement());

    public static void LineHorizontal(this IContainer container, float thickness, string color = "#000000") =>
        container.SetChild(new LineElement(thickness, SKColor.Parse(color)));

    public static void Watermark(this IContainer container, string text) => container.SetChild(new WatermarkElement(text));

    public static void Column(this IContainer container, Action<ColumnDescriptor> compose)
    {
        var descriptor = new ColumnDescriptor();
        compose(descriptor);
        container.SetChild(descriptor.Element);
    }

    public static void Row(this IContainer container, Action<RowDescriptor> compose)
    {
        var descriptor = new RowDescriptor();
        compose(descriptor);
        container.SetChild(descriptor.Element);
    }

    public static void Table(this IContainer container, Action<TableDescriptor> compose)
    {
        var descriptor = new TableDescriptor();
        compose(descriptor);
        container.SetChild(descriptor.Element);
    }

    public static TextSpanDescriptor Text(this IContainer container, string? text)
    {
        var descriptor = new TextDescriptor();
        var span = descriptor.Span(text);
        container.SetChild(descriptor.Element);
        return span;
    }

    public static void Text(this IContainer container, Action<TextDescriptor> compose)
    {
        var descriptor = new TextDescriptor();
        compose(descriptor);
        container.SetChild(descriptor.Element);
    }
}
