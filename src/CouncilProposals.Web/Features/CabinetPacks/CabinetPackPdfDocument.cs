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
/// <remarks>
/// Two versions (<see cref="PackVersion"/>): the public one prints an exempt proposal's appendix as one page saying
/// it is not for publication and citing its paragraph of Schedule 12A, and carries no DRAFT watermark (what is
/// published is what Cabinet considers); the full one, for members, prints everything and bands every page
/// "Not for publication".
/// </remarks>
public sealed class CabinetPackPdfDocument(CabinetPackViewModel pack, IReadOnlyList<PackAppendix> appendices, PackVersion version, string councilName, DateTimeOffset generatedAt) : IDocument
{
    /// <summary>The band across the top of every page of the full version.</summary>
    public const string NotForPublication = "NOT FOR PUBLICATION: contains exempt information under Schedule 12A of the Local Government Act 1972";

    private const string Grey = "#EDEDED";
    private const string Rule = "#7F7F7F";
    private const string EqualitySection = "equality-impact";

    /// <summary>The pack's cumulative equality impact, an appendix before the proposals when given.</summary>
    public CumulativeEqualityImpact? EqualityImpact { get; init; }

    public CabinetPackPdfDocument(CabinetPackDocument document, string councilName, DateTimeOffset generatedAt)
        : this(document.Pack, document.Appendices, document.Version, councilName, generatedAt)
    {
        EqualityImpact = document.EqualityImpact;
    }

    /// <summary>The proposals whose text the version withholds, by reference: their stated equality impacts are withheld too.</summary>
    private IReadOnlySet<string> Withheld => appendices.Where(a => a.Withheld).Select(a => a.Reference).ToHashSet(StringComparer.Ordinal);

    public DocumentMetadata GetMetadata() => new()
    {
        Title = Full ? $"{pack.Title} (not for publication)" : pack.Title,
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
            // The report lists every part that follows it, in the order the pack prints them.
            List<string> linked = ["Summary of savings proposals", .. EqualityImpact is null ? Array.Empty<string>() : [EqualityImpactPdf.Title], .. appendices.Select(a => a.Heading)];
            container.Page(page => Part(page).Section("report", "Covering report").Component(new CoveringReportPdf(pack, linked)));
        }

        container.Page(page => Part(page, landscape: true).Section("summary", "Summary of savings proposals").Element(Summary));
        if (EqualityImpact is { } equality)
        {
            container.Page(page => Part(page).Section(EqualitySection, EqualityImpactPdf.Title).Component(new EqualityImpactPdf(equality, Withheld)));
        }

        foreach (var appendix in appendices)
        {
            container.Page(page =>
            {
                // Every page of an appendix names its proposal, so a page read on its own says what it belongs to.
                // The public version is what Cabinet considers, so it carries no DRAFT.
                ProposalPdfPages.Setup(page, appendix.Heading, draft: Full && appendix.Proposal is { IsDraft: true }, padToEvenPages: pack.PadToEvenPages, band: Band);
                var slot = appendix.Number == 1 ? page.Content().Section("appendices", "Appendices") : page.Content();
                slot.Section(AppendixSection(appendix.Number), appendix.Heading, bookmarkLevel: 1).Column(col =>
                {
                    col.Spacing(4);
                    col.Item().Text($"Appendix {appendix.Number}").FontSize(8).Bold();
                    if (appendix.Proposal is { } proposal)
                    {
                        if (appendix.Exemption is { } paragraph)
                        {
                            col.Item().Text($"Exempt information: not for publication by virtue of {paragraph.Citation}.").Bold();
                        }

                        col.Item().Component(new ProposalForm(proposal));
                    }
                    else
                    {
                        col.Item().PaddingTop(60).Text(appendix.Reference).FontSize(14).Bold();
                        col.Item().Text(appendix.Title).FontSize(14).Bold();
                        col.Item().PaddingTop(20).Text(appendix.ExemptNotice!).FontSize(12);
                    }
                });
            });
        }
    }

    private bool Full => version == PackVersion.Full;

    private string? Band => Full ? NotForPublication : null;

    private static string AppendixSection(int number) => $"appendix-{number}";

    private IContainer Part(PageDescriptor page, bool landscape = false)
    {
        ProposalPdfPages.Setup(page, pack.Title, draft: false, landscape, pack.PadToEvenPages, Band);
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
        col.Item().Text(CabinetPackDocument.CountText(appendices.Count)).FontSize(12);
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

        foreach (var appendix in appendices)
        {
            ContentsLine(col, appendix.Heading, AppendixSection(appendix.Number));
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
        if (appendices.Any(a => a.Withheld))
        {
            col.Item().Text("Figures marked \"Exempt\" are not for publication; the totals include them.").FontSize(8);
        }

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
