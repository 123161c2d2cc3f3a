using System.Globalization;
using CouncilProposals.Pdf.Elements;
using SkiaSharp;

namespace CouncilProposals.Pdf.Fluent;

public sealed class ColumnDescriptor
{
    internal ColumnElement Element { get; } = new();

    public ColumnDescriptor Spacing(float spacing)
    {
        Element.Spacing = spacing;
        return this;
    }

    public IContainer Item()
    {
        var slot = new Slot();
        Element.Items.Add(slot);
        return slot;
    }
}

public sealed class RowDescriptor
{
    internal RowElement Element { get; } = new();

    public RowDescriptor Spacing(float spacing)
    {
        Element.Spacing = spacing;
        return this;
    }

    public IContainer RelativeItem(float size = 1) => Add(RowItemKind.Relative, size);

    public IContainer ConstantItem(float width) => Add(RowItemKind.Constant, width);

    public IContainer AutoItem() => Add(RowItemKind.Auto, 0);

    private Slot Add(RowItemKind kind, float value)
    {
        var slot = new Slot();
        Element.Items.Add((kind, value, slot));
        return slot;
    }
}

public sealed class TableDescriptor
{
    internal TableElement Element { get; } = new();

    public TableDescriptor ColumnsDefinition(Action<TableColumnsDescriptor> define)
    {
        define(new TableColumnsDescriptor(Element.Columns));
        return this;
    }

    /// <summary>Header cells: repeated at the top of the table on every page.</summary>
    public TableDescriptor Header(Action<TableHeaderDescriptor> header)
    {
        header(new TableHeaderDescriptor(Element.HeaderCells));
        return this;
    }

    /// <summary>The next cell, placed left to right and wrapping onto a new row.</summary>
    public TableCellDescriptor Cell() => TableCellDescriptor.Add(Element.Cells);
}

public sealed class TableColumnsDescriptor
{
    private readonly List<TableColumn> _columns;

    internal TableColumnsDescriptor(List<TableColumn> columns) => _columns = columns;

    public void ConstantColumn(float width) => _columns.Add(new TableColumn(false, width));

    public void RelativeColumn(float size = 1) => _columns.Add(new TableColumn(true, size));
}

public sealed class TableHeaderDescriptor
{
    private readonly List<TableCell> _cells;

    internal TableHeaderDescriptor(List<TableCell> cells) => _cells = cells;

    public TableCellDescriptor Cell() => TableCellDescriptor.Add(_cells);
}

/// <summary>A cell's slot, with its column span.</summary>
public sealed class TableCellDescriptor : IContainer
{
    private readonly TableCell _cell;

    private TableCellDescriptor(TableCell cell) => _cell = cell;

    public TableCellDescriptor ColumnSpan(int columns)
    {
        _cell.ColumnSpan = columns;
        return this;
    }

    void IContainer.SetChild(Element element) => ((IContainer)_cell).SetChild(element);

    /// <summary>A new cell at the end of <paramref name="cells"/>.</summary>
    internal static TableCellDescriptor Add(List<TableCell> cells)
    {
        var cell = new TableCell();
        cells.Add(cell);
        return new TableCellDescriptor(cell);
    }
}

/// <summary>Spans of text in a paragraph, each with its own style, plus page numbers.</summary>
public sealed class TextDescriptor
{
    internal TextElement Element { get; } = new();

    public TextSpanDescriptor Span(string? text) => Add(_ => text ?? string.Empty, isDynamic: false);

    /// <summary>A span followed by a line break.</summary>
    public TextSpanDescriptor Line(string? text) => Add(_ => (text ?? string.Empty) + "\n", isDynamic: false);

    public TextSpanDescriptor CurrentPageNumber() => Add(c => c.PageNumber.ToString(CultureInfo.InvariantCulture), isDynamic: true);

    public TextSpanDescriptor TotalPages() => Add(c => c.TotalPages.ToString(CultureInfo.InvariantCulture), isDynamic: true);

    /// <summary>The page where a <see cref="ContainerExtensions.Section"/> starts, for a contents page.</summary>
    public TextSpanDescriptor BeginPageNumberOfSection(string section) =>
        Add(c => c.SectionPages.TryGetValue(section, out var page) ? page.ToString(CultureInfo.InvariantCulture) : "000", isDynamic: true);

    public TextDescriptor AlignLeft() => Align(HorizontalAlignment.Left);

    public TextDescriptor AlignCenter() => Align(HorizontalAlignment.Center);

    public TextDescriptor AlignRight() => Align(HorizontalAlignment.Right);

    private TextDescriptor Align(HorizontalAlignment alignment)
    {
        Element.Alignment = alignment;
        return this;
    }

    private TextSpanDescriptor Add(Func<LayoutContext, string> text, bool isDynamic)
    {
        var span = new TextSpan(text, isDynamic);
        Element.Spans.Add(span);
        return new TextSpanDescriptor(Element, span);
    }
}

/// <summary>Styles one span (or the whole text of <c>container.Text("...")</c>).</summary>
public sealed class TextSpanDescriptor
{
    private readonly TextElement _element;
    private readonly TextSpan _span;

    internal TextSpanDescriptor(TextElement element, TextSpan span)
    {
        _element = element;
        _span = span;
    }

    public TextSpanDescriptor FontSize(float size) => Style(s => s.FontSize(size));

    public TextSpanDescriptor Bold(bool bold = true) => Style(s => s.Bold(bold));

    public TextSpanDescriptor Italic(bool italic = true) => Style(s => s.Italic(italic));

    public TextSpanDescriptor FontColor(SKColor color) => Style(s => s.FontColor(color));

    public TextSpanDescriptor FontColor(string hex) => Style(s => s.FontColor(SKColor.Parse(hex)));

    public TextSpanDescriptor LineHeight(float lineHeight) => Style(s => s.LineHeight(lineHeight));

    public TextSpanDescriptor AlignCenter() => Align(HorizontalAlignment.Center);

    public TextSpanDescriptor AlignRight() => Align(HorizontalAlignment.Right);

    private TextSpanDescriptor Style(Func<TextStyle, TextStyle> change)
    {
        _span.Style = change(_span.Style);
        return this;
    }

    private TextSpanDescriptor Align(HorizontalAlignment alignment)
    {
        _element.Alignment = alignment;
        return this;
    }
}
