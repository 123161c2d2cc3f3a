using System.Globalization;
using CouncilProposals.Domain.CabinetPacks;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace CouncilProposals.Web.Tests.Features.Pdf;

/// <summary>The Cabinet pack against the council's Cabinet report template (seeds 001–003), as a clerk reads it.</summary>
[Collection(WebCollection.Name)]
public sealed class PdfCabinetTemplateTests(CouncilProposalsFactory factory)
{
    private static readonly DateOnly Meeting = new(2026, 2, 17);

    [Fact]
    public async Task CoveringReport_KeepsEveryTemplateHeadingInItsNumbering_AndSaysWhenASectionIsEmpty()
    {
        var (packId, proposals) = await PackAsync(2, new Dictionary<ReportPart, string?>
        {
            [ReportPart.ExecutiveSummary] = "The savings proposals for the coming year.",
            [ReportPart.ChiefFinanceOfficerComments] = "4.1 The savings are in the budget.",
        });

        var pdf = PdfText.Read(await DownloadAsync(packId));

        var report = Report(pdf);
        Assert.Contains(Meeting.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture), report, StringComparison.Ordinal);
        TextAssert.InOrder(report,
        [
            "Executive Summary", "The savings proposals for the coming year.", "Recommendations", "None.",
            "1. REASONS FOR THE DECISIONS", "2. ALTERNATIVE OPTIONS", "3. DETAILS OF REPORT", "3.1 None.",
            "4. COMMENTS OF THE CHIEF FINANCE OFFICER", "4.1 The savings are in the budget.",
            "5. LEGAL COMMENTS", "5.1 There are no legal implications", "6. ONE TOWER HAMLETS CONSIDERATIONS",
            "7. BEST VALUE (BV) IMPLICATIONS", "8. SUSTAINABLE ACTION FOR A GREENER ENVIRONMENT",
            "9. RISK MANAGEMENT IMPLICATIONS", "9.1 There are no risk management implications",
            "10. CRIME AND DISORDER REDUCTION IMPLICATIONS", "11. SAFEGUARDING IMPLICATIONS",
            "11.1 There are no specific safeguarding implications", "Linked Reports, Appendices and Background Documents",
            "Appendices", "Summary of savings proposals", "Cumulative equality impact", $"Appendix 2: {proposals[1].Reference} {proposals[1].Title}",
        ]);
        Assert.DoesNotContain("12.", report, StringComparison.Ordinal);
        Assert.DoesNotContain("LINKED REPORTS", report, StringComparison.Ordinal);
        Assert.Single(AllIndexesOf(report, $"Appendix 1: {proposals[0].Reference}"));
    }

    [Fact]
    public async Task CoveringReport_NumberedParagraphsAndBullets_HangTheirTextPastTheNumber()
    {
        var numbered = string.Join(' ', Enumerable.Range(1, 60).Select(i => $"numbered{i}"));
        var bullet = string.Join(' ', Enumerable.Range(1, 60).Select(i => $"bulleted{i}"));
        var (packId, _) = await PackAsync(1, new Dictionary<ReportPart, string?>
        {
            [ReportPart.DetailsOfReport] = $"3.1 {numbered}\n- {bullet}",
        });

        using var document = PdfDocument.Open(await DownloadAsync(packId));

        var words = document.GetPages().SelectMany(p => p.GetWords()).ToList();
        AssertHangs(words, "3.1", "numbered");
        AssertHangs(words, "•", "bulleted");
    }

    [Fact]
    public async Task Appendix_EveryPageNamesItsProposalInTheFooter()
    {
        var (packId, proposals) = await PackAsync(2, coveringReport: null);

        var pdf = PdfText.Read(await DownloadAsync(packId));

        for (var i = 0; i < proposals.Count; i++)
        {
            var first = pdf.PageOf($"Appendix {i + 1} DRAFT SAVINGS PROPOSAL");
            var last = i + 1 < proposals.Count ? pdf.PageOf($"Appendix {i + 2} DRAFT SAVINGS PROPOSAL") - 1 : pdf.Pages.Count;
            Assert.True(last > first, $"appendix {i + 1} has one page");
            for (var page = first; page <= last; page++)
            {
                Assert.Contains($"Appendix {i + 1}: {proposals[i].Reference} {proposals[i].Title} Page {page} of", pdf.Pages[page - 1], StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Summary_NumberHeadersAreRightAlignedOverTheirFigures()
    {
        var (packId, proposals) = await PackAsync(2, coveringReport: null);

        var bytes = await DownloadAsync(packId);
        using var document = PdfDocument.Open(bytes);

        var page = document.GetPage(PdfText.Read(bytes).PageOf("Summary of savings proposals Savings and income"));
        var words = page.GetWords().ToList();
        foreach (var year in proposals[0].Cycle.SavingsYears.Select(y => y.ToString()).Append("Total"))
        {
            var header = words.Where(w => w.Text == year).MaxBy(w => w.BoundingBox.Bottom)!;
            var figure = words
                .Where(w => w.BoundingBox.Bottom < header.BoundingBox.Bottom - 5 && w.BoundingBox.Left < header.BoundingBox.Right && w.BoundingBox.Right > header.BoundingBox.Left)
                .MaxBy(w => w.BoundingBox.Bottom)!;
            Assert.True(Math.Abs(header.BoundingBox.Right - figure.BoundingBox.Right) < 1, $"{year} header ends at {header.BoundingBox.Right:0.0}, its figure {figure.Text} at {figure.BoundingBox.Right:0.0}");
        }
    }

    [Fact]
    public async Task Contents_EachEntryIsWholeOnOnePage()
    {
        var (packId, proposals) = await PackAsync(40, coveringReport: null, longTitles: true);

        var pdf = PdfText.Read(await DownloadAsync(packId));

        var contentsPages = pdf.Pages.Skip(1).TakeWhile(p => !p.StartsWith("Summary of savings proposals", StringComparison.Ordinal)).Select(PdfText.Squash).ToList();
        Assert.True(contentsPages.Count > 1, "the contents fit on one page");
        for (var i = 0; i < proposals.Count; i++)
        {
            var entry = PdfText.Squash($"Appendix {i + 1}: {proposals[i].Reference} {proposals[i].Title}");
            Assert.Contains(contentsPages, page => page.Contains(entry, StringComparison.Ordinal));
        }
    }

    /// <summary>Every line of the paragraph starts where its first word does, to the right of its number or bullet.</summary>
    private static void AssertHangs(IReadOnlyList<Word> words, string label, string prefix)
    {
        var paragraph = words.Where(w => w.Text.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        var first = paragraph.Single(w => w.Text == prefix + "1");
        var marker = words.Single(w => w.Text == label && Math.Abs(w.BoundingBox.Bottom - first.BoundingBox.Bottom) < 1);
        Assert.True(paragraph.Select(w => Math.Round(w.BoundingBox.Bottom)).Distinct().Count() > 1, "the paragraph does not wrap");
        var left = paragraph.Min(w => w.BoundingBox.Left);
        Assert.True(left > marker.BoundingBox.Right, $"text starts at {left:0.0}, left of the end of '{label}' at {marker.BoundingBox.Right:0.0}");
        Assert.Equal(first.BoundingBox.Left, left, 0.5);
    }

    private static string Report(PdfText pdf) => string.Join(' ', pdf.Pages.Skip(2).TakeWhile(p => !p.StartsWith("Summary of savings proposals", StringComparison.Ordinal)));

    private static IEnumerable<int> AllIndexesOf(string text, string value)
    {
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            yield return i;
        }
    }

    private async Task<byte[]> DownloadAsync(int packId)
    {
        var response = await (await factory.CreateClientForAsync(DemoUsers.CorporateFinance)).GetAsync(new Uri($"/cabinet-packs/{packId}/pdf", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private async Task<(int PackId, List<Proposal> Proposals)> PackAsync(int count, IReadOnlyDictionary<ReportPart, string?>? coveringReport, bool longTitles = false)
    {
        var proposals = new List<Proposal>();
        for (var i = 0; i < count; i++)
        {
            var builder = new ProposalBuilder().Complete().InDirectorate("RES").InStatus(ProposalStatus.Approved);
            if (longTitles)
            {
                builder = builder.Titled($"{Unique.Word()} " + string.Join(' ', Enumerable.Repeat("redesign of the service around residents", 4)));
            }

            proposals.Add(await factory.WithDbAsync(db => builder.BuildAsync(db)));
        }

        proposals = proposals.OrderBy(p => p.ReferenceNumber).ToList();
        var packId = await factory.WithDbAsync(async db =>
        {
            var cycle = await db.Cycles.SingleAsync(c => c.IsOpen);
            var pack = new CabinetPack(cycle.Id, "Cabinet", Meeting, $"Template pack {Guid.NewGuid():N}", "Unrestricted");
            pack.SetProposals(proposals.Select(p => new PackCandidate(p.Id, p.Reference, p.CycleId, p.Status)).ToList());
            if (coveringReport is not null)
            {
                pack.UpdateCoveringReport(new FrontSheet("Corporate Director, Resources", "Mayor", null, "All", KeyDecision: true, null), coveringReport);
            }

            db.CabinetPacks.Add(pack);
            await db.SaveChangesAsync();
            return pack.Id;
        });
        return (packId, proposals);
    }
}
