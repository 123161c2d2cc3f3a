using CouncilProposals.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace CouncilProposals.BrowserTests;

/// <summary>
/// The pages the round's journey added or changed, as each role meets them, in their error states too: at full width
/// and at 320 pixels they fit the screen and axe finds nothing.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class JourneyPagesTests(BrowserApp app)
{
    [Theory]
    [InlineData(1280)]
    [InlineData(320)]
    public async Task JourneyPages_InTheirNormalAndErrorStates_FitTheScreenAndAreAccessible(int width)
    {
        var word = Unique.Word();
        var draft = await app.Factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("RES").CreatedBy(DemoData.Officer("RES")).Titled("Started, not finished " + word).Complete().BuildAsync(db));
        var submitted = await app.Factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("RES").Titled("Waiting for the director " + word).Complete().InStatus(ProposalStatus.Submitted).BuildAsync(db));
        var approved = await app.Factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("RES").Titled("Approved and waiting " + word).Complete().InStatus(ProposalStatus.Approved).BuildAsync(db));
        var colleague = DemoData.Officer("GOV");
        var colleagueId = await app.Factory.WithDbAsync(db => db.Users.Where(u => u.UserName == colleague).Select(u => u.Id).SingleAsync());

        var officer = await app.NewPageAsync(DemoData.Officer("RES"), width);
        await officer.GotoAsync($"/proposals/{draft.Id}/edit/risks");
        await officer.Locator("[name='Risks[0].Mitigation']").FillAsync(string.Empty);
        await officer.GetByRole(AriaRole.Button, new() { Name = "Save and return to the task list" }).ClickAsync();
        await Assertions.Expect(officer.Locator(".govuk-task-list__hint")).ToHaveTextAsync("Risk 1 has no mitigation.");
        await AssertFitsAndAccessibleAsync(officer);
        await CheckAsync(officer, $"/proposals/{submitted.Id}/submitted", "Proposal submitted for approval");
        await CheckErrorsAsync(officer, "/proposals/create", "Create proposal");

        var director = await app.NewPageAsync(DemoData.Director("RES"), width);
        await CheckErrorsAsync(director, $"/proposals/{submitted.Id}/return", "Return proposal");

        var corporate = await app.NewPageAsync(DemoUsers.CorporateFinance, width);
        await CheckErrorsAsync(corporate, $"/proposals/{approved.Id}/exempt", "Mark as exempt");

        var admin = await app.NewPageAsync(DemoUsers.Admin, width);
        await CheckAsync(admin, $"/admin/users/{colleagueId}/edit", colleague);
        await CheckAsync(admin, $"/admin/users/{colleagueId}/lock", colleague);
        await CheckAsync(admin, $"/admin/users/{colleagueId}/deactivate", colleague);
        await CheckErrorsAsync(admin, "/admin/users/create", "Create user");
    }

    private static async Task CheckAsync(IPage page, string url, string shows)
    {
        await page.GotoAsync(url);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(shows);
        await AssertFitsAndAccessibleAsync(page);
    }

    private static async Task CheckErrorsAsync(IPage page, string url, string button)
    {
        await page.GotoAsync(url);
        await AssertFitsAndAccessibleAsync(page);
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await AssertFitsAndAccessibleAsync(page);
    }

    private static async Task AssertFitsAndAccessibleAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("[document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"{page.Url} is {widths[0]} px wide in a {widths[1]} px window.");
        await BrowserApp.AssertAccessibleAsync(page);
    }
}
