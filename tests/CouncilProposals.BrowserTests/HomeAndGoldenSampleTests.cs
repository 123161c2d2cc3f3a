namespace CouncilProposals.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class HomeAndGoldenSampleTests(BrowserApp app)
{
    [Fact]
    public async Task Home_IsAccessibleAndLeadsToTheProposals()
    {
        var page = await app.NewPageAsync(DemoUsers.CorporateFinance);

        await page.GotoAsync("/");
        await BrowserApp.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "View proposals" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Savings proposals");
        await BrowserApp.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task GoldenSample_OpensFromTheListWithItsFiguresAndIsAccessible()
    {
        var page = await app.NewPageAsync(DemoUsers.CorporateFinance);
        await page.GotoAsync("/proposals");

        await page.GetByRole(AriaRole.Link, new() { Name = GoldenSample.Title }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(GoldenSample.Title);
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "Budget (£000)" })).ToContainTextAsync("742");
        var cells = await page.GetByRole(AriaRole.Row, new() { Name = "Budget (£000)" }).GetByRole(AriaRole.Cell).AllInnerTextsAsync();
        Assert.Equal(["742", "(371)", "(371)", "-", "(742)"], cells.Select(c => c.Trim()));
        await BrowserApp.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task GoldenSample_ReadsWellOnAPhone()
    {
        var page = await app.NewPageAsync(DemoUsers.CorporateFinance, width: 390, height: 844);

        await page.GotoAsync("/proposals");

        await Assertions.Expect(page.GetByText(GoldenSample.Reference)).ToBeVisibleAsync();
        await BrowserApp.AssertAccessibleAsync(page);
    }
}
