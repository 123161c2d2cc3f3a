using System.Globalization;
using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Equality;
using CouncilProposals.Domain.Proposals;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CouncilProposals.Web.Features.Exports;

/// <summary>
/// The workbook's "Equality impact" sheet: the cumulative equality impact of the tracker's proposals whose savings
/// are counted, in four blocks (headline counts, by characteristic, by question and characteristic, full EAs). It
/// is small (a row per characteristic, question and proposal needing an EA), so it is built whole.
/// </summary>
public static class XlsxEqualityImpactSheet
{
    public const string SheetName = "Equality impact";

    public const string CharacteristicsBlock = "By protected characteristic, across all trigger questions";
    public const string QuestionsBlock = "By trigger question and protected characteristic";
    public const string AnalysesBlock = "Proposals that need a full Equality Analysis";
    public const string AllYesAnswers = "All Yes answers";

    public static Worksheet Build(CumulativeEqualityImpact impact, string cycleName)
    {
        List<object?[]> rows =
        [
            [$"Cumulative equality impact, MTFS {cycleName}"],
            ["The proposals of the tracker sheet whose savings are counted (withdrawn proposals and those Cabinet did not agree are left out). Only Yes answers to the screening tool's trigger questions count; a characteristic is counted when the impact summary names it, each proposal once. Savings and income in £000, each proposal's total over the cycle."],
            [],
            ["Proposals screened", (decimal)impact.ProposalCount],
            ["Savings and income (£000)", impact.TotalSavings],
            ["Answered Yes to a trigger question", (decimal)impact.WithYes.Count],
            ["Need a full Equality Analysis", (decimal)impact.EqualityAnalysesNeeded],
            ["Full EA recorded as required", (decimal)impact.EqualityAnalysesRecorded],
            ["Full EA not recorded", (decimal)impact.EqualityAnalysesNotRecorded],
            [],
            [CharacteristicsBlock],
        ];
        var headers = new List<int>();
        Header(rows, headers, "Protected characteristic", "Proposals", "Savings and income (£000)", "References");
        rows.AddRange(impact.Characteristics.Select(c => new object?[] { c.Name, (decimal)c.Count, c.Savings, References(c.Proposals) }));

        rows.Add([]);
        rows.Add([QuestionsBlock]);
        Header(rows, headers, "Trigger question", "Protected characteristic", "Proposals", "Savings and income (£000)", "References");
        foreach (var question in impact.Questions)
        {
            var text = $"{Number(question.Trigger)}. {ScreeningTool.Question(question.Trigger)}";
            rows.Add([text, AllYesAnswers, (decimal)question.YesCount, question.Savings, References(question.Yes.Select(y => y.Proposal))]);
            rows.AddRange(question.Characteristics.Select(c => new object?[] { text, c.Name, (decimal)c.Count, c.Savings, References(c.Proposals) }));
        }

        rows.Add([]);
        rows.Add([AnalysesBlock]);
        Header(rows, headers, "Reference", "Title", "Directorate", "Savings and income (£000)", "Yes to questions", "Full EA required?", "Full EA recorded");
        rows.AddRange(impact.EqualityAnalyses.Select(e => new object?[]
        {
            e.Proposal.Reference, e.Proposal.Title, e.Proposal.Directorate, e.Proposal.TotalSavings,
            e.YesTo.Count == 0 ? "None" : string.Join(", ", e.YesTo.Select(Number)), e.RecordText, e.IsRecorded ? "Yes" : "No",
        }));

        double[] widths = [60D, 30D, 24D, 24D, 40D, 24D, 16D];
        return new Worksheet(
            new Columns(widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true })),
            new SheetData(rows.Select((cells, i) => Row(i + 1, cells, headers.Contains(i + 1) || i == 0 || cells is [string s] && IsBlockTitle(s)))));
    }

    private static bool IsBlockTitle(string text) => text is CharacteristicsBlock or QuestionsBlock or AnalysesBlock;

    private static void Header(List<object?[]> rows, List<int> headers, params string[] titles)
    {
        rows.Add(titles);
        headers.Add(rows.Count);
    }

    private static string References(IEnumerable<ScreenedProposal> proposals) => string.Join("; ", proposals.Select(p => p.Reference));

    private static string Number(ScreeningTrigger trigger) =>
        (ScreeningTool.Triggers.ToList().IndexOf(trigger) + 1).ToString(CultureInfo.InvariantCulture);

    private static Row Row(int index, object?[] cells, bool bold) => new(cells.Select((value, column) => Cell($"{(char)('A' + column)}{index}", value, bold)).OfType<Cell>())
    {
        RowIndex = (uint)index,
    };

    private static Cell? Cell(string reference, object? value, bool bold) => value switch
    {
        string text => new Cell(new InlineString(new Text(XmlText.Safe(text)))) { CellReference = reference, DataType = CellValues.InlineString, StyleIndex = bold ? TrackerStyles.Header : TrackerStyles.Text },
        Money money => new Cell(new CellValue(money.Thousands.ToString(CultureInfo.InvariantCulture))) { CellReference = reference, StyleIndex = TrackerStyles.Money },
        decimal count => new Cell(new CellValue(count.ToString(CultureInfo.InvariantCulture))) { CellReference = reference, StyleIndex = TrackerStyles.Text },
        _ => null,
    };
}
