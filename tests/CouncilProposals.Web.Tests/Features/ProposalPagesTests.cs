using System.Net;
using CouncilProposals.Web.Data.Seeding;
using CouncilProposals.Web.Tests.Infrastructure;

namespace CouncilProposals.Web.Tests.Features;

[Collection(WebCollection.Name)]
public sealed class ProposalPagesTests(CouncilProposalsFactory factory)
{
    [Fact]
    public async Task Home_ShowsTheServiceAndTheCouncil()
    {
        var page = await factory.CreateClient().GetPageAsync("/");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Contains("Budget savings proposals", page.Text, StringComparison.Ordinal);
        Assert.Contains("London Borough of Tower Hamlets", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_ShowsGoldenSampleWithItsYearlySavingsAndTotal()
    {
        var page = await factory.CreateClient().GetPageAsync("/proposals");

        var row = page.FindAll("tbody tr").Single(r => r.TextContent.Contains(GoldenSample.Reference, StringComparison.Ordinal));
        var cells = row.QuerySelectorAll("td").Select(c => HtmlPage.Fold(c.TextContent)).ToList();
        Assert.Equal(
            [GoldenSample.Reference, GoldenSample.Title, GoldenSample.Directorate, "Submitted", "(371)", "(371)", "-", "(742)"],
            cells);
    }

    [Fact]
    public async Task List_TotalsRowAddsUpEveryProposal()
    {
        var client = factory.CreateClient();
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
        var client = factory.CreateClient();
        var list = await client.GetPageAsync("/proposals");
        var link = list.FindAll("a").First(a => a.TextContent.Contains(GoldenSample.Title, StringComparison.Ordinal)).GetAttribute("href")!;

        var page = await client.GetPageAsync(link);

        string[] expected =
        [
            "DRAFT SAVINGS PROPOSAL", "London Borough of Tower Hamlets", "Medium Term Financial Strategy 2021-24",
            "Proposal Title:", GoldenSample.Title, "Reference:", GoldenSample.Reference, "Savings Type:", GoldenSample.SavingsType,
            "Directorate:", GoldenSample.Directorate, "Savings Service Area:", GoldenSample.ServiceArea,
            "Directorate Service:", "Strategic Priority Outcome:", GoldenSample.Outcome,
            "Lead Officer and Post:", GoldenSample.LeadOfficer, "Lead Member and Portfolio:", GoldenSample.LeadMember,
            "Current Budget 2020-21", "Savings/Income 2021-22", "Savings/Income 2022-23", "Savings/Income 2023-24", "Total Savings/Income",
            "Budget (£000) 742 (371) (371) - (742)",
            "Current 2020-21", "FTE Reductions 2021-22", "Total FTE Reductions", "Employees (FTE) or state N/A N/A N/A N/A N/A N/A",
            "Proposal Summary:", HtmlPage.Fold(GoldenSample.Summary),
            GoldenSample.OtherServicesSupport, GoldenSample.PrecedentForWithdrawal, GoldenSample.CommunityAdaptation,
            GoldenSample.BestPractice, GoldenSample.VoluntarySectorCapacity,
            "What will the major risks on the project be?", GoldenSample.Risk,
            "What are the possible mitigation strategies?", HtmlPage.Fold(GoldenSample.Mitigation),
            "Resources and Implementation:", HtmlPage.Fold(GoldenSample.Resources),
            "SAVINGS PROPOSAL – BUDGET EQUALITY ANALYSIS SCREENING TOOL",
            "Does the change reduce resources available to address inequality? Yes " + GoldenSample.Screening[0].Impact,
            "Does the change reduce resources available to support vulnerable residents? Yes As above",
            "Does the change involve direct impact on front line services? No This is a commissioned service",
            "Changes to a Service",
            "Does the change alter who is eligible for the service? No Option 2 would end the programme",
            "Does the change alter access to the service? Yes " + GoldenSample.Screening[4].Impact,
            "Changes to Staffing",
            "Does the change involve a reduction in staff? No The change in staff will relate to the commissioned organisations",
            "Does the change involve a redesign of the roles of staff? No",
            "Summary:", GoldenSample.ScreeningSummary,
            "Based on the Screening Tool, will a full EA will be required? Yes",
            "Additional Information and Comments:",
        ];
        TextAssert.InOrder(page.Text, expected);
    }

    [Fact]
    public async Task Details_OfAnUnknownProposal_IsNotFound()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/proposals/999999", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static decimal Amount(string text) =>
        text == "-" ? 0m : decimal.Parse(text.Trim('(', ')'), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture);
}
