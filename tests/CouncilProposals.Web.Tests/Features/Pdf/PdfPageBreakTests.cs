using System.Globalization;
using System.Text.RegularExpressions;
using CouncilProposals.Domain.CabinetPacks;
using Wording = CouncilProposals.Domain.Proposals.ProposalFormWording;

namespace CouncilProposals.Web.Tests.Features.Pdf;

/// <summary>
/// Page breaks as a clerk checks them before publishing: no page ends with a heading, a label or a group row whose
/// text starts on the next page, in the golden sample and in a pack of 100 proposals with long and short texts.
/// The text is read in content order, which is reading order: a page's last words before its footer are the last
/// thing on it.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class PdfPageBreakTests(CouncilProposalsFactory factory)
{
    [Fact]
    public async Task GoldenSample_NoPageEndsWithAHeadingOrLabelWhoseTextIsOnTheNext()
    {
        var id = await factory.WithDbAsync(db => db.Proposals.Where(p => p.Reference == GoldenSample.Reference).Select(p => p.Id).SingleAsync());

        var pdf = PdfText.Read(await DownloadAsync($"/proposals/{id}/pdf"));

        AssertNoPageEndsWithALabel(pdf, [$"{GoldenSample.Reference} {GoldenSample.Title}"], await LabelsAsync());
    }

    [Fact]
    public async Task PackOf100_WithLongAndShortTexts_NoPageEndsWithAHeadingLabelOrGroupRow()
    {
        var title = $"Page break pack {Unique.Word()}";
        var (packId, footers) = await factory.WithDbAsync(async db =>
        {
            var proposals = new List<Proposal>();
            for (var i = 0; i < 100; i++)
            {
                proposals.Add(await DemoData.AddProposalAsync(db, Varied(i), fill: true));
            }

            var cycle = await db.Cycles.SingleAsync(c => c.IsOpen);
            var ordered = await db.Proposals.AsNoTracking().Where(p => proposals.Select(x => x.Id).Contains(p.Id))
                .OrderBy(p => p.Directorate.Name).ThenBy(p => p.ReferenceNumber)
                .Select(p => new { p.Id, p.Reference, p.CycleId, p.Status, p.Title }).ToListAsync();
            var pack = new CabinetPack(cycle.Id, "Cabinet", new DateOnly(2026, 2, 17), title, "Unrestricted");
            pack.SetProposals(ordered.Select(p => new PackCandidate(p.Id, p.Reference, p.CycleId, p.Status)).ToList());
            pack.UpdateCoveringReport(
                new FrontSheet("Corporate Director, Resources", "Mayor", "Head of Strategic Finance", "All", KeyDecision: true, "All themes"),
                new Dictionary<ReportPart, string?>
                {
                    [ReportPart.ExecutiveSummary] = "This report sets out the savings proposals.",
                    [ReportPart.ChiefFinanceOfficerComments] = "4.1 The savings are included in the budget.",
                });
            db.CabinetPacks.Add(pack);
            await db.SaveChangesAsync();
            return (pack.Id, ordered.Select((p, i) => $"Appendix {i + 1}: {p.Reference} {p.Title}").Prepend(title).ToList());
        });

        var pdf = PdfText.Read(await DownloadAsync($"/cabinet-packs/{packId}/pdf"));

        Assert.True(pdf.Pages.Count > 200, $"{pdf.Pages.Count} pages");
        AssertNoPageEndsWithALabel(pdf, footers, await LabelsAsync());
    }

    [Fact]
    public async Task Proposal_TypedInBengaliArabicChineseAndEmoji_ReadsBackInLogicalOrder()
    {
        string[] phrases = ["আমাদের বাজেট সঞ্চয়", "مرحبا بالعالم", "预算节省计划", "👍🎉"];
        var id = await factory.WithDbAsync(async db =>
        {
            var built = await new ProposalBuilder().Complete().BuildAsync(db);
            var proposal = await db.Proposals.Include(p => p.Cycle).SingleAsync(p => p.Id == built.Id);
            proposal.UpdateResources(string.Join(" then ", phrases.Select(p => $"[{p}]")), "officer.res@council.example");
            await db.SaveChangesAsync();
            return proposal.Id;
        });

        var text = string.Join(' ', PdfReadingText.Of(await DownloadAsync($"/proposals/{id}/pdf")));

        Assert.Contains(string.Join(" then ", phrases.Select(p => $"[{p}]")), text, StringComparison.Ordinal);
    }

    /// <summary>A demo proposal with its summary and risks grown by an amount that differs from one to the next.</summary>
    private static DemoProposal Varied(int i)
    {
        var spec = DemoProposals.All[i % DemoProposals.All.Count];
        var extra = string.Join(' ', Enumerable.Repeat("The service will be redesigned around the residents who use it most.", i * 7 % 23));
        var risks = spec.Risks.Concat(Enumerable.Range(1, i % 4).Select(r => ($"Further risk {r}: " + extra[..Math.Min(extra.Length, r * 90)], $"Further mitigation {r}."))).ToArray();
        return spec with
        {
            Title = $"{spec.Title} ({i + 1})",
            Summary = extra.Length == 0 ? spec.Summary : $"{spec.Summary}\n\n{extra}",
            Risks = risks,
            Status = ProposalStatus.Approved,
        };
    }

    /// <summary>Every heading, label and group row the proposal form, the covering report and the equality appendix print.</summary>
    private async Task<List<string>> LabelsAsync()
    {
        var directorates = await factory.WithDbAsync(db => db.Directorates.Select(d => d.Name).ToListAsync());
        return
        [
            Wording.Label(Wording.Summary), Wording.Label(Wording.RisksAndMitigations), Wording.Label(Wording.ResourcesAndImplementation),
            Wording.RisksQuestion, Wording.MitigationsQuestion, .. StandardQuestions.All,
            ScreeningTool.Title, ScreeningTool.SummaryLabel, ScreeningTool.FullEaQuestion, ScreeningTool.AdditionalInformationLabel,
            .. ScreeningTool.Triggers.Select(ScreeningTool.GroupBefore).OfType<string>(),
            "Record of decision", "Executive Summary", "Recommendations", "Appendices",
            .. Enum.GetValues<ReportPart>().Select(part => part.Heading().ToUpper(CultureInfo.InvariantCulture)),
            ReportPart.LinkedReportsAppendicesAndBackgroundDocuments.Heading(),
            "By protected characteristic, across all trigger questions", "Proposals that answered Yes to each trigger question",
            "Proposals that need a full Equality Analysis", .. ScreeningTool.Triggers.Select(t => ScreeningTool.Question(t)),
            .. directorates,
        ];
    }

    /// <summary>
    /// Fails naming the page whose text, before its footer, ends with a label. The last label of a proposal may end
    /// a page when nothing was written under it and the next page starts another part.
    /// </summary>
    private static void AssertNoPageEndsWithALabel(PdfText pdf, IReadOnlyList<string> footers, IReadOnlyList<string> labels)
    {
        for (var page = 0; page < pdf.Pages.Count - 1; page++)
        {
            var body = BodyOf(pdf.Pages[page], footers);
            var next = BodyOf(pdf.Pages[page + 1], footers);
            var label = labels.Where(l => body.EndsWith(l, StringComparison.Ordinal)).MaxBy(l => l.Length);
            var endsAPart = label == ScreeningTool.AdditionalInformationLabel && next.StartsWith("Appendix ", StringComparison.Ordinal);
            Assert.True(label is null || endsAPart, $"Page {page + 1} ends with \"{label}\"; page {page + 2} starts \"{next[..Math.Min(80, next.Length)]}\"");
        }
    }

    /// <summary>A page's text without its footer ("… Page 3 of 218") and without the white space before it.</summary>
    private static string BodyOf(string page, IReadOnlyList<string> footers)
    {
        var numbering = PageNumbering().Match(page);
        Assert.True(numbering.Success, $"No page number on \"{page[..Math.Min(80, page.Length)]}\"");
        var text = page[..numbering.Index].TrimEnd();
        var footer = footers.Where(f => text.EndsWith(f, StringComparison.Ordinal)).MaxBy(f => f.Length);
        Assert.True(footer is not null, $"No known footer at the end of \"{text[Math.Max(0, text.Length - 120)..]}\"");
        return text[..^footer.Length].TrimEnd();
    }

    private async Task<byte[]> DownloadAsync(string url)
    {
        var response = await (await factory.CreateClientForAsync(DemoUsers.CorporateFinance)).GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    [GeneratedRegex(@"\s*Page \d+ of \d+\s*$")]
    private static partial Regex PageNumbering();
}
