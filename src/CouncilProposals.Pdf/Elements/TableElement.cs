namespace CouncilProposals.Pdf.Elements;

internal sealed record TableColumn(bool IsRelative, float Value);

/// <summary>A table cell: a slot that may span several columns.</summary>
internal sealed class TableCell : ContainerElement
{
    public int ColumnSpan { get; set; } = 1;
}

/// <summary>
/// A grid of cells in fixed or relative columns. The header rows repeat at the top of every page; cells wrap;
/// a row taller than the space left continues on the next page when it is the first row there, and otherwise
/// moves to the next page whole.
/// </summary>
internal sealed class TableElement : Element
{
    private List<List<(TableCell Cell, int Column)>>? _headerRows;
    private List<List<(TableCell Cell, int Column)>>? _rows;
    private int _currentRow;

    public List<TableColumn> Columns { get; } = [];

    public List<TableCell> HeaderCells { get; } = [];

    public List<TableCell> Cells { get; } = [];

    internal override IEnumerable<Element> Children => HeaderCells.Concat(Cells);

    protected override SpacePlan MeasureCore(Size available, LayoutContext context)
    {
        var layout = Layout(available, context);
        if (layout.Wrap)
        {
            return SpacePlan.Wrap;
        }

        return layout.Complete ? SpacePlan.Full(available.Width, layout.Height) : SpacePlan.Partial(available.Width, layout.Height);
    }

    protected override void DrawCore(Size available, DrawContext context)
    {
        var layout = Layout(available, context);
        var widths = Widths(available.Width);
        var y = 0f;
        foreach (var (row, height, _) in layout.Header)
        {
            DrawRow(row, widths, y, height, context);
            y += height;
        }

        foreach (var header in HeaderCells)
        {
            header.Reset();
        }

        foreach (var (row, height, full) in layout.Body)
        {
            DrawRow(row, widths, y, height, context);
            y += height;
            if (full)
            {
                _currentRow++;
            }
        }
    }

    protected override void ResetCore() => _currentRow = 0;

    private static void DrawRow(List<(TableCell Cell, int Column)> row, float[] widths, float top, float height, DrawContext context)
    {
        foreach (var (cell, column) in row)
        {
            var x = widths.Take(column).Sum();
            var width = widths.Skip(column).Take(cell.ColumnSpan).Sum();
            context.Translate(x, top, () => cell.Draw(new Size(width, height), context));
        }
    }

    private TableLayout Layout(Size available, LayoutContext context)
    {
        _headerRows ??= Flow(HeaderCells);
        _rows ??= Flow(Cells);
        var widths = Widths(available.Width);
        var result = new TableLayout();

        var used = 0f;
        foreach (var row in _headerRows)
        {
            var (height, full, wrap) = MeasureRow(row, widths, available.Height - used, context);
            if (wrap || !full)
            {
                result.Wrap = true;
                return result;
            }

            result.Header.Add((row, height, true));
            used += height;
        }

        for (var i = _currentRow; i < _rows.Count; i++)
        {
            var (height, full, wrap) = MeasureRow(_rows[i], widths, available.Height - used, context);
            var first = i == _currentRow;
            if (full && !wrap)
            {
                result.Body.Add((_rows[i], height, true));
                used += height;
                continue;
            }

            if (first && !wrap)
            {
                var rest = available.Height - used;
                result.Body.Add((_rows[i], rest, false));
                used += rest;
            }
            else if (first)
            {
                result.Wrap = true;
                return result;
            }

            result.Height = used;
            return result;
        }

        result.Height = used;
        result.Complete = true;
        return result;
    }

    private static (float Height, bool Full, bool Wrap) MeasureRow(List<(TableCell Cell, int Column)> row, float[] widths, float availableHeight, LayoutContext context)
    {
        var height = 0f;
        var full = true;
        foreach (var (cell, column) in row)
        {
            var width = widths.Skip(column).Take(cell.ColumnSpan).Sum();
            var plan = cell.Measure(new Size(width, Math.Max(0, availableHeight)), context);
            if (plan.IsWrap)
            {
                return (0, false, true);
            }

            full &= plan.IsFull;
            height = Math.Max(height, plan.Height);
        }

        return (height, full, false);
    }

    private List<List<(TableCell Cell, int Column)>> Flow(IEnumerable<TableCell> cells)
    {
        var rows = new List<List<(TableCell, int)>>();
        var current = new List<(TableCell, int)>();
        var column = 0;
        foreach (var cell in cells)
        {
            var span = Math.Clamp(cell.ColumnSpan, 1, Columns.Count);
            cell.ColumnSpan = span;
            if (column + span > Columns.Count)
            {
                rows.Add(current);
                current = [];
                column = 0;
            }

            current.Add((cell, column));
            column += span;
        }

        if (current.Count > 0)
        {
            rows.Add(current);
        }

        return rows;
    }

    private float[] Widths(float available)
    {
        var constant = Columns.Where(c => !c.IsRelative).Sum(c => c.Value);
        var relative = Columns.Where(c => c.IsRelative).Sum(c => c.Value);
        var left = Math.Max(0, available - constant);
        return Columns.Select(c => c.IsRelative ? (relative > 0 ? left * c.Value / relative : 0) : c.Value).ToArray();
    }

    private sealed class TableLayout
    {
        public List<(List<(TableCell Cell, int Column)> Row, float Height, bool Full)> Header { get; } = [];

        public List<(List<(TableCell Cell, int Column)> Row, float Height, bool Full)> Body { get; } = [];

        public float Height { get; set; }

        public bool Complete { get; set; }

        public bool Wrap { get; set; }
    }
}
