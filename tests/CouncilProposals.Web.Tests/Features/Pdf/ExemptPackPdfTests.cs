using System.Globalization;
using System.Text.RegularExpressions;
using CouncilProposals.Domain.CabinetPacks;
using CouncilProposals.Web.Features.CabinetPacks;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Outline;

namespace CouncilProposals.Web.Tests.Features.Pdf;

/// <summary>
/// The two versions of a pack with an exempt proposal: the public one withholds all but its reference and title and
/// cites its paragraph of Schedule 12A; the full one prints it and marks every page "Not for publication".
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ExemptPackPdfTests(CouncilProposalsFactory factory)
{
    private const string Band = "NOT FOR PUBLICATION";

    [Fact]
    public async Task PublicVersion_WithholdsTheExemptProposal_AndCitesItsParagraph()
    {
        var (packId, proposals, secrets) = await PackWithExemptAsync(padToEvenPages: false);
        var exempt = proposals[1];

        var bytes = await DownloadAsync(packId, "pdf");
        var pdf = PdfText.Read(bytes);

        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(PdfText.Squash(secret), PdfText.Squash(pdf.All), StringComparison.Ordinal);
        }

        var notice = $"Appendix 2 – {exempt.Reference} {exempt.Title} is not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A of the Local Government Act 1972";
        var noticePage = pdf.PageOf(notice);
        Assert.StartsWith("Appendix 2", pdf.Pages[noticePage - 1], StringComparison.Ordinal);
        var summary = pdf.Pages.Single(p => p.StartsWith("Summary of savings proposals", StringComparison.Ordinal));
        Assert.Contains($"{exempt.Reference} {exempt.Title}", summary, StringComparison.Ordinal);
        Assert.Contains($"{CabinetPackDocumentQuery.Withheld} {CabinetPackDocumentQuery.Withheld}", summary, StringComparison.Ordinal);
        Assert.Contains(PdfText.Squash(proposals[0].Summary!), PdfText.Squash(pdf.All), StringComparison.Ordinal);
        Assert.DoesNotContain(Band, pdf.All, StringComparison.Ordinal);
        AssertContentsAndBookmarks(bytes, pdf, proposals, band: false);
        using var document = PdfDocument.Open(bytes);
        Assert.All(document.GetPages(), page => Assert.False(HasWatermark(page), $"Page {page.Number} has a watermark"));
    }

    [Fact]
    public async Task FullVersion_PrintsEverything_MarksEveryPage_AndIsAudited()
    {
        var (packId, proposals, secrets) = await PackWithExemptAsync(padToEvenPages: false);

        var bytes = await DownloadAsync(packId, "pdf/full");
        var pdf = PdfText.Read(bytes);

        // The reason is kept with the proposal's history, not printed in either version.
        foreach (var secret in secrets[..^1])
        {
            Assert.Contains(PdfText.Squash(secret), PdfText.Squash(pdf.All), StringComparison.Ordinal);
        }

        Assert.All(pdf.Pages, page => Assert.StartsWith(Band, page, StringComparison.Ordinal));
        Assert.Contains("Exempt information: not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A", pdf.All, StringComparison.Ordinal);
        Assert.DoesNotContain("is not for publication by virtue", pdf.All, StringComparison.Ordinal);
        AssertContentsAndBookmarks(bytes, pdf, proposals, band: true);

        var entry = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(e => e.EntityType == nameof(CabinetPack) && e.EntityId == packId.ToString(CultureInfo.InvariantCulture) && e.Action.StartsWith("Downloaded")));
        Assert.Equal(DemoUsers.CorporateFinance, entry.UserName);
        Assert.Equal(factory.Time.GetUtcNow(), entry.At);
        Assert.Equal("Downloaded the full version (not for publication)", entry.Action);
    }

    [Fact]
    public async Task PublicVersion_IsNotAudited_AndTheFullVersionIsRefusedToOthers()
    {
        var (packId, _, _) = await PackWithExemptAsync(padToEvenPages: false);

        await DownloadAsync(packId, "pdf");
        var director = await factory.CreateClientForAsync(DemoData.Director("RES"));
        var refused = await director.GetAsync(new Uri($"/cabinet-packs/{packId}/pdf/full", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == nameof(CabinetPack) && e.EntityId == packId.ToString(CultureInfo.InvariantCulture) && e.Action.StartsWith("Downloaded"))));
    }

    [Fact]
    public async Task PaddingPages_CarryNoWatermark_AndTheFullVersionWatermarksOnlyDraftAppendices()
    {
        var (packId, proposals, _) = await PackWithExemptAsync(padToEvenPages: true);

        foreach (var (path, full) in new[] { ("pdf", false), ("pdf/full", true) })
        {
            var bytes = await DownloadAsync(packId, path);
            var pdf = PdfText.Read(bytes);
            using var document = PdfDocument.Open(bytes);
            Assert.Equal(0, document.NumberOfPages % 2);
            var blanks = pdf.Pages.Select((text, i) => (text, number: i + 1)).Where(p => p.text.Contains("This page is intentionally left blank", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(blanks);
            Assert.All(blanks, b => Assert.False(HasWatermark(document.GetPage(b.number))));
            Assert.All(blanks, b => Assert.Equal(full, b.text.StartsWith(Band, StringComparison.Ordinal)));

            // The detector does see a watermark: the full version keeps DRAFT on the appendices of undecided proposals.
            var firstAppendix = pdf.PageOf($"Appendix 1 DRAFT SAVINGS PROPOSAL");
            Assert.Equal(full, HasWatermark(document.GetPage(firstAppendix)));
        }

        Assert.Equal(3, proposals.Count);
    }

    [Fact]
    public async Task CoveringReportPart_MarkedExemptThroughItsPage_IsWithheldFromThePublicVersionOnly()
    {
        var (packId, _, _) = await PackWithExemptAsync(padToEvenPages: false);
        var secret = $"Contract prices {Unique.Word()}";
        await factory.WithDbAsync(async db =>
        {
            var pack = await db.CabinetPacks.Include(p => p.CoveringReport).SingleAsync(p => p.Id == packId);
            pack.UpdateCoveringReport(FrontSheet.Empty, new Dictionary<ReportPart, string?> { [ReportPart.DetailsOfReport] = secret, [ReportPart.Recommendations] = "Agree the savings." });
            await db.SaveChangesAsync();
        });
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);
        var form = await client.GetPageAsync($"/cabinet-packs/{packId}/report/exempt");

        var refused = await client.SubmitAsync(form, new Dictionary<string, string> { ["Part"] = "NoSuchPart", ["Paragraph"] = "9", ["Reason"] = "Prices" });
        Assert.Equal(HttpStatusCode.OK, refused.Response.StatusCode);
        Assert.Contains("Choose the part of the covering report", refused.TextOf(".govuk-error-summary"), StringComparison.Ordinal);
        Assert.Contains("Choose the paragraph of Schedule 12A, from 1 to 7.", refused.TextOf(".govuk-error-summary"), StringComparison.Ordinal);
        await client.SubmitAsync(form, new Dictionary<string, string> { ["Part"] = nameof(ReportPart.DetailsOfReport), ["Paragraph"] = "3", ["Reason"] = "Prices" });

        var publicText = PdfText.Read(await DownloadAsync(packId, "pdf"));
        var fullText = PdfText.Read(await DownloadAsync(packId, "pdf/full"));

        Assert.DoesNotContain(secret, publicText.All, StringComparison.Ordinal);
        TextAssert.InOrder(publicText.All, ["DETAILS OF REPORT", "The information in this part is not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A of the Local Government Act 1972", "COMMENTS OF THE CHIEF FINANCE OFFICER"]);
        Assert.Contains("Agree the savings.", publicText.All, StringComparison.Ordinal);
        Assert.Contains(secret, fullText.All, StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == nameof(CabinetPack) && e.EntityId == packId.ToString(CultureInfo.InvariantCulture) && e.Action == "Covering report part marked exempt")));
    }

    /// <summary>The watermark is the outline of its letters, the only curves these pages draw (borders are straight).</summary>
    private static bool HasWatermark(UglyToad.PdfPig.Content.Page page) =>
        page.Paths.SelectMany(path => path).SelectMany(subpath => subpath.Commands).Any(c => c is PdfSubpath.CubicBezierCurve or PdfSubpath.QuadraticBezierCurve);

    private static void AssertContentsAndBookmarks(byte[] bytes, PdfText pdf, List<Proposal> proposals, bool band)
    {
        var contents = pdf.Pages[1];
        Assert.StartsWith(band ? Band : "Contents", contents, StringComparison.Ordinal);
        var pages = proposals.Select((p, i) => int.Parse(Regex.Match(contents, Regex.Escape($"Appendix {i + 1}: {p.Reference} {p.Title}") + @" (\d+)").Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        for (var i = 0; i < proposals.Count; i++)
        {
            var text = pdf.Pages[pages[i] - 1];
            var body = band ? text[text.IndexOf("Appendix", StringComparison.Ordinal)..] : text;
            Assert.StartsWith($"Appendix {i + 1}", body, StringComparison.Ordinal);
            Assert.Contains(proposals[i].Reference, text, StringComparison.Ordinal);
            Assert.Contains($"Page {pages[i]} of {pdf.Pages.Count}", text, StringComparison.Ordinal);
        }

        using var document = PdfDocument.Open(bytes);
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var appendices = bookmarks.Roots.Cast<DocumentBookmarkNode>().Last().Children.Cast<DocumentBookmarkNode>().ToList();
        Assert.Equal(proposals.Select((p, i) => $"Appendix {i + 1}: {p.Reference} {p.Title}"), appendices.Select(a => a.Title));
        Assert.Equal(pages, appendices.Select(a => a.PageNumber));
    }

    private async Task<byte[]> DownloadAsync(int packId, string path)
    {
        var response = await (await factory.CreateClientForAsync(DemoUsers.CorporateFinance)).GetAsync(new Uri($"/cabinet-packs/{packId}/{path}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>Three approved proposals in a pack; the second (in the pack's order) exempt under paragraph 3, with text found nowhere else.</summary>
    private async Task<(int PackId, List<Proposal> Proposals, List<string> Secrets)> PackWithExemptAsync(bool padToEvenPages)
    {
        var built = new List<Proposal>();
        for (var i = 0; i < 3; i++)
        {
            built.Add(await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("RES").WithSavings(2000m, 100m + i, 20m, 5m).InStatus(ProposalStatus.Approved).BuildAsync(db)));
        }

        var proposals = built.OrderBy(p => p.ReferenceNumber).ToList();
        var exemptId = proposals[1].Id;
        var word = Unique.Word();
        List<string> secrets = [$"Summary {word}", $"Officer {word}", $"Resources {word}", $"Risk {word}", $"Mitigation {word}", $"Saving {word}", $"Reason {word}"];
        await factory.WithDbAsync(async db =>
        {
            await db.Proposals.Where(p => p.Id == exemptId).ExecuteUpdateAsync(s => s
                .SetProperty(p => p.Summary, secrets[0])
                .SetProperty(p => p.LeadOfficerAndPost, secrets[1])
                .SetProperty(p => p.ResourcesAndImplementation, secrets[2])
                .SetProperty(p => p.ExemptParagraph, ExemptionParagraph.From(3))
                .SetProperty(p => p.ExemptReason, secrets[6]));
            await db.Set<Risk>().Where(r => r.ProposalId == exemptId).ExecuteUpdateAsync(s => s.SetProperty(r => r.Description, secrets[3]).SetProperty(r => r.Mitigation, secrets[4]));
            await db.Set<SavingsLine>().Where(l => l.ProposalId == exemptId).ExecuteUpdateAsync(s => s.SetProperty(l => l.Description, secrets[5]));
        });
        var reloaded = await factory.WithDbAsync(db => db.Proposals.AsNoTracking().Where(p => proposals.Select(x => x.Id).Contains(p.Id)).OrderBy(p => p.ReferenceNumber).ToListAsync());

        var packId = await factory.WithDbAsync(async db =>
        {
            var cycle = await db.Cycles.SingleAsync(c => c.IsOpen);
            var pack = new CabinetPack(cycle.Id, "Cabinet", new DateOnly(2026, 2, 17), $"Exempt pack {Guid.NewGuid():N}", "Unrestricted");
            pack.UpdateDetails("Cabinet", new DateOnly(2026, 2, 17), pack.Title, "Unrestricted", padToEvenPages);
            pack.SetProposals(proposals.Select(p => new PackCandidate(p.Id, p.Reference, p.CycleId, p.Status)).ToList());
            db.CabinetPacks.Add(pack);
            await db.SaveChangesAsync();
            return pack.Id;
        });
        return (packId, reloaded, secrets);
    }
}
