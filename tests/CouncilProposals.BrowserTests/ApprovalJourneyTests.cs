namespace CouncilProposals.BrowserTests;

/// <summary>
/// The approval route in the browser: the officer submits, the director returns it with a reason, the officer
/// sees it under "Returned to me" and submits again, the director approves, Corporate Finance records Cabinet's
/// agreement, and the history shows every step.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ApprovalJourneyTests(BrowserApp app)
{
    private static readonly string Title = "Shared transport depot " + Unique.Word();

    [Fact]
    public async Task Proposal_GoesFromOfficerThroughDirectorToCabinet_AndTheHistoryShowsEveryStep()
    {
        var proposal = await app.Factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("CHI").Titled(Title).Complete().BuildAsync(db));
        var officer = await app.NewPageAsync(DemoData.Officer("CHI"));
        var director = await app.NewPageAsync(DemoData.Director("CHI"));
        var corporate = await app.NewPageAsync(DemoUsers.CorporateFinance);

        await SubmitAsync(officer, proposal.Id);

        await director.GotoAsync("/");
        await director.Locator("ul[aria-labelledby=awaiting-approval]").GetByRole(AriaRole.Link, new() { Name = Title, Exact = false }).ClickAsync();
        await director.GetByRole(AriaRole.Button, new() { Name = "Return to officer" }).ClickAsync();
        await BrowserApp.AssertAccessibleAsync(director);
        await director.GetByLabel("Reasons for returning it").FillAsync("Show how the depot lease ends in 2022.");
        await director.GetByRole(AriaRole.Button, new() { Name = "Return proposal" }).ClickAsync();
        await Assertions.Expect(director.GetByText("Proposal returned to the officer")).ToBeVisibleAsync();

        await officer.GotoAsync("/");
        var returned = officer.Locator("ul[aria-labelledby=returned-to-me]");
        await Assertions.Expect(returned).ToContainTextAsync("Show how the depot lease ends in 2022.");
        await BrowserApp.AssertAccessibleAsync(officer);
        await returned.GetByRole(AriaRole.Link, new() { Name = Title, Exact = false }).ClickAsync();
        await officer.GetByRole(AriaRole.Link, new() { Name = "Resources and implementation", Exact = true }).ClickAsync();
        await officer.GetByLabel("Resources and Implementation").FillAsync("The lease ends in March 2022; the depot team moves to Mile End.");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Save and return to the task list" }).ClickAsync();
        await SubmitAsync(officer, proposal.Id);

        await director.GotoAsync($"/proposals/{proposal.Id}");
        await director.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await BrowserApp.AssertAccessibleAsync(director);
        await director.GetByRole(AriaRole.Button, new() { Name = "Approve proposal" }).ClickAsync();
        await Assertions.Expect(director.GetByText("Proposal approved")).ToBeVisibleAsync();

        await corporate.GotoAsync("/");
        await corporate.Locator("ul[aria-labelledby=awaiting-cabinet]").GetByRole(AriaRole.Link, new() { Name = Title, Exact = false }).ClickAsync();
        await corporate.GetByRole(AriaRole.Button, new() { Name = "Record Cabinet's decision" }).ClickAsync();
        await BrowserApp.AssertAccessibleAsync(corporate);
        await corporate.GetByLabel("Agreed", new() { Exact = true }).CheckAsync();
        await corporate.GetByLabel("Decision maker", new() { Exact = true }).FillAsync("Mayor in Cabinet");
        await corporate.GetByLabel("Decision maker's role").FillAsync("Executive Mayor");
        await corporate.GetByLabel("Day").FillAsync("17");
        await corporate.GetByLabel("Month").FillAsync("2");
        await corporate.GetByLabel("Year").FillAsync("2026");
        await corporate.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();
        await Assertions.Expect(corporate.GetByText("Cabinet's decision recorded")).ToBeVisibleAsync();
        await Assertions.Expect(corporate.Locator("strong.govuk-tag").First).ToHaveTextAsync("Agreed by Cabinet");

        await officer.GotoAsync($"/proposals/{proposal.Id}");
        await Assertions.Expect(officer.GetByRole(AriaRole.Button, new() { Name = "Edit" })).ToHaveCountAsync(0);
        await officer.GetByRole(AriaRole.Link, new() { Name = "View history" }).ClickAsync();
        await BrowserApp.AssertAccessibleAsync(officer);
        var titles = await officer.Locator(".app-timeline__title").AllInnerTextsAsync();
        Assert.Equal(
            [
                "Status changed: Approved by director to Agreed by Cabinet",
                "Status changed: Submitted to Approved by director",
                "Status changed: Returned to Submitted",
                "Edited",
                "Status changed: Submitted to Returned",
                "Status changed: Draft to Submitted",
            ],
            titles.Take(6).Select(t => t.Trim()));
        await Assertions.Expect(officer.Locator(".app-timeline__entry").Nth(4)).ToContainTextAsync($"By {DemoData.Director("CHI")}");
        await Assertions.Expect(officer.Locator(".app-timeline__entry").Nth(4)).ToContainTextAsync("Show how the depot lease ends in 2022.");
        await Assertions.Expect(officer.Locator(".app-timeline__entry").First).ToContainTextAsync($"By {DemoUsers.CorporateFinance}");
    }

    private static async Task SubmitAsync(IPage officer, int id)
    {
        await officer.GotoAsync($"/proposals/{id}/check");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Submit proposal" }).ClickAsync();
        await Assertions.Expect(officer.GetByText("Proposal submitted for approval")).ToBeVisibleAsync();
    }
}
