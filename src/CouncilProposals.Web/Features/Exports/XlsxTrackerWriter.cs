using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CouncilProposals.Web.Features.Exports;

/// <summary>
/// The tracker as an Excel workbook: the rows written one at a time with the SDK's streaming writer, the header
/// frozen and filtered, money as numbers in £000 with brackets for negatives, dates as dates, and a totals row
/// whose SUBTOTAL formulas keep the total right when Excel filters the rows. A second sheet says what it holds, a
/// third adds up the proposals' equality screening (<see cref="XlsxEqualityImpactSheet"/>).
/// Text goes in as inline strings, which Excel never reads as formulas, so it is kept exactly as typed.
/// </summary>
public static class XlsxTrackerWriter
{
    public const string SheetName = "Savings tracker";

    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly string[] Letters = TrackerColumns.All.Select((_, i) => ((char)('A' + i)).ToString()).ToArray();

    private static readonly int SavingColumn = IndexOf(TrackerColumns.Saving);

    private static readonly int FteColumn = IndexOf(TrackerColumns.Fte);

    /// <summary>
    /// Writes the workbook as a zip, each part compressed straight to the output as it is written, so memory stays
    /// flat however many rows there are. (The SDK's own package holds every part in memory until it closes.)
    /// </summary>
    public static async Task WriteAsync(SavingsTracker tracker, Stream output, CancellationToken cancellationToken)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        XlsxPackage.WriteFixedParts(zip, TrackerStyles.Stylesheet(), About(tracker));
        int lastRow;
        using (var sheet = zip.CreateEntry(XlsxPackage.TrackerSheetPath).Open())
        {
            lastRow = await WriteSheetAsync(sheet, tracker, cancellationToken);
        }

        XlsxPackage.WritePart(zip, XlsxPackage.EqualitySheetPath, XlsxEqualityImpactSheet.Build(await tracker.EqualityImpact(cancellationToken), tracker.CycleName));
        XlsxPackage.WritePart(zip, XlsxPackage.WorkbookPath, new Workbook(
            new Sheets(
                new Sheet { Id = XlsxPackage.TrackerSheetId, SheetId = 1U, Name = SheetName },
                new Sheet { Id = XlsxPackage.AboutSheetId, SheetId = 2U, Name = "About" },
                new Sheet { Id = XlsxPackage.EqualitySheetId, SheetId = 3U, Name = XlsxEqualityImpactSheet.SheetName }),
            new DefinedNames(new DefinedName($"'{SheetName}'!$A$1:${Letters[^1]}${lastRow}") { Name = "_xlnm._FilterDatabase", LocalSheetId = 0U, Hidden = true })));
    }

    /// <summary>Excel's day number of a date (days since 30 December 1899).</summary>
    public static int SerialDate(DateOnly date) => date.DayNumber - new DateOnly(1899, 12, 30).DayNumber;

    /// <summary>Writes the header, the rows and the totals row; returns the last row that holds a proposal.</summary>
    private static async Task<int> WriteSheetAsync(Stream part, SavingsTracker tracker, CancellationToken cancellationToken)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        { TabSelected = true, WorkbookViewId = 0U }));
        writer.WriteElement(new Columns(TrackerColumns.All.Select((c, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = c.Width, CustomWidth = true })));
        writer.WriteStartElement(new SheetData());

        var cells = new CellWriter(writer);
        cells.StartRow(1);
        for (var i = 0; i < TrackerColumns.All.Count; i++)
        {
            cells.Text(Letters[i], 1, TrackerColumns.All[i].Header, TrackerStyles.Header);
        }

        cells.EndRow();
        var row = 1;
        var saving = 0m;
        var fte = 0m;
        await foreach (var tracked in tracker.Rows.WithCancellation(cancellationToken))
        {
            row++;
            cells.StartRow(row);
            var values = TrackerColumns.Cells(tracked);
            for (var i = 0; i < values.Length; i++)
            {
                cells.Value(Letters[i], row, values[i], i == FteColumn ? TrackerStyles.Fte : TrackerStyles.Money);
            }

            cells.EndRow();
            saving += tracked.Saving;
            fte += tracked.FteReduction ?? 0m;
        }

        var totals = row + 1;
        cells.StartRow(totals);
        cells.Text(Letters[0], totals, "Total of the rows shown", TrackerStyles.TotalLabel);
        cells.Total(Letters[SavingColumn], totals, row, saving, TrackerStyles.TotalMoney);
        cells.Total(Letters[FteColumn], totals, row, fte, TrackerStyles.TotalFte);
        cells.EndRow();
        writer.WriteEndElement();

        // The filter covers the header and the proposals, not the totals row, so filtering never hides the total.
        writer.WriteElement(new AutoFilter { Reference = $"A1:{Letters[^1]}{row}" });
        writer.WriteEndElement();
        return row;
    }

    private static Worksheet About(SavingsTracker tracker)
    {
        string[] lines =
        [
            $"Savings tracker, MTFS {tracker.CycleName} ({tracker.FirstYear} to {tracker.LastYear})",
            $"One row per proposal and savings year. \"{TrackerColumns.Saving}\" is the saving or extra income in thousands of pounds, as a positive number; the council's documents show the same figure in brackets, such as (371).",
            $"The totals row uses SUBTOTAL, so it adds up only the rows a filter shows. FTE is the reduction in posts in that year; empty where the staffing impact is not yet answered.",
            tracker.Filters.Count == 0 ? "Filters: none (every proposal you may see in the cycle)." : $"Filters: {string.Join("; ", tracker.Filters)}.",
        ];
        return new Worksheet(
            new Columns(new Column { Min = 1U, Max = 1U, Width = 140D, CustomWidth = true }),
            new SheetData(lines.Select((line, i) => new Row(new Cell(new InlineString(new Text(line))) { CellReference = $"A{i + 1}", DataType = CellValues.InlineString }) { RowIndex = (uint)i + 1 })));
    }

    private static int IndexOf(string header) => TrackerColumns.All.Select(c => c.Header).ToList().IndexOf(header);

    /// <summary>Writes cells with the streaming writer, reusing one element of each kind for its tag.</summary>
    private sealed class CellWriter(OpenXmlWriter writer)
    {
        private static readonly OpenXmlAttribute InlineStringType = new("t", string.Empty, "inlineStr");
        private static readonly OpenXmlAttribute PreserveSpace = new("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve");

        private readonly Row _row = new();
        private readonly Cell _cell = new();
        private readonly CellValue _value = new();
        private readonly CellFormula _formula = new();
        private readonly InlineString _inline = new();
        private readonly Text _text = new();

        public void StartRow(int index) => writer.WriteStartElement(_row, [new OpenXmlAttribute("r", string.Empty, Number(index))]);

        public void EndRow() => writer.WriteEndElement();

        public void Value(string column, int row, object? value, uint numberStyle)
        {
            switch (value)
            {
                case null:
                    break;
                case string text:
                    Text(column, row, text, TrackerStyles.Text);
                    break;
                case decimal number:
                    Start(column, row, numberStyle);
                    Element(_value, number.ToString(CultureInfo.InvariantCulture));
                    writer.WriteEndElement();
                    break;
                case DateOnly date:
                    Start(column, row, TrackerStyles.Date);
                    Element(_value, Number(SerialDate(date)));
                    writer.WriteEndElement();
                    break;
                default:
                    throw new ArgumentException($"No cell for {value.GetType().Name}.", nameof(value));
            }
        }

        public void Text(string column, int row, string text, uint style)
        {
            writer.WriteStartElement(_cell, [Reference(column, row), Style(style), InlineStringType]);
            writer.WriteStartElement(_inline);
            writer.WriteStartElement(_text, [PreserveSpace]);
            writer.WriteString(XmlText.Safe(text));
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        /// <summary>SUBTOTAL(109, ...) sums only the rows a filter leaves visible; the value is cached for readers that do not calculate.</summary>
        public void Total(string column, int row, int lastProposalRow, decimal total, uint style)
        {
            Start(column, row, style);
            if (lastProposalRow > 1)
            {
                Element(_formula, $"SUBTOTAL(109,{column}2:{column}{Number(lastProposalRow)})");
            }

            Element(_value, total.ToString(CultureInfo.InvariantCulture));
            writer.WriteEndElement();
        }

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

        private static OpenXmlAttribute Reference(string column, int row) => new("r", string.Empty, column + Number(row));

        private static OpenXmlAttribute Style(uint style) => new("s", string.Empty, style.ToString(CultureInfo.InvariantCulture));

        private void Start(string column, int row, uint style) => writer.WriteStartElement(_cell, [Reference(column, row), Style(style)]);

        private void Element(OpenXmlElement element, string text)
        {
            writer.WriteStartElement(element);
            writer.WriteString(text);
            writer.WriteEndElement();
        }
    }
}
