namespace CouncilProposals.Web.Tests.Features;

[Collection(WebCollection.Name)]
public sealed class ProposalPagesTests(CouncilProposalsFactory factory)
{
    [Fact]
    public async Task Home_ShowsTheServiceAndTheCouncil()
    {
        var page = await (await factory.CreateClientForAsync(DemoUsers.CorporateFinance)).GetPageAsync("/");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Contains("Budget savings proposals", page.Text, StringComparison.Ordinal);
        Assert.Contains("London Borough of Tower Hamlets", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_ShowsGoldenSampleWithItsYearlySavingsAndTotal()
    {
        var page = await (await factory.CreateClientForAsync(DemoUsers.CorporateFinance)).GetPageAsync("/proposals?q=HAC+009");

        var row = page.FindAll("tbody tr").Single(r => r.TextContent.Contains(GoldenSample.Reference, StringComparison.Ordinal));
        var cells = row.QuerySelectorAll("td").Select(c => HtmlPage.Fold(c.TextContent)).ToList();
        Assert.Equal(
            [GoldenSample.Reference, GoldenSample.Title, GoldenSample.Directorate, "Submitted", "(371)", "(371)", "-", "(742)"],
            cells);
    }

    [Fact]
    public async Task List_TotalsRowAddsUpEveryProposal()
    {
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);
        var page = await client.GetPageAsync("/proposals");

        // The totals cover every proposal the filters show, on every page of the list.
        var totals = page.Find("tr.app-totals-row")!.QuerySelectorAll("td").Select(c => HtmlPage.Fold(c.TextContent)).ToList();
        var expectedTotal = 0m;
        for (var current = page; ; current = await client.GetPageAsync(current.Find(".govuk-pagination__next a")!.GetAttribute("href")!))
        {
            expectedTotal += current.FindAll("tbody tr:not(.app-totals-row)").Sum(r => Amount(HtmlPage.Fold(r.QuerySelectorAll("td")[^1].TextContent)));
            if (current.Find(".govuk-pagination__next a") is null)
            {
                break;
            }
        }

        Assert.Equal(expectedTotal, Amount(totals[^1]));
    }

    [Fact]
    public async Task Details_ShowsEveryFieldOfTheGoldenSample()
    {
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);
        var list = await client.GetPageAsync("/proposals?q=HAC+009");
        var row = list.FindAll("tbody tr").Single(r => r.TextContent.Contains(GoldenSample.Reference, StringComparison.Ordinal));
        var link = row.QuerySelector("a")!.GetAttribute("href")!;

        var page = await client.GetPageAsync(link);

        TextAssert.InOrder(page.Text, GoldenSampleText.InOrder());
    }

    [Fact]
    public async Task Details_OfAnUnknownProposal_IsNotFound()
    {
        var response = await (await factory.CreateClientForAsync(DemoUsers.CorporateFinance)).GetAsync(new Uri("/proposals/999999", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static decimal Amount(string text) =>
        text == "-" ? 0m : decimal.Parse(text.Trim('(', ')'), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Proposal_ShowsFteFiguresToTheSameDecimalPlaces()
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("GOV").Complete().WithStaffing(20m, 8m, 7.5m).BuildAsync(db));

        var page = await (await factory.CreateClientForAsync(DemoUsers.CorporateFinance)).GetPageAsync($"/proposals/{proposal.Id}");

        var row = page.FindAll("tr").Single(r => r.TextContent.Contains("Employees (FTE)", StringComparison.Ordinal));
        Assert.Equal(["20.0", "8.0", "7.5", "-", "15.5"], row.QuerySelectorAll("td").Select(c => HtmlPage.Fold(c.TextContent)));
    }
}
