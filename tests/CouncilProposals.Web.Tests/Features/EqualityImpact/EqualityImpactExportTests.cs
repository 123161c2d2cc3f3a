using System.Globalization;
using System.Text.RegularExpressions;
using CouncilProposals.Web.Features.Exports;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;
using static CouncilProposals.Web.Tests.Features.EqualityImpact.EqualityImpactData;

namespace CouncilProposals.Web.Tests.Features.EqualityImpact;

/// <summary>The cumulative equality impact in the pack PDF and in the tracker workbook, against figures worked out here.</summary>
[Collection(WebCollection.Name)]
public sealed class EqualityImpactExportTests(CouncilProposalsFactory factory)
{
    [Fact]
    public async Task PackPdf_HasAnEqualityImpactAppendixBeforeTheProposals_WithFiguresWorkedOutFromThePack()
    {
        var (_, packId) = await BuildAsync(factory);
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);

        var bytes = await client.GetByteArrayAsync(new Uri($"/cabinet-packs/{packId}/pdf", UriKind.Relative));

        var pdf = PdfText.Read(bytes);
        var first = pdf.Pages.ToList().FindIndex(p => p.StartsWith("Cumulative equality impact The Budget", StringComparison.Ordinal));
        var appendixOne = pdf.Pages.ToList().FindIndex(p => p.StartsWith("Appendix 1 ", StringComparison.Ordinal));
        Assert.InRange(first, 2, appendixOne - 1);
        var text = string.Join(' ', pdf.Pages.Skip(first).Take(appendixOne - first));
        var specs = InPack;

        var contentsEntry = Regex.Match(pdf.Pages[1], @"Cumulative equality impact (\d+)");
        Assert.Equal(first + 1, int.Parse(contentsEntry.Groups[1].Value, CultureInfo.InvariantCulture));

        var needed = specs.Where(s => s.AnyYes || s.FullEa).ToList();
        Assert.Contains($"Proposals screened: {specs.Count}; their savings and income (£000): {Of(specs).Savings}", text, StringComparison.Ordinal);
        Assert.Contains($"Need a full Equality Analysis: {needed.Count}; recorded as required: {needed.Count(s => s.FullEa)}; not recorded: {needed.Count(s => !s.FullEa)}", text, StringComparison.Ordinal);
        foreach (var characteristic in Characteristics)
        {
            var (count, savings) = Of(specs.Where(s => s.Names(characteristic)));
            Assert.Matches($@"{Regex.Escape($"{characteristic} {count} {savings}")}(\s|$)", text);
        }

        for (var question = 1; question <= 7; question++)
        {
            var (count, savings) = Of(specs.Where(s => s.YesTo(question)));
            Assert.Contains($"{question}. {ScreeningTool.Question(ScreeningTool.Triggers[question - 1])} {count} {savings}", text, StringComparison.Ordinal);
        }

        using var document = PdfDocument.Open(bytes);
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var roots = bookmarks.Roots.Cast<DocumentBookmarkNode>().ToList();
        Assert.Equal(["Cover", "Contents", "Summary of savings proposals", "Cumulative equality impact", "Appendices"], roots.Select(r => r.Title));
        Assert.Equal(first + 1, roots[3].PageNumber);
    }

    [Fact]
    public async Task Xlsx_EqualityImpactSheet_HoldsFiguresWorkedOutFromTheCycle()
    {
        var (cycle, _) = await BuildAsync(factory);
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);

        var response = await client.GetAsync(new Uri($"/proposals/export.xlsx?cycleId={cycle.Id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = await SheetAsync(response);
        var specs = Counted();
        var needed = specs.Where(s => s.AnyYes || s.FullEa).ToList();
        Assert.Equal(specs.Count, Value(rows, "Proposals screened"));
        Assert.Equal(specs.Sum(s => s.Total), Value(rows, "Savings and income (£000)"));
        Assert.Equal(needed.Count, Value(rows, "Need a full Equality Analysis"));
        Assert.Equal(needed.Count(s => s.FullEa), Value(rows, "Full EA recorded as required"));

        var byCharacteristic = Block(rows, XlsxEqualityImpactSheet.CharacteristicsBlock);
        foreach (var characteristic in Characteristics)
        {
            var naming = specs.Where(s => s.Names(characteristic)).ToList();
            var row = byCharacteristic.Single(r => r[0] == characteristic);
            Assert.Equal(naming.Count, Number(row[1]));
            Assert.Equal(naming.Sum(s => s.Total), Number(row[2]));
        }

        var byQuestion = Block(rows, XlsxEqualityImpactSheet.QuestionsBlock);
        for (var question = 1; question <= 7; question++)
        {
            var prefix = $"{question}. ";
            var yes = specs.Where(s => s.YesTo(question)).ToList();
            var all = byQuestion.Single(r => r[0].StartsWith(prefix, StringComparison.Ordinal) && r[1] == XlsxEqualityImpactSheet.AllYesAnswers);
            Assert.Equal(yes.Count, Number(all[2]));
            Assert.Equal(yes.Sum(s => s.Total), Number(all[3]));
            foreach (var characteristic in Characteristics)
            {
                var naming = yes.Where(s => s.Answers.Any(a => a.Yes && a.Question == question && a.Names.Contains(characteristic))).ToList();
                var row = byQuestion.SingleOrDefault(r => r[0].StartsWith(prefix, StringComparison.Ordinal) && r[1] == characteristic);
                Assert.Equal(naming.Count, row is null ? 0 : Number(row[2]));
                Assert.Equal(naming.Sum(s => s.Total), row is null ? 0 : Number(row[3]));
            }
        }

        var analyses = Block(rows, XlsxEqualityImpactSheet.AnalysesBlock);
        Assert.Equal(needed.Count, analyses.Count);
        Assert.Equal(needed.Count(s => s.FullEa), analyses.Count(r => r[6] == "Yes"));
        Assert.Equal(needed.Sum(s => s.Total), analyses.Sum(r => Number(r[3])));
    }

    private static decimal Number(string text) => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static decimal Value(IReadOnlyList<string[]> rows, string label) => Number(rows.Single(r => r.Length > 1 && r[0] == label)[1]);

    /// <summary>The rows under a block's title and its header, up to the next empty row.</summary>
    private static List<string[]> Block(IReadOnlyList<string[]> rows, string title)
    {
        var start = rows.ToList().FindIndex(r => r.Length > 0 && r[0] == title) + 2;
        return rows.Skip(start).TakeWhile(r => r.Length > 0).ToList();
    }

    /// <summary>The "Equality impact" sheet's rows, each cell's text in column order (empty rows empty).</summary>
    private static async Task<IReadOnlyList<string[]>> SheetAsync(HttpResponseMessage response)
    {
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Equality impact");
        var data = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.GetFirstChild<SheetData>()!;
        return data.Elements<Row>().Select(row => row.Elements<Cell>()
            .Select(c => c.DataType?.Value == CellValues.InlineString ? c.InlineString!.Text!.Text : c.CellValue?.Text ?? string.Empty).ToArray()).ToList();
    }
}
