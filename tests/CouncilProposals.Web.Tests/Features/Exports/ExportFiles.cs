using System.Globalization;
using System.Text;
using CouncilProposals.Web.Features.Exports;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace CouncilProposals.Web.Tests.Features.Exports;

/// <summary>One cell as Excel reads it: its type, its text or value, its formula and its number format.</summary>
public sealed record SheetCell(string Reference, bool IsNumber, bool IsInlineString, string Text, string? Formula, string? NumberFormat)
{
    public decimal Number => decimal.Parse(Text, NumberStyles.Float, CultureInfo.InvariantCulture);
}

/// <summary>The tracker sheet of a downloaded workbook, read with the Open XML SDK.</summary>
public sealed record TrackerSheet(IReadOnlyList<IReadOnlyList<SheetCell>> Rows, Pane? Pane, string? AutoFilter, IReadOnlyList<string> SchemaErrors)
{
    /// <summary>The rows between the header and the totals row.</summary>
    public IReadOnlyList<IReadOnlyList<SheetCell>> Proposals => Rows.Skip(1).Take(Rows.Count - 2).ToList();

    public IReadOnlyList<SheetCell> Totals => Rows[^1];

    public static async Task<TrackerSheet> LoadAsync(HttpResponseMessage response)
    {
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == XlsxTrackerWriter.SheetName);
        var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
        var styles = workbook.WorkbookStylesPart!.Stylesheet;
        var formats = styles.CellFormats!.Elements<CellFormat>().ToList();
        var codes = styles.NumberingFormats?.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!) ?? [];

        string? FormatOf(Cell cell) =>
            cell.StyleIndex is { } index && formats[(int)index.Value].NumberFormatId is { } id ? codes.GetValueOrDefault(id.Value) : null;

        var rows = worksheet.GetFirstChild<SheetData>()!.Elements<Row>().Select(row => (IReadOnlyList<SheetCell>)row.Elements<Cell>().Select(cell => new SheetCell(
            cell.CellReference!.Value!,
            cell.DataType is null || cell.DataType.Value == CellValues.Number,
            cell.DataType?.Value == CellValues.InlineString,
            cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.Text!.Text : cell.CellValue?.Text ?? string.Empty,
            cell.CellFormula?.Text,
            FormatOf(cell))).ToList()).ToList();
        var pane = worksheet.GetFirstChild<SheetViews>()?.GetFirstChild<SheetView>()?.GetFirstChild<Pane>();
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Description} ({e.Path?.XPath})").ToList();
        return new TrackerSheet(rows, pane, worksheet.GetFirstChild<AutoFilter>()?.Reference?.Value, errors);
    }

    /// <summary>The cell of a row in a column named by its header.</summary>
    public static SheetCell? Cell(IReadOnlyList<SheetCell> row, string column) =>
        row.SingleOrDefault(c => c.Reference.StartsWith(Letter(column), StringComparison.Ordinal) && char.IsAsciiDigit(c.Reference[1]));

    public static string Letter(string column) =>
        ((char)('A' + TrackerColumns.All.Select(c => c.Header).ToList().IndexOf(column))).ToString();
}

/// <summary>A downloaded CSV read as text: its bytes, its lines and its fields, by RFC 4180.</summary>
public sealed record TrackerCsv(byte[] Bytes, string Text, IReadOnlyList<IReadOnlyList<string>> Records)
{
    public IReadOnlyList<string> Header => Records[0];

    public IReadOnlyList<IReadOnlyList<string>> Proposals => Records.Skip(1).ToList();

    public static async Task<TrackerCsv> LoadAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = new UTF8Encoding(false).GetString(bytes);
        return new TrackerCsv(bytes, text, Parse(text.TrimStart('\uFEFF')));
    }

    public string Field(IReadOnlyList<string> record, string column) => record[Header.ToList().IndexOf(column)];

    private static List<IReadOnlyList<string>> Parse(string text)
    {
        var records = new List<IReadOnlyList<string>>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                records.Add(fields);
                fields = [];
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        return records;
    }
}

public static class ListTotals
{
    /// <summary>The list page's totals row as numbers in £000: each year, then the total.</summary>
    public static IReadOnlyList<decimal> Of(HtmlPage page) =>
        page.Find("tr.app-totals-row")!.QuerySelectorAll("td").Select(c => Amount(HtmlPage.Fold(c.TextContent))).ToList();

    private static decimal Amount(string text) =>
        text == "-" ? 0m : decimal.Parse(text.Trim('(', ')'), NumberStyles.Number, CultureInfo.InvariantCulture);
}

/// <summary>Proposals whose titles start like spreadsheet formulas, found by one search word.</summary>
public static class HostileTitles
{
    public static async Task<(string Word, string[] Titles)> AddAsync(CouncilProposalsFactory factory)
    {
        var word = Unique.Word("Hostile");
        string[] titles = [$"=HYPERLINK(\"http://x\",\"y\") {word}", $"+1 {word}", $"-2 {word}", $"@SUM(1) {word}"];
        await factory.WithDbAsync(async db =>
        {
            foreach (var title in titles)
            {
                await new ProposalBuilder().InDirectorate("RES").Titled(title).BuildAsync(db);
            }
        });
        return (word, titles);
    }
}
