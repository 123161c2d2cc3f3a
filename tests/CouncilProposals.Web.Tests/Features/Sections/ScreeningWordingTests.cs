using System.Text.RegularExpressions;

namespace CouncilProposals.Web.Tests.Features.Sections;

/// <summary>The screening page asks its questions in plain English; the printed form keeps the council's own wording.</summary>
[Collection(WebCollection.Name)]
public sealed class ScreeningWordingTests(CouncilProposalsFactory factory)
{
    [Fact]
    public async Task Screening_SpellsOutEqualityAnalysisBeforeSayingEa_AndAsksTheQuestionOnce()
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("RES").Complete().BuildAsync(db));
        var client = await factory.CreateClientForAsync(DemoData.Officer("RES"));

        var page = await client.GetPageAsync($"/proposals/{proposal.Id}/edit/equality-screening");

        var text = page.TextOf("main");
        Assert.DoesNotContain("will be will", text, StringComparison.Ordinal);
        Assert.DoesNotContain("EA will be required", text, StringComparison.Ordinal);
        Assert.Contains("Based on the screening tool, will a full Equality Analysis (EA) be required?", text, StringComparison.Ordinal);
        var firstEa = Regex.Match(text, @"\bEA\b", RegexOptions.None, TimeSpan.FromSeconds(1));
        Assert.True(firstEa.Success);
        Assert.EndsWith("Equality Analysis (", text[..firstEa.Index], StringComparison.Ordinal);

        // The PDF prints the council's form as it is, second "will" and all.
        var pdf = PdfText.Read(await client.GetByteArrayAsync(new Uri($"/proposals/{proposal.Id}/pdf", UriKind.Relative)));
        Assert.Contains(PdfText.Squash(ScreeningTool.FullEaQuestion), PdfText.Squash(pdf.All), StringComparison.Ordinal);
    }
}
