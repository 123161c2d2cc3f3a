using CouncilProposals.Domain.Equality;
using CouncilProposals.Pdf.Fluent;
using CouncilProposals.Web.Features.EqualityImpact;
using CouncilProposals.Web.Features.Proposals;

namespace CouncilProposals.Web.Features.CabinetPacks;

/// <summary>
/// The pack a councillor reads: cover, contents that link to each part, the covering report when there is one,
/// the summary of savings (landscape), then each proposal as an appendix on a new page. One page numbering runs
/// through the whole pack, and the outline has a bookmark per part and per proposal.
/// </summary>
public sealed class CabinetPackPdfDocument(CabinetPackViewModel pack, IReadOnlyList<ProposalDocumentModel> proposals, string councilName, DateTimeOffset generatedAt) : IDocument
{
    private const string Grey = "#EDEDED";
    private const string Rule = "#7F7F7F";
    private const string EqualitySection = "equality-impact";

    /// <summary>The pack's cumulative equality impact, an appendix before the proposals when given.</summary>
    public CumulativeEqualityImpact? EqualityImpact { get; init; }

    public DocumentMetadata GetMetadata() => new()
    {
        Title = pack.Title,
        Author = councilName,
        Subject = $"{pack.MeetingName}, {pack.MeetingDateText}",
        Keywords = $"Cabinet pack; savings proposals; MTFS {pack.CycleName}",
        CreationDate = generatedAt,
    };

    public void Compose(IDocumentContainer container)
    {
        container.Page(page => Part(page).Section("cover", "Cover").Element(Cover));
        container.Page(page => Part(page).Section("contents", "Contents").Element(Contents));
        if (pack.CoveringReport.Count > 0 || !pack.FrontSheet.IsEmpty)
        {
            var appendices = proposals.Select((p, i) => $"Appendix {i + 1}: {p.Reference} {p.Title}").Prepend("Summary of savings proposals").ToList();
            container.Page(page => Part(page).Section("report", "Covering report").Component(new CoveringReportPdf(pack, appendices)));
        }

        container.Page(page => Part(page, landscape: true).Section("summary", "Summary of savings proposals").Element(Summary));
        if (EqualityImpact is { } equality)
        {
            container.Page(page => Part(page).Section(EqualitySection, EqualityImpactPdf.Title).Component(new EqualityImpactPdf(equality)));
        }

        for (var i = 0; i < proposals.Count; i++)
        {
            var number = i + 1;
            var proposal = proposals[i];
            container.Page(page =>
            {
                // Every page of an appendix names its proposal, so a page read on its own says what it belongs to.
                ProposalPdfPages.Setup(page, $"Appendix {number}: {proposal.Reference} {proposal.Title}", proposal.IsDraft, padToEvenPages: pack.PadToEvenPages);
                var slot = number == 1 ? page.Content().Section("appendices", "Appendices") : page.Content();
                slot.Section(AppendixSection(number), $"Appendix {number}: {proposal.Reference} {proposal.Title}", bookmarkLevel: 1).Column(col =>
                {
                    col.Spacing(4);
                    col.Item().Text($"Appendix {number}").FontSize(8).Bold();
                    col.Item().Component(new ProposalForm(proposal));
                });
            });
        }
    }

    private static string AppendixSection(int number) => $"appendix-{number}";

    private IContainer Part(PageDescriptor page, bool landscape = false)
    {
        ProposalPdfPages.Setup(page, pack.Title, draft: false, landscape, pack.PadToEvenPages);
        return page.Content();
    }

    private void Cover(IContainer container) => container.PaddingTop(120).Column(col =>
    {
        col.Spacing(10);
        col.Item().Text(councilName).FontSize(20).Bold();
        col.Item().Text($"{pack.MeetingName}, {pack.MeetingDateText}").FontSize(14);
        col.Item().PaddingTop(30).Text(pack.Title).FontSize(22).Bold();
        col.Item().Text($"Medium Term Financial Strategy {pack.CycleName}").FontSize(14);
        col.Item().PaddingTop(30).Text($"Classification: {pack.Classification}").FontSize(12);
        col.Item().Text($"{proposals.Count} savings proposals").FontSize(12);
    });

    private void Contents(IContainer container) => container.Column(col =>
    {
        col.Spacing(6);
        col.Item().PaddingBottom(10).Text("Contents").FontSize(16).Bold();
        if (pack.CoveringReport.Count > 0 || !pack.FrontSheet.IsEmpty)
        {
            ContentsLine(col, "Covering report", "report");
        }

        ContentsLine(col, "Summary of savings proposals", "summary");
        if (EqualityImpact is not null)
        {
            ContentsLine(col, EqualityImpactPdf.Title, EqualitySection);
        }

        for (var i = 0; i < proposals.Count; i++)
        {
            ContentsLine(col, $"Appendix {i + 1}: {proposals[i].Reference} {proposals[i].Title}", AppendixSection(i + 1));
        }
    });

    private static void ContentsLine(ColumnDescriptor col, string title, string section) =>
        col.Item().ShowEntire().SectionLink(section).BorderBottom(0.25f, "#BFBFBF").PaddingBottom(2).Row(row =>
        {
            row.RelativeItem().Text(title).FontSize(10);
            row.ConstantItem(50).AlignRight().Text(t => t.BeginPageNumberOfSection(section).FontSize(10));
        });

    private void Summary(IContainer container) => container.Column(col =>
    {
        col.Spacing(6);
        col.Item().Text("Summary of savings proposals").FontSize(14).Bold();
        col.Item().Text("Savings and income in £000; FTE reductions over the cycle.").FontSize(8);
        var summary = pack.Summary;
        var columns = summary.SavingsYears.Count + 5;
        col.Item().Table(t =>
        {
            t.ColumnsDefinition(cols =>
            {
                cols.ConstantColumn(110);
                cols.RelativeColumn(4);
                cols.RelativeColumn(2.5f);
                for (var year = 0; year < summary.SavingsYears.Count; year++)
                {
                    cols.ConstantColumn(58);
                }

                cols.ConstantColumn(62);
                cols.ConstantColumn(58);
            });
            t.Header(h =>
            {
                foreach (var title in (string[])["Reference", "Title", "Directorate"])
                {
                    h.Cell().Border(0.5f, Rule).Background(Grey).Padding(3).Text(title).Bold();
                }

                // Headers of number columns sit right-aligned over their right-aligned figures.
                foreach (var title in (string[])[.. summary.SavingsYears, "Total", "FTE reductions"])
                {
                    h.Cell().Border(0.5f, Rule).Background(Grey).Padding(3).AlignRight().Text(title).Bold().AlignRight();
                }
            });
            foreach (var group in summary.Directorates)
            {
                t.Cell().ColumnSpan(columns).KeepWithNext().Border(0.5f, Rule).Background("#F7F7F7").Padding(3).Text(group.Directorate).Bold();
                foreach (var row in group.Rows)
                {
                    SummaryRow(t, row, bold: false);
                }

                SummaryRow(t, group.Subtotal, bold: true);
            }

            SummaryRow(t, summary.GrandTotal, bold: true);
        });
    });

    private static void SummaryRow(TableDescriptor t, PackSummaryRow row, bool bold)
    {
        Cell(t).Text(row.Reference).Bold(bold);
        Cell(t).Text(row.Title).Bold(bold);
        Cell(t).Text(row.Directorate).Bold(bold);
        foreach (var amount in row.Years)
        {
            Cell(t).AlignRight().Text(amount).Bold(bold);
        }

        Cell(t).AlignRight().Text(row.Total).Bold(bold);
        Cell(t).AlignRight().Text(PdfFigures.Fte(row.FteReductions)).Bold(bold);
    }

    private static IContainer Cell(TableDescriptor t) => t.Cell().Border(0.5f, Rule).Padding(3);
}
