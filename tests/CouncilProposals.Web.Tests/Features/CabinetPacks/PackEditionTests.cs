using System.Text.RegularExpressions;
using AngleSharp.Dom;
using CouncilProposals.Domain.CabinetPacks;

namespace CouncilProposals.Web.Tests.Features.CabinetPacks;

/// <summary>The accessible HTML edition of a pack: the PDF's words in the PDF's order, one file, the PDF's access rules.</summary>
[Collection(WebCollection.Name)]
public sealed partial class PackEditionTests(CouncilProposalsFactory factory)
{
    private static readonly Dictionary<ReportPart, string?> Report = new()
    {
        [ReportPart.ExecutiveSummary] = "The savings proposals for 2026/27 & later years, with <b>no</b> markup.\nA second paragraph.",
        [ReportPart.Recommendations] = "The Mayor in Cabinet is recommended to:\n1. agree the proposals in Appendices 1 to 3;\n2. note the summary.",
        [ReportPart.DetailsOfReport] = "3.1 The proposals save money.\n3.1.1 A sub-paragraph.\n- A bullet\n• Another bullet\nPlain text after the bullets.",
        [ReportPart.ChiefFinanceOfficerComments] = "4.1 The savings are in the budget.",
        [ReportPart.LinkedReportsAppendicesAndBackgroundDocuments] = "Linked Report\nNONE",
    };

    [Fact]
    public async Task Edition_HoldsThePdfsWordsInThePdfsOrder()
    {
        var (packId, title, appendices) = await PackAsync(coveringReport: true);
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);

        var pdf = PdfText.Read(await (await client.GetAsync(new Uri($"/cabinet-packs/{packId}/pdf", UriKind.Relative))).Content.ReadAsByteArrayAsync());
        var html = await HtmlPage.LoadAsync(await client.GetAsync(new Uri($"/cabinet-packs/{packId}/edition", UriKind.Relative)));

        AssertSameWords(PdfWords(pdf, [title, .. appendices]), HtmlWords(html.Document.Body!));
        TextAssert.InOrder(html.Text, ["3.1 The proposals save money.", "Record of decision", "Proposal NOT agreed", "Deferred to next year."]);
    }

    [Fact]
    public async Task Edition_WithoutACoveringReport_HoldsThePdfsWordsToo()
    {
        var (packId, title, appendices) = await PackAsync(coveringReport: false);
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);

        var pdf = PdfText.Read(await (await client.GetAsync(new Uri($"/cabinet-packs/{packId}/pdf", UriKind.Relative))).Content.ReadAsByteArrayAsync());
        var html = await HtmlPage.LoadAsync(await client.GetAsync(new Uri($"/cabinet-packs/{packId}/edition", UriKind.Relative)));

        AssertSameWords(PdfWords(pdf, [title, .. appendices]), HtmlWords(html.Document.Body!));
        Assert.Null(html.Find("#report"));
    }

    [Fact]
    public async Task Edition_WithAnExemptProposal_HoldsThePublicPdfsWords_AndNoneOfItsText()
    {
        var impact = $"Withheld impact on age {Unique.Word()}";
        var (packId, title, appendices) = await PackAsync(coveringReport: true, exemptImpact: impact);
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);

        var pdf = PdfText.Read(await (await client.GetAsync(new Uri($"/cabinet-packs/{packId}/pdf", UriKind.Relative))).Content.ReadAsByteArrayAsync());
        var html = await HtmlPage.LoadAsync(await client.GetAsync(new Uri($"/cabinet-packs/{packId}/edition", UriKind.Relative)));

        AssertSameWords(PdfWords(pdf, [title, .. appendices]), HtmlWords(html.Document.Body!));
        Assert.Contains("is not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A of the Local Government Act 1972", html.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(impact, html.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(impact, string.Join(' ', pdf.Pages), StringComparison.Ordinal);
        Assert.Contains("Cumulative equality impact", html.TextOf("nav"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FullEdition_PrintsTheExemptProposal_IsMarkedNotForPublication_AndIsAudited()
    {
        var impact = $"Full-version impact on age {Unique.Word()}";
        var (packId, _, _) = await PackAsync(coveringReport: false, exemptImpact: impact);
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);

        var html = await client.GetPageAsync($"/cabinet-packs/{packId}/edition/full");
        var download = await client.GetAsync(new Uri($"/cabinet-packs/{packId}/edition/full.html", UriKind.Relative));

        Assert.StartsWith("NOT FOR PUBLICATION", html.TextOf(".not-for-publication"), StringComparison.Ordinal);
        Assert.Contains(impact, html.Text, StringComparison.Ordinal);
        Assert.Contains("Exempt information: not for publication by virtue of paragraph 3", html.Text, StringComparison.Ordinal);
        Assert.EndsWith("-not-for-publication.html", download.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);
        var entries = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "CabinetPack" && a.EntityId == packId.ToString(System.Globalization.CultureInfo.InvariantCulture)).Select(a => new { a.Action, a.UserName }).ToListAsync());
        Assert.Contains(entries, e => e.Action == "Opened the full web edition (not for publication)" && e.UserName == DemoUsers.CorporateFinance);
        Assert.Contains(entries, e => e.Action == "Downloaded the full web edition (not for publication)" && e.UserName == DemoUsers.CorporateFinance);
        Assert.Null((await client.GetPageAsync($"/cabinet-packs/{packId}/edition")).Find(".not-for-publication"));
    }

    [Theory]
    [InlineData(1, "1 savings proposal")]
    [InlineData(2, "2 savings proposals")]
    public void Cover_CountsTheProposalsInGoodEnglish(int count, string expected) =>
        Assert.Equal(expected, Web.Features.CabinetPacks.CabinetPackDocument.CountText(count));

    [Fact]
    public async Task Download_IsOneFileThatAsksForNothingElse()
    {
        var (packId, title, _) = await PackAsync(coveringReport: true);
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);

        var response = await client.GetAsync(new Uri($"/cabinet-packs/{packId}/edition.html", UriKind.Relative));
        var page = await HtmlPage.LoadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"{title.Replace(' ', '-')}.html", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("en-GB", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Empty(page.FindAll("script, link, img, iframe, object, form"));
        Assert.All(page.FindAll("[href]"), a => Assert.StartsWith("#", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.All(page.FindAll("[href]"), a => Assert.NotNull(page.Find(a.GetAttribute("href")!)));
        Assert.Single(page.FindAll("style"));
        Assert.DoesNotContain("<b>", page.Document.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.Contains("with <b>no</b> markup", page.Text, StringComparison.Ordinal);
        Assert.StartsWith("default-src 'none'; style-src 'sha256-", string.Join(' ', response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edition_IsForWhoeverMayHaveThePdf()
    {
        var (packId, _, _) = await PackAsync(coveringReport: false);

        foreach (var user in new[] { DemoData.Officer("RES"), DemoData.Director("RES"), DemoUsers.Admin })
        {
            var client = await factory.CreateClientForAsync(user, followRedirects: false);
            var pdf = await client.GetAsync(new Uri($"/cabinet-packs/{packId}/pdf", UriKind.Relative));
            foreach (var url in new[] { $"/cabinet-packs/{packId}/edition", $"/cabinet-packs/{packId}/edition.html" })
            {
                Assert.Equal(pdf.StatusCode, (await client.GetAsync(new Uri(url, UriKind.Relative))).StatusCode);
            }
        }

        var anonymous = factory.CreateClient(followRedirects: false);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync(new Uri($"/cabinet-packs/{packId}/edition", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData("/cabinet-packs/987654/edition")]
    [InlineData("/cabinet-packs/987654/edition.html")]
    [InlineData("/cabinet-packs/0/edition")]
    [InlineData("/cabinet-packs/-1/edition")]
    [InlineData("/cabinet-packs/99999999999/edition")]
    [InlineData("/cabinet-packs/1%27%20OR%201=1/edition")]
    [InlineData("/cabinet-packs/%3Cscript%3E/edition.html")]
    public async Task Edition_OfAnUnknownOrHostileId_IsNotFound(string url)
    {
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri(url, UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task PackPage_LinksToTheEdition()
    {
        var (packId, _, _) = await PackAsync(coveringReport: false);
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);

        var page = await HtmlPage.LoadAsync(await client.GetAsync(new Uri($"/cabinet-packs/{packId}", UriKind.Relative)));

        var link = page.FindAll("main a").Single(a => a.TextContent == "Accessible web page (HTML)");
        Assert.Equal($"/cabinet-packs/{packId}/edition", link.GetAttribute("href"));
    }

    /// <summary>
    /// The PDF's words without its page furniture: on every page the footer (the part's or appendix's name and
    /// "Page x of y", the last words drawn on the page) and, on the contents page, each entry's page number. The
    /// DRAFT watermark is drawn as a shape, not text, so there is none to strip. Bullets ("•") are left out because
    /// the HTML's lists draw their own. A line may break after "/" in the PDF, so "/ " counts as "/". A table that runs
    /// on to the next page repeats its header row there: a page that opens with a header row the page before also
    /// holds is a continuation (a new table always opens under its own heading), and that repeat is left out.
    /// </summary>
    private static List<string> PdfWords(PdfText pdf, IReadOnlyList<string> footers)
    {
        string[] headerRows =
        [
            "Protected characteristic Proposals Savings and income (£000) References",
            "Trigger question Proposals Savings and income (£000)",
            "Proposal Savings and income (£000) Stated impact Characteristics named",
            "Proposal Savings and income (£000) Yes to questions Full EA required?",
        ];
        var body = new List<string>();
        for (var i = 0; i < pdf.Pages.Count; i++)
        {
            var page = pdf.Pages[i];
            var pageNumber = $" Page {i + 1} of {pdf.Pages.Count}";
            Assert.EndsWith(pageNumber, page, StringComparison.Ordinal);
            page = page[..^pageNumber.Length];
            var footer = footers.Single(f => page.EndsWith(" " + f, StringComparison.Ordinal) || page == f);
            page = page[..^footer.Length];
            if (page.StartsWith("Contents ", StringComparison.Ordinal))
            {
                page = ContentsPageNumber().Replace(page, string.Empty);
            }

            if (body.Count > 0 && headerRows.FirstOrDefault(h => page.StartsWith(h + " ", StringComparison.Ordinal) && body[^1].Contains(h, StringComparison.Ordinal)) is { } repeated)
            {
                page = page[(repeated.Length + 1)..];
            }

            body.Add(page);
        }

        return Words(string.Join(' ', body)).Where(w => w != "•").ToList();
    }

    /// <summary>The words a reader of the page sees, in document order; text only for screen readers (a table's caption where the PDF has none) is left out.</summary>
    private static List<string> HtmlWords(IElement body)
    {
        var text = new System.Text.StringBuilder();
        Walk(body);
        return Words(text.ToString());

        void Walk(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText t)
                {
                    text.Append(t.Data);
                }
                else if (child is IElement element && !element.ClassList.Contains("visually-hidden"))
                {
                    var inline = element.LocalName is "a" or "span" or "strong" or "em";
                    text.Append(inline ? string.Empty : " ");
                    Walk(element);
                    text.Append(inline ? string.Empty : " ");
                }
            }
        }
    }

    private static List<string> Words(string text) =>
        HtmlPage.Fold(text).Replace("/ ", "/", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();

    /// <summary>Fails at the first word that differs, showing the words around it in both.</summary>
    private static void AssertSameWords(List<string> pdf, List<string> html)
    {
        var at = Enumerable.Range(0, Math.Min(pdf.Count, html.Count)).FirstOrDefault(i => pdf[i] != html[i], -1);
        if (at < 0 && pdf.Count == html.Count)
        {
            return;
        }

        at = at < 0 ? Math.Min(pdf.Count, html.Count) : at;
        string Around(List<string> words) => string.Join(' ', words.Skip(Math.Max(0, at - 12)).Take(24));
        Assert.Fail($"The words differ at word {at} of {pdf.Count} (PDF) and {html.Count} (HTML).\nPDF:  {Around(pdf)}\nHTML: {Around(html)}");
    }

    private async Task<(int PackId, string Title, List<string> Appendices)> PackAsync(bool coveringReport, string? exemptImpact = null)
    {
        var proposals = new List<Proposal>();
        // One of them already decided, so its record of decision is printed too.
        foreach (var (code, status) in new[] { ("RES", ProposalStatus.Approved), ("CHI", ProposalStatus.Approved), ("RES", ProposalStatus.NotAgreedByCabinet) })
        {
            proposals.Add(await factory.WithDbAsync(db => new ProposalBuilder().Complete().InDirectorate(code).WithStaffing(12.5m, 1m, 0.5m, 0m).InStatus(status).BuildAsync(db)));
        }

        if (exemptImpact is not null)
        {
            // The first proposal is exempt, and its screening names an impact no other proposal states.
            var exempt = await factory.WithDbAsync(db => new ProposalBuilder().Complete().InDirectorate("RES").WithScreening(true, [(true, exemptImpact), .. Enumerable.Repeat<(bool, string?)>((false, null), 6)]).InStatus(ProposalStatus.Approved).BuildAsync(db));
            await factory.WithDbAsync(async db =>
            {
                var tracked = await db.Proposals.SingleAsync(p => p.Id == exempt.Id);
                tracked.MarkExempt(ExemptionParagraph.From(3), "Names a contractor's prices");
                await db.SaveChangesAsync();
            });
            proposals.Add(exempt);
        }

        var title = $"Edition pack {Unique.Word()}";
        var packId = await factory.WithDbAsync(async db =>
        {
            var cycle = await db.Cycles.SingleAsync(c => c.IsOpen);
            var pack = new CabinetPack(cycle.Id, "Cabinet", new DateOnly(2026, 2, 17), title, "Unrestricted");
            pack.SetProposals(proposals.Select(p => new PackCandidate(p.Id, p.Reference, p.CycleId, p.Status)).ToList());
            if (coveringReport)
            {
                pack.UpdateCoveringReport(new FrontSheet("Corporate Director, Resources", "Mayor", null, "All", KeyDecision: true, null), Report);
            }

            db.CabinetPacks.Add(pack);
            await db.SaveChangesAsync();
            return pack.Id;
        });
        var ordered = proposals.OrderBy(p => p.Directorate.Name, StringComparer.Ordinal).ThenBy(p => p.Id).ToList();
        return (packId, title, ordered.Select((p, i) => $"Appendix {i + 1}: {p.Reference} {p.Title}").ToList());
    }

    /// <summary>A contents entry's page number: a number after an entry and before the next entry or the page's end.</summary>
    [GeneratedRegex(@" \d+(?= Appendix \d+:| Summary of savings proposals| Cumulative equality impact| $|$)")]
    private static partial Regex ContentsPageNumber();
}
