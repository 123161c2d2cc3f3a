using TableRow = System.Collections.Generic.List<(CouncilProposals.Pdf.Elements.TableCell Cell, int Column)>;

namespace CouncilProposals.Pdf.Elements;

internal sealed record TableColumn(bool IsRelative, float Value);

/// <summary>A table cell: a slot that may span several columns.</summary>
internal sealed class TableCell : ContainerElement
{
    public int ColumnSpan { get; set; } = 1;
}

/// <summary>
/// A grid of cells in fixed or relative columns. The header rows repeat at the top of every page; cells wrap;
/// a row taller than the space left splits, each cell continuing on the next page where it stopped; a row marked
/// keep-with-next (a group row) never ends a page.
/// </summary>
internal sealed class TableElement : Element
{
    private List<TableRow>? _headerRows;
    private List<TableRow>? _rows;
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

    private static void DrawRow(TableRow row, float[] widths, float top, float height, DrawContext context)
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
        if (!PlaceHeader(_headerRows, result, widths, available.Height, context))
        {
            result.Wrap = true;
            return result;
        }

        PlaceBody(_rows, result, widths, available.Height, context);
        return result;
    }

    /// <summary>Places every header row; false when they do not all fit whole.</summary>
    private static bool PlaceHeader(List<TableRow> rows, TableLayout result, float[] widths, float availableHeight, LayoutContext context)
    {
        foreach (var row in rows)
        {
            var (height, full, wrap) = MeasureRow(row, widths, availableHeight - result.Height, context);
            if (wrap || !full)
            {
                return false;
            }

            result.Header.Add((row, height, true));
            result.Height += height;
        }

        return true;
    }

    /// <summary>
    /// Places the rows that fit whole from the current one on. The first row that does not fit whole splits: it
    /// takes the rest of the space and each of its cells continues on the next page where it stopped. A row that
    /// cannot start here (its cells cannot split) goes to the next page, with the rows kept with it.
    /// </summary>
    private void PlaceBody(List<TableRow> rows, TableLayout result, float[] widths, float availableHeight, LayoutContext context)
    {
        for (var i = _currentRow; i < rows.Count; i++)
        {
            var (height, full, wrap) = MeasureRow(rows[i], widths, availableHeight - result.Height, context);
            if (full && !wrap)
            {
                result.Body.Add((rows[i], height, true));
                result.Height += height;
                continue;
            }

            if (!wrap)
            {
                var rest = availableHeight - result.Height;
                result.Body.Add((rows[i], rest, false));
                result.Height += rest;
                return;
            }

            while (!context.KeepRulesRelaxed && result.Body.Count > 0 && result.Body[^1].Row.Exists(c => KeepWithNextElement.IsMarked(c.Cell)))
            {
                result.Height -= result.Body[^1].Height;
                result.Body.RemoveAt(result.Body.Count - 1);
            }

            result.Wrap = result.Body.Count == 0;
            return;
        }

        result.Complete = true;
    }

    private static (float Height, bool Full, bool Wrap) MeasureRow(TableRow row, float[] widths, float availableHeight, LayoutContext context)
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

    private List<TableRow> Flow(IEnumerable<TableCell> cells)
    {
        var rows = new List<TableRow>();
        TableRow current = [];
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
        public List<(TableRow Row, float Height, bool Full)> Header { get; } = [];

        public List<(TableRow Row, float Height, bool Full)> Body { get; } = [];

        public float Height { get; set; }

        public bool Complete { get; set; }

        public bool Wrap { get; set; }
    }
}
