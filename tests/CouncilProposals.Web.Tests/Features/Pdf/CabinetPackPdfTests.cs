using System.Globalization;
using System.Text.RegularExpressions;
using CouncilProposals.Domain.CabinetPacks;
using CouncilProposals.Domain.Common;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace CouncilProposals.Web.Tests.Features.Pdf;

[Collection(WebCollection.Name)]
public sealed class CabinetPackPdfTests(CouncilProposalsFactory factory)
{
    [Fact]
    public async Task Pack_ContentsPageNumbersAreWhereEachPartStarts_AndBookmarksMatch()
    {
        var (packId, proposals) = await PackAsync(padToEvenPages: false, count: 3);

        var bytes = await DownloadAsync(packId);
        var pdf = PdfText.Read(bytes);

        var contents = pdf.Pages[1];
        Assert.StartsWith("Contents", contents, StringComparison.Ordinal);
        string[] titles = ["Summary of savings proposals", .. proposals.Select((p, i) => $"Appendix {i + 1}: {p.Reference} {p.Title}")];
        var entries = titles.Select(title => (Title: title, Page: int.Parse(Regex.Match(contents, Regex.Escape(title) + @" (\d+)").Groups[1].Value, CultureInfo.InvariantCulture))).ToList();
        Assert.StartsWith("Summary of savings proposals", pdf.Pages[entries[0].Page - 1], StringComparison.Ordinal);
        for (var i = 0; i < proposals.Count; i++)
        {
            var page = entries[i + 1].Page;
            Assert.StartsWith($"Appendix {i + 1} DRAFT SAVINGS PROPOSAL", pdf.Pages[page - 1], StringComparison.Ordinal);
            Assert.Contains(proposals[i].Reference, pdf.Pages[page - 1], StringComparison.Ordinal);
        }

        using var document = PdfDocument.Open(bytes);
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var roots = bookmarks.Roots.Cast<DocumentBookmarkNode>().ToList();
        Assert.Equal(["Cover", "Contents", "Summary of savings proposals", "Cumulative equality impact", "Appendices"], roots.Select(r => r.Title));
        var appendices = roots[^1].Children.Cast<DocumentBookmarkNode>().ToList();
        Assert.Equal(entries.Skip(1).Select(e => e.Page), appendices.Select(a => a.PageNumber));
        Assert.Equal(proposals.Count, document.GetPage(2).GetAnnotations().Count(a => a.Type == UglyToad.PdfPig.Annotations.AnnotationType.Link) - 2);
    }

    [Fact]
    public async Task Pack_SummaryTotalsEqualTheSumOfTheProposals()
    {
        var (packId, proposals) = await PackAsync(padToEvenPages: false, count: 3);

        var pdf = PdfText.Read(await DownloadAsync(packId));

        var summary = pdf.Pages.Single(p => p.StartsWith("Summary of savings proposals", StringComparison.Ordinal));
        var expected = Money.Sum(proposals.Select(p => p.TotalSavings)).ToSavingText();
        Assert.Matches($@"Total all directorates \(\d[\d,]*\) (\(\d[\d,]*\)|-) (\(\d[\d,]*\)|-) {Regex.Escape(expected)}", summary);
        foreach (var proposal in proposals)
        {
            Assert.Contains($"{proposal.Reference} {proposal.Title}", summary, StringComparison.Ordinal);
        }

        var yearTotals = proposals[0].Cycle.SavingsYears.Select(y => Money.Sum(proposals.Select(p => p.SavingsIn(y))).ToSavingText());
        Assert.Contains("Total all directorates " + string.Join(' ', yearTotals) + " " + expected, summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pack_PaddedForDoubleSidedPrinting_StartsEveryPartOnAnOddPage()
    {
        var (packId, proposals) = await PackAsync(padToEvenPages: true, count: 2);

        var pdf = PdfText.Read(await DownloadAsync(packId));

        Assert.Equal(0, pdf.Pages.Count % 2);
        Assert.Contains(pdf.Pages, p => p.Contains("This page is intentionally left blank", StringComparison.Ordinal));
        Assert.Equal(1, pdf.PageOf("Contents") % 2);
        Assert.Equal(1, pdf.PageOf("Summary of savings proposals Savings") % 2);
        Assert.All(proposals, p => Assert.Equal(1, pdf.PageOf($"Appendix {proposals.IndexOf(p) + 1} DRAFT") % 2));
    }

    [Fact]
    public async Task Pack_OfAnUnknownId_IsNotFound()
    {
        var response = await (await factory.CreateClientForAsync(DemoUsers.CorporateFinance)).GetAsync(new Uri("/cabinet-packs/987654/pdf", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<byte[]> DownloadAsync(int packId)
    {
        var response = await (await factory.CreateClientForAsync(DemoUsers.CorporateFinance)).GetAsync(new Uri($"/cabinet-packs/{packId}/pdf", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private async Task<(int PackId, List<Proposal> Proposals)> PackAsync(bool padToEvenPages, int count)
    {
        var proposals = new List<Proposal>();
        for (var i = 0; i < count; i++)
        {
            proposals.Add(await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate(i % 2 == 0 ? "RES" : "CHI").WithSavings(2000m, 100m + i, 20m, 5m).InStatus(ProposalStatus.Approved).BuildAsync(db)));
        }

        var packId = await factory.WithDbAsync(async db =>
        {
            var cycle = await db.Cycles.SingleAsync(c => c.IsOpen);
            var pack = new CabinetPack(cycle.Id, "Cabinet", new DateOnly(2026, 2, 17), $"Test pack {Guid.NewGuid():N}", "Unrestricted");
            pack.UpdateDetails("Cabinet", new DateOnly(2026, 2, 17), pack.Title, "Unrestricted", padToEvenPages);
            pack.SetProposals(proposals
                .OrderBy(p => p.Directorate.Name, StringComparer.Ordinal).ThenBy(p => p.ReferenceNumber)
                .Select(p => new PackCandidate(p.Id, p.Reference, p.CycleId, p.Status)).ToList());
            db.CabinetPacks.Add(pack);
            await db.SaveChangesAsync();
            return pack.Id;
        });
        return (packId, proposals.OrderBy(p => p.Directorate.Name, StringComparer.Ordinal).ThenBy(p => p.ReferenceNumber).ToList());
    }
}
