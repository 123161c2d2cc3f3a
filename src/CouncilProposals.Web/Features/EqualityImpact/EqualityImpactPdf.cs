using CouncilProposals.Domain.Equality;
using CouncilProposals.Domain.Proposals;
using CouncilProposals.Pdf.Fluent;

namespace CouncilProposals.Web.Features.EqualityImpact;

/// <summary>
/// The cumulative equality impact as an appendix of the Cabinet pack: the headline counts, the proposals that name
/// each protected characteristic, the Yes answers to each trigger question with their stated impacts, and the
/// proposals that need a full Equality Analysis. The same figures as the page, from the same domain service.
/// </summary>
/// <remarks>The public version of a pack passes the references of the exempt proposals it withholds: their stated impacts are withheld too.</remarks>
public sealed class EqualityImpactPdf(CumulativeEqualityImpact impact, IReadOnlySet<string>? withheld = null) : IComponent
{
    public const string Title = "Cumulative equality impact";

    public const string Introduction =
        "The Budget Equality Analysis Screening Tool answers of every proposal in this pack, added up: several small impacts on the same group can add up. " +
        "Only Yes answers count. A protected characteristic is counted when the impact summary names it (whole words, any case; \"all protected " +
        "characteristics\" names all nine; \"as above\" repeats the question before). Each proposal counts once per characteristic. Savings and income in £000, " +
        "each proposal's total over the cycle.";

    public const string WithheldImpact = "Not for publication (exempt information)";

    private const string Grey = "#EDEDED";
    private const string Rule = "#7F7F7F";

    public void Compose(IContainer container) => container.Column(col =>
    {
        col.Spacing(6);
        col.Item().Text(Title).FontSize(14).Bold();
        col.Item().Text(Introduction).FontSize(8);

        var headlines = Headlines(impact);
        col.Item().Text(t =>
        {
            t.Line(headlines[0]);
            t.Line(headlines[1]);
            t.Span(headlines[2]);
        });

        Heading(col, "By protected characteristic, across all trigger questions");
        col.Item().Element(c => CharacteristicTable(c, impact.Characteristics));

        Heading(col, "Proposals that answered Yes to each trigger question");
        col.Item().Table(t =>
        {
            t.ColumnsDefinition(cols =>
            {
                cols.RelativeColumn();
                cols.ConstantColumn(55);
                cols.ConstantColumn(75);
            });
            HeaderRow(t, "Trigger question", "Proposals", "Savings and income (£000)");
            foreach (var question in impact.Questions)
            {
                Cell(t).Text($"{Number(question.Trigger)}. {ScreeningTool.Question(question.Trigger)}");
                Cell(t).AlignRight().Text(question.YesCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
                Cell(t).AlignRight().Text(question.Savings.ToBudgetText());
            }
        });

        foreach (var question in impact.Questions.Where(q => q.YesCount > 0))
        {
            Heading(col, $"Question {Number(question.Trigger)}: {ScreeningTool.Question(question.Trigger)}");
            col.Item().Element(c => CharacteristicTable(c, question.Characteristics));
            col.Item().Table(t =>
            {
                t.ColumnsDefinition(cols =>
                {
                    cols.ConstantColumn(110);
                    cols.ConstantColumn(60);
                    cols.RelativeColumn(3);
                    cols.RelativeColumn(2);
                });
                HeaderRow(t, "Proposal", "Savings and income (£000)", "Stated impact", "Characteristics named");
                foreach (var yes in question.Yes)
                {
                    Cell(t).Text($"{yes.Proposal.Reference} {yes.Proposal.Title}");
                    Cell(t).AlignRight().Text(yes.Proposal.TotalSavings.ToBudgetText());
                    Cell(t).Text(StatedImpact(yes, withheld));
                    Cell(t).Text(yes.Named.Count == 0 ? "None" : string.Join(", ", yes.Named.Select(c => c.DisplayName())));
                }
            });
        }

        Heading(col, "Proposals that need a full Equality Analysis");
        if (impact.EqualityAnalyses.Count == 0)
        {
            col.Item().Text("No proposal needs a full Equality Analysis.");
            return;
        }

        col.Item().Table(t =>
        {
            t.ColumnsDefinition(cols =>
            {
                cols.RelativeColumn(3);
                cols.ConstantColumn(60);
                cols.ConstantColumn(70);
                cols.ConstantColumn(90);
            });
            HeaderRow(t, "Proposal", "Savings and income (£000)", "Yes to questions", "Full EA required?");
            foreach (var check in impact.EqualityAnalyses)
            {
                Cell(t).Text($"{check.Proposal.Reference} {check.Proposal.Title} ({check.Proposal.Directorate})");
                Cell(t).AlignRight().Text(check.Proposal.TotalSavings.ToBudgetText());
                Cell(t).Text(check.YesTo.Count == 0 ? "None" : string.Join(", ", check.YesTo.Select(Number)));
                Cell(t).Text(check.RecordText).Bold(!check.IsRecorded);
            }
        });
    });

    /// <summary>The three headline lines under the title.</summary>
    public static IReadOnlyList<string> Headlines(CumulativeEqualityImpact impact) =>
    [
        $"Proposals screened: {impact.ProposalCount}; their savings and income (£000): {impact.TotalSavings.ToBudgetText()}",
        $"Answered Yes to a trigger question: {impact.WithYes.Count}",
        $"Need a full Equality Analysis: {impact.EqualityAnalysesNeeded}; recorded as required: {impact.EqualityAnalysesRecorded}; not recorded: {impact.EqualityAnalysesNotRecorded}",
    ];

    public static string StatedImpact(YesAnswer yes, IReadOnlySet<string>? withheld) =>
        withheld?.Contains(yes.Proposal.Reference) == true ? WithheldImpact : yes.Impact ?? "Not given";

    public static int Number(ScreeningTrigger trigger) => ScreeningTool.Triggers.ToList().IndexOf(trigger) + 1;

    private static void Heading(ColumnDescriptor col, string text) =>
        col.Item().EnsureSpace(60).KeepWithNext().PaddingTop(6).Text(text).FontSize(11).Bold();

    private static void CharacteristicTable(IContainer container, IReadOnlyList<CharacteristicImpact> rows) => container.Table(t =>
    {
        t.ColumnsDefinition(cols =>
        {
            cols.ConstantColumn(140);
            cols.ConstantColumn(55);
            cols.ConstantColumn(75);
            cols.RelativeColumn();
        });
        HeaderRow(t, "Protected characteristic", "Proposals", "Savings and income (£000)", "References");
        foreach (var row in rows)
        {
            Cell(t).Text(row.Name);
            Cell(t).AlignRight().Text(row.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Cell(t).AlignRight().Text(row.Savings.ToBudgetText());
            Cell(t).Text(string.Join("; ", row.Proposals.Select(p => p.Reference)));
        }
    });

    private static void HeaderRow(TableDescriptor t, params string[] titles) => t.Header(h =>
    {
        foreach (var title in titles)
        {
            h.Cell().Border(0.5f, Rule).Background(Grey).Padding(3).Text(title).Bold();
        }
    });

    private static IContainer Cell(TableDescriptor t) => t.Cell().Border(0.5f, Rule).Padding(3);
}
