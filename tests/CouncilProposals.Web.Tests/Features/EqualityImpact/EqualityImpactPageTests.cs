using AngleSharp.Dom;
using static CouncilProposals.Web.Tests.Features.EqualityImpact.EqualityImpactData;

namespace CouncilProposals.Web.Tests.Features.EqualityImpact;

/// <summary>The cumulative equality impact pages, against figures worked out here from the proposals each test makes.</summary>
[Collection(WebCollection.Name)]
public sealed class EqualityImpactPageTests(CouncilProposalsFactory factory)
{
    [Fact]
    public async Task EqualityImpact_ForCorporateFinance_CountsEachCharacteristicQuestionAndFullEa_AsWorkedOutFromTheProposals()
    {
        var (cycle, _) = await BuildAsync(factory);
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);

        var page = await client.GetPageAsync($"/equality-impact?cycleId={cycle.Id}");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        AssertFigures(page, Counted());
    }

    [Fact]
    public async Task EqualityImpact_ForADirector_CountsOnlyTheirDirectorates()
    {
        var (cycle, _) = await BuildAsync(factory);
        var client = await factory.CreateClientForAsync(DemoData.Director("HAC"));

        var page = await client.GetPageAsync($"/equality-impact?cycleId={cycle.Id}");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        AssertFigures(page, Counted(s => s.Directorate == "HAC"));
        Assert.DoesNotContain("SAV / RES", page.TextOf("main"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PackEqualityImpact_CountsEveryProposalInThePack_AndIsLinkedFromThePack()
    {
        var (_, packId) = await BuildAsync(factory);
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);
        var pack = await client.GetPageAsync($"/cabinet-packs/{packId}");
        var link = pack.FindAll("main a").Single(a => a.TextContent.Trim() == "Cumulative equality impact");

        var page = await client.GetPageAsync(link.GetAttribute("href")!);

        Assert.Equal($"/cabinet-packs/{packId}/equality-impact", link.GetAttribute("href"));
        AssertFigures(page, InPack);
    }

    [Fact]
    public async Task Overview_LinksToTheEqualityImpactOfItsCycle()
    {
        var (cycle, _) = await BuildAsync(factory);
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);

        var overview = await client.GetPageAsync($"/overview?cycleId={cycle.Id}");

        Assert.Contains(overview.FindAll("main a"), a => a.GetAttribute("href") == $"/equality-impact?cycleId={cycle.Id}");
    }

    [Theory]
    [InlineData("officer.hac@council.example", "/equality-impact")]
    [InlineData("admin@council.example", "/equality-impact")]
    [InlineData("director.hac@council.example", "/cabinet-packs/1/equality-impact")]
    [InlineData("officer.hac@council.example", "/cabinet-packs/1/equality-impact")]
    public async Task EqualityImpact_ForSomeoneWithoutAccess_IsRefused(string user, string url)
    {
        var client = await factory.CreateClientForAsync(user, followRedirects: false);

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task PackEqualityImpact_OfAnUnknownPack_IsNotFound()
    {
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance, followRedirects: false);

        var response = await client.GetAsync(new Uri("/cabinet-packs/987654/equality-impact", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static void AssertFigures(HtmlPage page, IReadOnlyList<ScreeningSpec> specs)
    {
        var summary = page.FindAll("dl[data-summary=equality] .govuk-summary-list__row")
            .ToDictionary(r => HtmlPage.Fold(r.QuerySelector("dt")!.TextContent), r => HtmlPage.Fold(r.QuerySelector("dd")!.TextContent));
        Assert.Equal(specs.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), summary["Proposals screened"]);
        Assert.Equal(Of(specs).Savings, summary["Their savings and income (£000)"]);
        Assert.Equal(Of(specs.Where(s => s.AnyYes)).Count.ToString(System.Globalization.CultureInfo.InvariantCulture), summary["Answered Yes to a trigger question"]);
        var needed = specs.Where(s => s.AnyYes || s.FullEa).ToList();
        Assert.Equal(needed.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), summary["Need a full Equality Analysis"]);
        Assert.Equal(needed.Count(s => s.FullEa).ToString(System.Globalization.CultureInfo.InvariantCulture), summary["Full EA recorded as required"]);
        Assert.Equal(needed.Count(s => !s.FullEa).ToString(System.Globalization.CultureInfo.InvariantCulture), summary["Full EA not recorded"]);

        var byCharacteristic = Rows(page, "by-characteristic");
        foreach (var characteristic in Characteristics)
        {
            var (count, savings) = Of(specs.Where(s => s.Names(characteristic)));
            Assert.Equal([count.ToString(System.Globalization.CultureInfo.InvariantCulture), savings], byCharacteristic[characteristic][..2]);
        }

        var noneNamed = Of(specs.Where(s => s.AnyYes && !Characteristics.Any(s.Names)));
        Assert.Equal([noneNamed.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), noneNamed.Savings], byCharacteristic["No characteristic named"][..2]);

        var byQuestion = Rows(page, "by-question");
        for (var question = 1; question <= 7; question++)
        {
            var yes = specs.Where(s => s.YesTo(question)).ToList();
            var row = byQuestion.Single(r => r.Key.StartsWith($"{question}. ", StringComparison.Ordinal)).Value;
            Assert.Equal([Of(yes).Count.ToString(System.Globalization.CultureInfo.InvariantCulture), Of(yes).Savings], row[..2]);
            if (yes.Count == 0)
            {
                Assert.Null(page.Find($"table[data-table=question-{question}-characteristics]"));
                continue;
            }

            var named = Rows(page, $"question-{question}-characteristics");
            foreach (var characteristic in Characteristics)
            {
                var naming = yes.Where(s => s.Answers.Any(a => a.Yes && a.Question == question && a.Names.Contains(characteristic))).ToList();
                if (naming.Count == 0)
                {
                    Assert.False(named.ContainsKey(characteristic), $"Question {question} should not count {characteristic}");
                    continue;
                }

                Assert.Equal([Of(naming).Count.ToString(System.Globalization.CultureInfo.InvariantCulture), Of(naming).Savings], named[characteristic][..2]);
            }
        }

        var analyses = page.FindAll("table[data-table=full-ea] tbody tr");
        Assert.Equal(needed.Count, analyses.Count);
        Assert.Equal(needed.Count(s => !s.FullEa), analyses.Count(r => r.QuerySelector(".govuk-tag--red") is not null));
        Assert.Equal(Money(needed.Sum(s => s.Total)), Money(analyses.Sum(r => decimal.Parse(r.QuerySelectorAll("td")[0].TextContent.Trim(), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture))));
    }

    /// <summary>A table's body rows by the text of their row header, each with its cells' text.</summary>
    private static Dictionary<string, string[]> Rows(HtmlPage page, string table)
    {
        var element = page.Find($"table[data-table={table}]") ?? throw new InvalidOperationException($"No table {table}.");
        Assert.NotNull(element.QuerySelector("caption"));
        Assert.All(element.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        return element.QuerySelectorAll("tbody tr").ToDictionary(
            r => HtmlPage.Fold(r.QuerySelector("th[scope=row]")!.TextContent),
            r => r.QuerySelectorAll("td").Select(td => HtmlPage.Fold(td.TextContent)).ToArray());
    }
}
