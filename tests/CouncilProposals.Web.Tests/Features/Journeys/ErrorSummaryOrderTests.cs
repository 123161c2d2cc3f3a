namespace CouncilProposals.Web.Tests.Features.Journeys;

/// <summary>The error summary lists the problems in the order their fields come on the page, whatever order they were found in.</summary>
[Collection(WebCollection.Name)]
public sealed class ErrorSummaryOrderTests(CouncilProposalsFactory factory)
{
    [Fact]
    public async Task CreatePack_WithSeveralErrors_ListsThemInFieldOrder()
    {
        var client = await factory.CreateClientForAsync(DemoUsers.CorporateFinance);
        var form = await client.GetPageAsync("/cabinet-packs/new");

        var page = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["CycleId"] = "Feb",
            ["Title"] = string.Empty,
            ["MeetingName"] = string.Empty,
            ["Day"] = string.Empty,
            ["Month"] = string.Empty,
            ["Year"] = string.Empty,
            ["Classification"] = string.Empty,
        });

        AssertSummaryFollowsFields(page, "#CycleId", "#Title", "#MeetingName", "#Day", "#Classification");
    }

    [Fact]
    public async Task CreateUser_WithSeveralErrors_ListsThemInFieldOrder()
    {
        var admin = await factory.CreateClientForAsync(DemoUsers.Admin);
        var form = await admin.GetPageAsync("/admin/users/create");

        var page = await admin.PostFormAsync("/admin/users/create", new Dictionary<string, string>(form.FormValues())
        {
            ["Email"] = "not an address",
            ["DisplayName"] = string.Empty,
            ["Password"] = "short",
        });

        AssertSummaryFollowsFields(page, "#Email", "#DisplayName", "#Roles-0", "#Password");
    }

    [Fact]
    public async Task CreateProposal_WithSeveralErrors_ListsThemInFieldOrder()
    {
        var client = await factory.CreateClientForAsync(DemoData.Officer("PLA"));
        var form = await client.GetPageAsync("/proposals/create");

        var page = await client.SubmitAsync(form, new Dictionary<string, string> { ["Title"] = string.Empty, ["DirectorateId"] = "Feb" });

        Assert.Equal(["Select Directorate from the options given", "Enter the proposal title"], page.FindAll(".govuk-error-summary__list a").Select(a => a.TextContent));
        AssertSummaryFollowsFields(page, "#DirectorateId", "#Title");
    }

    private static void AssertSummaryFollowsFields(HtmlPage page, params string[] expected)
    {
        var links = page.FindAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(expected, links);
        var fields = page.FindAll("main form[method=post] [id]").Select(e => "#" + e.Id).ToList();
        var places = links.Select(link => fields.IndexOf(link)).ToList();
        Assert.DoesNotContain(-1, places);
        Assert.Equal(places.Order(), places);
    }
}
