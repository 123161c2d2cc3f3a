using System.Globalization;
using CouncilProposals.Web.Features.Proposals;

namespace CouncilProposals.Web.Tests.Features;

/// <summary>The proposals list: filters, search, sort, paging and the totals row, all through the query string.</summary>
[Collection(WebCollection.Name)]
public sealed class ProposalListTests(CouncilProposalsFactory factory)
{
    [Fact]
    public async Task List_FiltersByDirectorateStatusAndSavingsType()
    {
        var hac = await factory.WithDbAsync(db => db.Directorates.Where(d => d.Code == "HAC").Select(d => d.Id).SingleAsync());
        var type = await factory.WithDbAsync(db => db.SavingsTypes.Where(t => t.Name == GoldenSample.SavingsType).Select(t => t.Id).SingleAsync());

        var page = await (await factory.CreateClientForAsync(DemoUsers.CorporateFinance)).GetPageAsync($"/proposals?directorateId={hac}&status=Submitted&savingsTypeId={type}");

        var references = References(page);
        Assert.Contains(GoldenSample.Reference, references);
        Assert.All(Rows(page), r => Assert.Equal(GoldenSample.Directorate, r[2]));
        Assert.All(Rows(page), r => Assert.Equal("Submitted", r[3]));
        Assert.Equal("Submitted", page.Find("#status option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task List_SearchesReferenceAndTitleWords()
    {
        var word = Unique.Word("Lantern");
        var own = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("CHI").Titled($"Mobile {word} service").BuildAsync(db));
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);

        var byWords = await client.GetPageAsync($"/proposals?q={word.ToUpperInvariant()}+mobile");
        var byReference = await client.GetPageAsync($"/proposals?q={Uri.EscapeDataString(own.Reference)}");
        var golden = await client.GetPageAsync("/proposals?q=HAC+009");

        Assert.Equal([own.Reference], References(byWords));
        Assert.Equal([own.Reference], References(byReference));
        Assert.Equal($"{word.ToUpperInvariant()} mobile", byWords.Find("#q")!.GetAttribute("value"));
        Assert.Contains(GoldenSample.Reference, References(golden));
    }

    [Fact]
    public async Task List_SortsByTotalBothWays()
    {
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);
        var ascending = await client.GetPageAsync("/proposals?sort=total&order=asc");
        var descending = await client.GetPageAsync("/proposals?sort=total&order=desc");

        var up = Rows(ascending).Select(r => Amount(r[^1])).ToList();
        var down = Rows(descending).Select(r => Amount(r[^1])).ToList();
        Assert.Equal(up.Order().ToList(), up);
        Assert.Equal(down.OrderDescending().ToList(), down);
        Assert.Equal("ascending", ascending.FindAll("th[aria-sort]").Single(th => th.TextContent.Contains("Total", StringComparison.Ordinal)).GetAttribute("aria-sort"));
    }

    [Fact]
    public async Task List_PagesThroughAndTotalsEveryFilteredRowNotJustThePage()
    {
        var word = Unique.Word("Paging");
        await factory.WithDbAsync(async db =>
        {
            for (var i = 0; i < ProposalListQuery.PageSize + 3; i++)
            {
                await new ProposalBuilder().InDirectorate("GOV").Titled($"{word} {i:00}").WithSavings(1000m, 10m, 5m, 0m).BuildAsync(db);
            }
        });
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);

        var first = await client.GetPageAsync($"/proposals?q={word}&sort=title");
        var second = await client.GetPageAsync($"/proposals?q={word}&sort=title&page=2");

        Assert.Equal(ProposalListQuery.PageSize, Rows(first).Count);
        Assert.Equal(3, Rows(second).Count);
        Assert.Contains("23 proposals", first.Text, StringComparison.Ordinal);
        Assert.Contains("page 2 of 2", second.Text, StringComparison.Ordinal);
        var totals = first.Find("tr.app-totals-row")!.QuerySelectorAll("td").Select(c => HtmlPage.Fold(c.TextContent)).ToList();
        Assert.Equal(["(230)", "(115)", "-", "(345)"], totals);
        Assert.Equal(totals, second.Find("tr.app-totals-row")!.QuerySelectorAll("td").Select(c => HtmlPage.Fold(c.TextContent)).ToList());
        var next = first.Find(".govuk-pagination__next a")!.GetAttribute("href")!;
        Assert.Contains($"q={word}", next, StringComparison.Ordinal);
        Assert.Contains("sort=title", next, StringComparison.Ordinal);
        Assert.Contains("page=2", next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_OfAnotherCycle_ShowsItsOwnYears()
    {
        var closed = await factory.WithDbAsync(db => db.Cycles.Where(c => !c.IsOpen).Select(c => new { c.Id, c.Name }).FirstAsync());

        var page = await (await factory.CreateClientForAsync(DemoUsers.CorporateFinance)).GetPageAsync($"/proposals?cycleId={closed.Id}");

        Assert.Contains($"MTFS {closed.Name}", page.TextOf("h1"), StringComparison.Ordinal);
        Assert.DoesNotContain(GoldenSample.Reference, page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_OffersToCreateAProposal_OnlyToFinanceOfficers()
    {
        var page = await (await factory.CreateClientForAsync(DemoUsers.CorporateFinance)).GetPageAsync("/proposals");
        var officers = await (await factory.CreateClientForAsync(DemoData.Officer("RES"))).GetPageAsync("/proposals");

        Assert.DoesNotContain(page.FindAll("a"), a => a.TextContent.Trim() == "Create a proposal");
        Assert.Equal("/proposals/create", officers.FindAll("a").Single(a => a.TextContent.Trim() == "Create a proposal").GetAttribute("href"));
        Assert.Equal(ProposalStatus.Draft.ToString(), page.FindAll("#status option")[1].GetAttribute("value"));
    }

    private static List<List<string>> Rows(HtmlPage page) =>
        page.FindAll("tbody tr:not(.app-totals-row)").Select(r => r.QuerySelectorAll("td").Select(c => HtmlPage.Fold(c.TextContent)).ToList()).ToList();

    private static List<string> References(HtmlPage page) => Rows(page).Select(r => r[0]).ToList();

    private static decimal Amount(string text) =>
        text == "-" ? 0m : decimal.Parse(text.Trim('(', ')'), NumberStyles.Number, CultureInfo.InvariantCulture);
}
